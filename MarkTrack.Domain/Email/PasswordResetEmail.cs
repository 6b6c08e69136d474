namespace MarkTrack.Domain.Email;

/// <summary>The content of a password reset email, apart from the reset link, which is stored as the secret.</summary>
public sealed record PasswordResetEmailModel(string RecipientName, string RecipientEmail)
{
    public const string Subject = "Reset your MarkTrack password";

    public const string Introduction =
        "Someone, hopefully you, asked to reset the password of your MarkTrack account. "
        + "Open the link below to choose a new password. The link works for 24 hours and only once.";

    public const string IgnoreNotice =
        "If you did not ask for this, ignore this email: your password stays as it is.";
}
