using MarkTrack.Domain.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MarkTrack.Web.Identity;

/// <summary>
/// Identity's sign-in manager, extended to reject deactivated, archived and login-less
/// accounts and expired temporary passwords, to end the sessions of such accounts, and to
/// record each successful sign-in with the user's own password.
/// </summary>
public sealed class AccountSignInManager(
    UserManager<Account> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<Account> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<Account>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<Account> confirmation,
    TemporaryPasswordExpiry temporaryPasswordExpiry,
    TimeProvider clock,
    ILogger<AccountSignInManager> accountLogger)
    : SignInManager<Account>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    // MarkTrack's own entries use this logger: the base class logs under Microsoft.AspNetCore,
    // which appsettings.json filters below Warning, so sign-ins would go unrecorded.
    public override async Task<bool> CanSignInAsync(Account user)
    {
        if (!user.CanSignIn)
        {
            accountLogger.LogWarning("Rejected sign-in for account {AccountId}: login is off, deactivated or archived", user.Id);
            return false;
        }

        return await base.CanSignInAsync(user);
    }

    /// <summary>
    /// Checks the password as Identity does, then rejects a correct temporary password that
    /// has expired. The rejection comes after the check, so only someone who has the password
    /// learns that it expired.
    /// </summary>
    public override async Task<SignInResult> CheckPasswordSignInAsync(Account user, string password, bool lockoutOnFailure)
    {
        var result = await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
        if (!result.Succeeded || !temporaryPasswordExpiry.IsExpired(user))
            return result;

        accountLogger.LogWarning(
            "Rejected sign-in for account {AccountId}: the temporary password issued at {IssuedAt:O} has expired",
            user.Id,
            user.TemporaryPasswordIssuedAt);
        return TemporaryPasswordExpiredResult.Instance;
    }

    public override async Task<SignInResult> PasswordSignInAsync(
        Account user,
        string password,
        bool isPersistent,
        bool lockoutOnFailure)
    {
        var result = await base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        if (result.Succeeded && user.MustChangePassword)
        {
            accountLogger.LogInformation("Account {AccountId} signed in with a temporary password", user.Id);
        }
        else if (result.Succeeded)
        {
            user.RecordSignIn(clock.GetUtcNow().UtcDateTime);
            await UserManager.UpdateAsync(user);
            accountLogger.LogInformation("Account {AccountId} signed in", user.Id);
        }
        else if (result.IsLockedOut)
        {
            accountLogger.LogWarning("Rejected sign-in for account {AccountId}: locked out", user.Id);
        }
        else
        {
            accountLogger.LogWarning("Rejected sign-in for account {AccountId}", user.Id);
        }

        return result;
    }

    /// <summary>
    /// Keeps a sign-in cookie valid only while its security stamp matches and the account
    /// can still sign in. The cookie is checked on every request.
    /// </summary>
    public override async Task<bool> ValidateSecurityStampAsync(Account? user, string? securityStamp) =>
        user is { CanSignIn: true } && await base.ValidateSecurityStampAsync(user, securityStamp);
}
