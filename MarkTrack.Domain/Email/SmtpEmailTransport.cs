using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MarkTrack.Domain.Email;

/// <summary>Sends each message over a new MailKit SMTP connection.</summary>
internal sealed class SmtpEmailTransport(IOptions<EmailOptions> options) : IEmailTransport
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(30);

    private readonly SmtpOptions _smtp = options.Value.Smtp;

    private readonly string _host = options.Value.Smtp.Host
        ?? throw new InvalidOperationException("Email:Smtp:Host is not set, so SMTP cannot be used.");

    public string Description => $"SMTP server {_host}:{_smtp.Port?.ToString() ?? "default port"}";

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = (int)CommandTimeout.TotalMilliseconds };

        // Port 0 lets MailKit pick the standard port for the chosen security.
        await client.ConnectAsync(_host, _smtp.Port ?? 0, ToSocketOptions(_smtp.Security), cancellationToken);
        if (!string.IsNullOrEmpty(_smtp.UserName))
            await client.AuthenticateAsync(_smtp.UserName, _smtp.Password ?? "", cancellationToken);

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private static SecureSocketOptions ToSocketOptions(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => throw new ArgumentOutOfRangeException(
            nameof(security),
            security,
            "The SMTP security mode is not supported."),
    };
}
