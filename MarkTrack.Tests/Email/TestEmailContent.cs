using MarkTrack.Domain.Email;

namespace MarkTrack.Tests.Email;

internal static class TestEmailContent
{
    /// <summary>Creates a short email whose parts contain only the password line, with the placeholder.</summary>
    public static EmailContent PasswordLineOnly(string toAddress) => new(
        toAddress,
        "Amina Yusuf",
        "Your login",
        $"<p>Temporary password: {EmailContent.SecretPlaceholder}</p>",
        $"Temporary password: {EmailContent.SecretPlaceholder}");
}
