using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace MarkTrack.Domain.Accounts;

/// <summary>
/// Gives an account a fresh temporary password that replaces any earlier one at once. The
/// caller emails the returned password and saves; the password itself is never logged.
/// </summary>
public sealed class TemporaryPasswordIssuer(
    UserManager<Account> users,
    TemporaryPasswordGenerator generator,
    TimeProvider clock,
    ILogger<TemporaryPasswordIssuer> logger)
{
    /// <summary>Sets a new temporary password on a saved account and returns it.</summary>
    public async Task<string> IssueAsync(Account account)
    {
        var password = generator.Generate();
        if (await users.HasPasswordAsync(account))
            await users.RemovePasswordAsync(account).ThrowIfFailedAsync("remove the previous password");

        account.IssueTemporaryPassword(clock.GetUtcNow().UtcDateTime);
        await users.AddPasswordAsync(account, password).ThrowIfFailedAsync("set the temporary password");

        logger.LogInformation("Issued a temporary password to account {AccountId}", account.Id);
        return password;
    }
}
