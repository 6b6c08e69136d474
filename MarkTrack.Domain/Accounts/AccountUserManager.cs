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
    ILogger<AccountUserManager> accountLogger)
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
    public override async Task<IdentityResult> ChangePasswordAsync(Account user, string currentPassword, string newPassword)
    {
        var result = await base.ChangePasswordAsync(user, currentPassword, newPassword);
        return result.Succeeded ? await EndTemporaryPasswordAsync(user) : result;
    }

    public override async Task<IdentityResult> ResetPasswordAsync(Account user, string token, string newPassword)
    {
        var result = await base.ResetPasswordAsync(user, token, newPassword);
        return result.Succeeded ? await EndTemporaryPasswordAsync(user) : result;
    }

    private async Task<IdentityResult> EndTemporaryPasswordAsync(Account user)
    {
        if (!user.MustChangePassword)
            return IdentityResult.Success;

        user.ReplaceTemporaryPassword();
        var result = await UpdateAsync(user);
        // The base class logs under Microsoft.AspNetCore, which the app filters below Warning.
        accountLogger.LogInformation("Account {AccountId} replaced its temporary password", user.Id);
        return result;
    }
}
