namespace MarkTrack.Domain.Email;

/// <summary>
/// Renders a credentials email to its HTML and plain-text parts. Both parts contain
/// <see cref="EmailContent.SecretPlaceholder"/> on the line <c>Temporary password: …</c>.
/// </summary>
public interface IEmailComposer
{
    Task<EmailContent> ComposeCredentialsAsync(CredentialsEmailModel model, CancellationToken cancellationToken);

    /// <summary>Renders a password reset email with <see cref="EmailContent.SecretPlaceholder"/> where the link goes.</summary>
    Task<EmailContent> ComposePasswordResetAsync(PasswordResetEmailModel model, CancellationToken cancellationToken);
}
