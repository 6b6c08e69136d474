using MarkTrack.Domain.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MarkTrack.Web.Identity;

/// <summary>
/// Identity's sign-in manager, extended to refuse deactivated, archived and login-less
/// accounts and to record each successful sign-in with the user's own password.
/// </summary>
public sealed class AccountSignInManager(
    UserManager<Account> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<Account> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<Account>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<Account> confirmation,
    TimeProvider clock)
    : SignInManager<Account>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(Account user)
    {
        if (!user.CanSignIn)
        {
            Logger.LogWarning("Rejected sign-in for account {AccountId}: login is off, deactivated or archived", user.Id);
            return false;
        }

        return await base.CanSignInAsync(user);
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
            Logger.LogInformation("Account {AccountId} signed in with a temporary password", user.Id);
        }
        else if (result.Succeeded)
        {
            user.RecordSignIn(clock.GetUtcNow().UtcDateTime);
            await UserManager.UpdateAsync(user);
            Logger.LogInformation("Account {AccountId} signed in", user.Id);
        }
        else if (result.IsLockedOut)
        {
            Logger.LogWarning("Rejected sign-in for account {AccountId}: locked out", user.Id);
        }
        else
        {
            Logger.LogWarning("Rejected sign-in for account {AccountId}", user.Id);
        }

        return result;
    }
}
