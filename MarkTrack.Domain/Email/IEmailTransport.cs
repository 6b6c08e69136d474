using MimeKit;

namespace MarkTrack.Domain.Email;

/// <summary>Hands a finished message to whatever delivers it. Throws when the message was not accepted.</summary>
public interface IEmailTransport
{
    /// <summary>Where messages go, for the start-up log, such as "SMTP server mail.example.org:587".</summary>
    string Description { get; }

    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
