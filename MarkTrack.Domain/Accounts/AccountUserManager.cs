using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MarkTrack.Domain.Accounts;

/// <summary>
/// Identity's user manager, extended so that a password the user chooses ends the
/// temporary-password state.
/// </summary>
public sealed class AccountUserManager(
    IUserStore<Account> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<Account> passwordHasher,
    IEnumerable<IUserValidator<Account>> userValidators,
    IEnumerable<IPasswordValidator<Account>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<Account>> logger,
    ILogger<AccountUserManager> accountLogger,
    TimeProvider clock)
    : UserManager<Account>(
        store,
        optionsAccessor,
        passwordHasher,
        userValidators,
        passwordValidators,
        keyNormalizer,
        errors,
        services,
        logger)
{
    /// <remarks>
    /// Replacing a temporary password completes the first sign-in, so it is recorded as the
    /// sign-in. A sign-in with the temporary password alone does not count: such a parent
    /// still needs their login details and keeps the Resend button.
    /// </remarks>
    public override async Task<IdentityResult> ChangePasswordAsync(Account user, string currentPassword, string newPassword)
    {
        var result = await base.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!result.Succeeded || !user.MustChangePassword)
            return result;

        user.ReplaceTemporaryPassword();
        user.RecordSignIn(clock.GetUtcNow().UtcDateTime);
        // The base class logs under Microsoft.AspNetCore, which the app filters below Warning.
        accountLogger.LogInformation("Account {AccountId} replaced its temporary password", user.Id);
        return await UpdateAsync(user);
    }

    /// <summary>Resets the password and lifts any lockout, since the reset proves who the user is.</summary>
    public override async Task<IdentityResult> ResetPasswordAsync(Account user, string token, string newPassword)
    {
        var result = await base.ResetPasswordAsync(user, token, newPassword);
        if (!result.Succeeded)
            return result;

        user.ReplaceTemporaryPassword();
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        accountLogger.LogInformation("Account {AccountId} reset its password", user.Id);
        return await UpdateAsync(user);
    }
}
