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

        var message = new OutboxMessage(content, protectedSecret, account.Id, clock.GetUtcNow().UtcDateTime);
        db.OutboxMessages.Add(message);

        // NOTE: this wakes the delivery loop before the caller commits, so the loop can look too
        // early and miss the message. The message then goes out at the next poll, within 5 s.
        signal.Notify();

        logger.LogInformation(
            "Queued {EmailKind} email for account {AccountId}",
            kind,
            account.Id);
        return message;
    }
}
