namespace MarkTrack.Domain.Email;

/// <summary>A composed email. Where a secret belongs, the bodies hold <see cref="SecretPlaceholder"/>.</summary>
public sealed record EmailContent(string ToAddress, string ToName, string Subject, string HtmlBody, string TextBody)
{
    /// <summary>Stands in the stored bodies for the secret, which is filled in only at delivery.</summary>
    public const string SecretPlaceholder = "[[marktrack-secret]]";
}
