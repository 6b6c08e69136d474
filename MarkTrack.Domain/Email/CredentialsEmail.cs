namespace MarkTrack.Domain.Email;

/// <summary>Why a credentials email is sent; the composer words the email for each.</summary>
public enum CredentialsEmailKind
{
    /// <summary>A parent's first email, sent when an admin creates the account.</summary>
    ParentWelcome,

    /// <summary>A fresh temporary password sent with Send Credentials, Resend or Send All.</summary>
    ParentCredentials,

    /// <summary>A child who became an independent student and now signs in with its own login.</summary>
    IndependentStudent,

    /// <summary>A student an admin created as independent, with its own login from the start.</summary>
    StudentWelcome,
}

/// <summary>The content of a credentials email, apart from the password, which is stored separately.</summary>
public sealed record CredentialsEmailModel(
    CredentialsEmailKind Kind,
    string RecipientName,
    string RecipientEmail,
    string SchoolName,
    string SignInUrl);
