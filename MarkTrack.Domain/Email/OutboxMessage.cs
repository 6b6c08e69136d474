namespace MarkTrack.Domain.Email;

/// <summary>
/// An email waiting for delivery, or the record of one delivered or given up on. It is
/// saved in the same transaction as the change that caused it, so no email is lost.
/// </summary>
public sealed class OutboxMessage
{
    public const int LastErrorMaxLength = 1000;

    private OutboxMessage()
    {
    }

    public OutboxMessage(
        EmailContent content,
        string? protectedSecret,
        string? accountId,
        DateTime createdAt,
        CredentialsEmailKind? credentialsKind = null)
    {
        ToAddress = content.ToAddress;
        ToName = content.ToName;
        Subject = content.Subject;
        HtmlBody = content.HtmlBody;
        TextBody = content.TextBody;
        ProtectedSecret = protectedSecret;
        AccountId = accountId;
        CreatedAt = createdAt;
        CredentialsKind = credentialsKind;
        NextAttemptAt = createdAt;
        Status = OutboxStatus.Queued;
    }

    public long Id { get; private set; }

    public string ToAddress { get; private set; } = "";

    public string ToName { get; private set; } = "";

    public string Subject { get; private set; } = "";

    /// <summary>The HTML part, with <see cref="EmailContent.SecretPlaceholder"/> where a secret goes.</summary>
    public string HtmlBody { get; private set; } = "";

    public string TextBody { get; private set; } = "";

    /// <summary>The temporary password, encrypted with ASP.NET Core Data Protection; null once delivered or given up.</summary>
    public string? ProtectedSecret { get; private set; }

    /// <summary>The account the email concerns, so the admin pages can show its delivery status.</summary>
    public string? AccountId { get; private set; }

    /// <summary>Why login details were sent, or null when the email is not a credentials email.</summary>
    public CredentialsEmailKind? CredentialsKind { get; private set; }

    public OutboxStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime NextAttemptAt { get; private set; }

    public DateTime? SentAt { get; private set; }

    public string? LastError { get; private set; }

    public void MarkSent(DateTime sentAt)
    {
        Status = OutboxStatus.Sent;
        SentAt = sentAt;
        Attempts++;
        ProtectedSecret = null;
        LastError = null;
    }

    /// <summary>Records a failed attempt and schedules the next, or gives up when there is none.</summary>
    public void MarkAttemptFailed(string error, DateTime? nextAttemptAt)
    {
        Attempts++;
        LastError = error.Length > LastErrorMaxLength ? error[..LastErrorMaxLength] : error;
        if (nextAttemptAt is { } next)
        {
            NextAttemptAt = next;
            return;
        }

        Status = OutboxStatus.Failed;
        ProtectedSecret = null;
    }
}
