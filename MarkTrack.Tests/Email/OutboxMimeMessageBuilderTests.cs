using MarkTrack.Domain.Email;
using MimeKit;

namespace MarkTrack.Tests.Email;

public sealed class OutboxMimeMessageBuilderTests
{
    [Fact]
    public void BuilderEncodesSecretOnlyInHtml()
    {
        var content = TestEmailContent.PasswordLineOnly("amina@example.org");
        var stored = new OutboxMessage(content, "protected", "account-1", DateTime.UnixEpoch);

        var mime = OutboxMimeMessageBuilder.Build(
            stored,
            "a<b&c",
            MailboxAddress.Parse("office@school.example"),
            DateTimeOffset.UnixEpoch);

        Assert.Equal("Temporary password: a<b&c", mime.TextBody);
        Assert.Equal("<p>Temporary password: a&lt;b&amp;c</p>", mime.HtmlBody);
        Assert.Equal("Amina Yusuf", mime.To.Mailboxes.Single().Name);
        Assert.Equal("office@school.example", mime.From.Mailboxes.Single().Address);
    }
}
