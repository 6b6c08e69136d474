using MarkTrack.Domain.Email;

namespace MarkTrack.Domain.Parents;

/// <summary>The per-row credentials button on the Parents page.</summary>
public enum CredentialsAction
{
    /// <summary>No button: the parent has signed in, or cannot sign in at all.</summary>
    None,

    /// <summary><c>Send Credentials</c>: no credentials email was ever queued for the parent.</summary>
    Send,

    /// <summary><c>Resend</c>: a welcome or credentials email was queued before.</summary>
    Resend,
}

/// <summary>The newest credentials email of an account, as the outbox records it.</summary>
public sealed record CredentialsDelivery(DateTime QueuedAt, OutboxStatus Status, DateTime? SentAt, string? LastError);

/// <summary>What the Parents page shows about a parent's login and credentials.</summary>
public sealed record CredentialsStatus(
    Guid ParentId,
    bool CanSignIn,
    bool IsDeactivated,
    DateTime? LastSignInAt,
    CredentialsDelivery? LastDelivery)
{
    public CredentialsAction Action => (CanSignIn, LastSignInAt, LastDelivery) switch
    {
        (false, _, _) => CredentialsAction.None,
        (_, not null, _) => CredentialsAction.None,
        (_, _, null) => CredentialsAction.Send,
        _ => CredentialsAction.Resend,
    };
}
