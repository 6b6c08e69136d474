using System.Net;
using MimeKit;

namespace MarkTrack.Domain.Email;

/// <summary>Turns a stored outbox message into a MIME message, with the secret filled in.</summary>
internal static class OutboxMimeMessageBuilder
{
    /// <summary>Builds a multipart/alternative message with a text and an HTML part.</summary>
    /// <param name="secret">The decrypted secret that replaces the placeholder, or null when there is none.</param>
    public static MimeMessage Build(OutboxMessage message, string? secret, MailboxAddress from, DateTimeOffset date)
    {
        var textBody = message.TextBody;
        var htmlBody = message.HtmlBody;
        if (secret is not null)
        {
            textBody = textBody.Replace(EmailContent.SecretPlaceholder, secret, StringComparison.Ordinal);
            htmlBody = htmlBody.Replace(
                EmailContent.SecretPlaceholder,
                WebUtility.HtmlEncode(secret),
                StringComparison.Ordinal);
        }

        var body = new BodyBuilder { TextBody = textBody, HtmlBody = htmlBody };
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            Date = date,
            Body = body.ToMessageBody(),
        };
        mime.From.Add(from);
        mime.To.Add(new MailboxAddress(message.ToName, message.ToAddress));
        return mime;
    }
}
