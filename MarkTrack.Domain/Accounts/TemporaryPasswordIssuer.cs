using System.Security.Cryptography;
using MarkTrack.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MarkTrack.Domain.Accounts;

/// <summary>
/// Gives an account a fresh temporary password that replaces any earlier one at once. It is
/// the one place that issues temporary passwords, and it runs no database query: Send All
/// Credentials issues hundreds in a batch and saves them together. The password itself is
/// never logged.
/// </summary>
public sealed class TemporaryPasswordIssuer(
    MarkTrackDbContext db,
    TemporaryPasswordGenerator generator,
    TimeProvider clock,
    ILogger<TemporaryPasswordIssuer> logger)
{
    private const int SecurityStampBytes = 20;

    /// <summary>
    /// Sets a new temporary password on an account and returns it. The caller saves through
    /// the scope's DbContext, which must track the account, then emails the password.
    /// </summary>
    /// <exception cref="InvalidOperationException">The scope's DbContext does not track the account, so nothing would save the password.</exception>
    /// <remarks>
    /// The hash uses <see cref="AccountPasswordHasher"/>'s fast format, safe because the
    /// generator draws about 116 random bits. The new security stamp signs out every session
    /// opened with an earlier password at its next request.
    /// </remarks>
    public Task<string> IssueAsync(Account account)
    {
        if (db.Entry(account).State == EntityState.Detached)
        {
            throw new InvalidOperationException(
                $"Account {account.Id} is not tracked by this scope's DbContext. Load it through that context before issuing a temporary password.");
        }

        var password = generator.Generate();
        var hash = AccountPasswordHasher.HashTemporaryPassword(password);
        var securityStamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(SecurityStampBytes));
        account.ReplacePasswordWithTemporary(hash, securityStamp, clock.GetUtcNow().UtcDateTime);

        logger.LogInformation("Issued a temporary password to account {AccountId}", account.Id);
        return Task.FromResult(password);
    }
}
