using System.Text;

namespace MarkTrack.Domain.Email;

/// <summary>Builds the plain-text part of a credentials email, line for line like the HTML part.</summary>
internal static class CredentialsEmailText
{
    public static string Build(CredentialsEmailModel model, CredentialsEmailWording wording)
    {
        var text = new StringBuilder();
        text.AppendLine(wording.Heading);
        text.AppendLine();
        text.AppendLine($"Dear {model.RecipientName},");
        text.AppendLine();
        text.AppendLine(wording.Introduction);
        text.AppendLine();
        text.AppendLine($"Sign in at: {model.SignInUrl}");
        text.AppendLine($"Email: {model.RecipientEmail}");
        text.AppendLine(CredentialsEmailWording.PasswordLinePrefix + EmailContent.SecretPlaceholder);
        text.AppendLine();
        text.AppendLine(CredentialsEmailWording.ChangePasswordNotice);
        text.AppendLine();
        text.AppendLine($"If you did not expect this email, please contact {model.SchoolName}.");
        return text.ToString();
    }
}
