using System.Net;
using MarkTrack.Domain.Email;
using Microsoft.Extensions.DependencyInjection;

namespace MarkTrack.Tests.Email;

public sealed class RazorEmailComposerTests
{
    private const string SignInUrl = "https://school.example/Identity/Account/Login";
    private const string PasswordLine = "Temporary password: " + EmailContent.SecretPlaceholder;

    [Fact]
    public async Task ComposerEncodesMarkupInNames()
    {
        var model = Model(CredentialsEmailKind.ParentWelcome) with
        {
            RecipientName = "<script>alert(1)</script>",
            SchoolName = "<b>Al-Noor</b>",
        };

        var content = await ComposeAsync(model);

        Assert.DoesNotContain("<script>", content.HtmlBody);
        Assert.DoesNotContain("<b>Al-Noor</b>", content.HtmlBody);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", content.HtmlBody);
        Assert.Contains("&lt;b&gt;Al-Noor&lt;/b&gt;", content.HtmlBody);
        Assert.Contains("Dear <script>alert(1)</script>,", content.TextBody);
    }

    [Fact]
    public async Task ComposerLinksSignInUrl()
    {
        var content = await ComposeAsync(Model(CredentialsEmailKind.ParentCredentials));

        Assert.Contains($"<a href=\"{SignInUrl}\"", content.HtmlBody);
        Assert.Contains($"Sign in at: {SignInUrl}", Lines(content.TextBody));
    }

    [Theory]
    [InlineData(CredentialsEmailKind.ParentWelcome)]
    [InlineData(CredentialsEmailKind.ParentCredentials)]
    [InlineData(CredentialsEmailKind.IndependentStudent)]
    [InlineData(CredentialsEmailKind.StudentWelcome)]
    public async Task ComposerPutsPasswordLineInBothParts(CredentialsEmailKind kind)
    {
        var content = await ComposeAsync(Model(kind));

        Assert.Contains(PasswordLine, Lines(content.TextBody));
        Assert.Contains(PasswordLine, Lines(content.HtmlBody));
        Assert.Contains("Email: amina@example.org", Lines(content.TextBody));
        Assert.Contains("Email: amina@example.org", content.HtmlBody);
        Assert.Contains("change this temporary password", content.TextBody);
        Assert.Contains("change this temporary password", content.HtmlBody);
        Assert.Equal("amina@example.org", content.ToAddress);
        Assert.Equal("Amina Yusuf", content.ToName);
    }

    [Theory]
    [InlineData(
        CredentialsEmailKind.ParentWelcome,
        "Your Al-Noor Academy parent portal login",
        "Welcome to Al-Noor Academy's parent portal")]
    [InlineData(
        CredentialsEmailKind.ParentCredentials,
        "New login details for the Al-Noor Academy parent portal",
        "Any temporary password sent to you earlier no longer works.")]
    [InlineData(
        CredentialsEmailKind.IndependentStudent,
        "Your Al-Noor Academy student login",
        "you sign in with your own login")]
    [InlineData(
        CredentialsEmailKind.StudentWelcome,
        "Your Al-Noor Academy student login",
        "has created a student account for you")]
    public async Task ComposerWordsEachKind(CredentialsEmailKind kind, string subject, string phrase)
    {
        var content = await ComposeAsync(Model(kind));

        // Razor encodes the apostrophe in "Academy's", so compare with the decoded HTML.
        var html = WebUtility.HtmlDecode(content.HtmlBody);
        Assert.Equal(subject, content.Subject);
        Assert.Contains(phrase, html);
        Assert.Contains(phrase, content.TextBody);
        Assert.Contains($"<title>{subject}</title>", html);
    }

    private static CredentialsEmailModel Model(CredentialsEmailKind kind) =>
        new(kind, "Amina Yusuf", "amina@example.org", "Al-Noor Academy", SignInUrl);

    private static async Task<EmailContent> ComposeAsync(CredentialsEmailModel model)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IEmailComposer, RazorEmailComposer>();
        await using var provider = services.BuildServiceProvider();

        var composer = provider.GetRequiredService<IEmailComposer>();
        return await composer.ComposeCredentialsAsync(model, TestContext.Current.CancellationToken);
    }

    private static string[] Lines(string body) =>
        body.Split('\n').Select(line => line.Trim()).ToArray();
}
