using System.Text;
using MarkTrack.Domain.Data;
using MarkTrack.Domain.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace MarkTrack.Domain.Accounts;

/// <summary>Emails a password reset link to an account that can sign in.</summary>
public sealed class PasswordResetService(
    MarkTrackDbContext db,
    UserManager<Account> users,
    EmailOutbox outbox,
    ILogger<PasswordResetService> logger)
{
    /// <summary>
    /// Queues the reset email when the address belongs to an account that can sign in, and
    /// does nothing otherwise, so the page responds the same either way.
    /// </summary>
    /// <param name="buildLink">Builds the absolute reset link from the URL-safe reset code.</param>
    public async Task RequestAsync(string email, Func<string, string> buildLink, CancellationToken cancellationToken)
    {
        var account = await users.FindByEmailAsync(email.Trim());
        if (account is null || !account.CanSignIn)
        {
            logger.LogWarning("Password reset requested for an address without an account that can sign in");
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(account);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        await outbox.QueuePasswordResetAsync(account, buildLink(code), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        outbox.WakeDelivery();
    }
}
