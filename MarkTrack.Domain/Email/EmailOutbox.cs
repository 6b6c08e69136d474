using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;

namespace MarkTrack.Domain.Email;

/// <summary>
/// Adds emails to the outbox table through the caller's DbContext, so the email is saved
/// in the same transaction as the change that caused it. The caller saves.
/// </summary>
public sealed class EmailOutbox(
    MarkTrackDbContext db,
    IEmailComposer composer,
    ISignInLinkProvider signInLink,
    IDataProtectionProvider dataProtection,
    IOutboxSignal signal,
    TimeProvider clock,
    ILogger<EmailOutbox> logger)
{
    public const string SecretProtectionPurpose = "MarkTrack.Email.OutboxSecret";

    public async Task<OutboxMessage> QueueCredentialsAsync(
        Account account,
        string temporaryPassword,
        CredentialsEmailKind kind,
        string schoolName,
        CancellationToken cancellationToken)
    {
        var email = account.Email
            ?? throw new InvalidOperationException($"Account {account.Id} has no email to send credentials to.");
        var model = new CredentialsEmailModel(kind, account.FullName, email, schoolName, signInLink.SignInUrl);
        var content = await composer.ComposeCredentialsAsync(model, cancellationToken);
        var protectedSecret = dataProtection.CreateProtector(SecretProtectionPurpose).Protect(temporaryPassword);

        var message = new OutboxMessage(content, protectedSecret, account.Id, clock.GetUtcNow().UtcDateTime, kind);
        db.OutboxMessages.Add(message);

        logger.LogInformation(
            "Queued {EmailKind} email for account {AccountId}",
            kind,
            account.Id);
        return message;
    }

    /// <summary>Queues a password reset email; the link is stored encrypted like a password.</summary>
    public async Task<OutboxMessage> QueuePasswordResetAsync(
        Account account,
        string resetLink,
        CancellationToken cancellationToken)
    {
        var email = account.Email
            ?? throw new InvalidOperationException($"Account {account.Id} has no email to send a reset link to.");
        var content = await composer.ComposePasswordResetAsync(new PasswordResetEmailModel(account.FullName, email), cancellationToken);
        var protectedLink = dataProtection.CreateProtector(SecretProtectionPurpose).Protect(resetLink);

        var message = new OutboxMessage(content, protectedLink, account.Id, clock.GetUtcNow().UtcDateTime);
        db.OutboxMessages.Add(message);
        logger.LogInformation("Queued password reset email for account {AccountId}", account.Id);
        return message;
    }

    /// <summary>
    /// Wakes the delivery loop. Call it after the transaction that queued messages commits;
    /// woken earlier, the loop would not see them and they would wait for the next poll.
    /// </summary>
    public void WakeDelivery() => signal.Notify();
}
