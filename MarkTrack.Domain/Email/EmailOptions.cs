namespace MarkTrack.Domain.Email;

/// <summary>Email settings, bound from the <c>Email</c> configuration section.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    /// <summary>The sender, as an address with an optional display name.</summary>
    public string From { get; set; } = "MarkTrack <no-reply@marktrack.local>";

    /// <summary>
    /// The folder that receives one .eml file per message when no SMTP host is set. A relative
    /// path is resolved against the app's content root. The files contain the temporary
    /// passwords in clear text, so this transport suits development and trials only.
    /// </summary>
    public string PickupDirectory { get; set; } = "EmailPickup";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Delivery attempts per message, the first one included, before it is marked Failed.</summary>
    public int MaxAttempts { get; set; } = 8;
}

/// <summary>The SMTP server that delivers email. Without <see cref="Host"/> the pickup directory is used.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    /// <summary>The server port; when unset, the standard port for <see cref="Security"/> (25, 587 or 465).</summary>
    public int? Port { get; set; }

    /// <summary>The login name; the client authenticates only when this is set.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;
}

/// <summary>How the SMTP connection is encrypted.</summary>
public enum SmtpSecurity
{
    /// <summary>No encryption. Use only for a relay on the same host or network.</summary>
    None,

    /// <summary>Plain connection upgraded with STARTTLS; fails when the server does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte, as on port 465.</summary>
    SslOnConnect,
}
