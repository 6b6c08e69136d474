namespace MarkTrack.Domain.Email;

/// <summary>
/// The sentences of a credentials email that change with its kind, shared by the HTML and
/// text parts.
/// </summary>
internal sealed record CredentialsEmailWording(string Subject, string Heading, string Introduction)
{
    public const string PasswordLinePrefix = "Temporary password: ";

    public const string ChangePasswordNotice =
        "You must change this temporary password to one of your own when you first sign in.";

    public static CredentialsEmailWording For(CredentialsEmailModel model)
    {
        var school = model.SchoolName;
        return model.Kind switch
        {
            CredentialsEmailKind.ParentWelcome => new(
                $"Your {school} parent portal login",
                $"Welcome to {school}'s parent portal",
                $"{school} has created a parent portal account for you. In the portal you can follow "
                + "your children's grades, attendance, Hifz progress and invoices."),
            CredentialsEmailKind.ParentCredentials => new(
                $"New login details for the {school} parent portal",
                "Your new login details",
                $"{school} has issued new login details for your parent portal account. "
                + "Any temporary password sent to you earlier no longer works."),
            CredentialsEmailKind.IndependentStudent => new(
                $"Your {school} student login",
                "You now have your own login",
                $"{school} has given you your own student account. From now on you sign in with "
                + "your own login instead of through a parent."),
            CredentialsEmailKind.StudentWelcome => new(
                $"Your {school} student login",
                $"Welcome to {school}",
                $"{school} has created a student account for you. In the portal you can follow "
                + "your grades, attendance, Hifz progress and invoices."),
            _ => throw new ArgumentOutOfRangeException(
                nameof(model),
                model.Kind,
                "The credentials email kind is not supported."),
        };
    }
}
