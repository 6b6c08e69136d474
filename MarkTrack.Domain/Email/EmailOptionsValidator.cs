using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MarkTrack.Domain.Email;

/// <summary>Checks the <c>Email</c> section at start, so a typo fails the start and not the first email.</summary>
internal sealed class EmailOptionsValidator : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        var failures = new List<string>();
        if (!TryParseSender(options.From, out _))
        {
            failures.Add(
                $"Email:From '{options.From}' is not a valid email address. "
                + "Set it to an address such as 'School Office <office@school.example>'.");
        }

        if (options.MaxAttempts < 1)
            failures.Add($"Email:MaxAttempts is {options.MaxAttempts}. Set it to 1 or more.");

        if (string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            if (string.IsNullOrWhiteSpace(options.PickupDirectory))
                failures.Add("Email:PickupDirectory is empty. Set it, or set Email:Smtp:Host to send through SMTP.");
        }
        else
        {
            failures.AddRange(ValidateSmtp(options.Smtp));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Parses a sender address and requires a domain, which MimeKit alone does not.</summary>
    internal static bool TryParseSender(string? text, [NotNullWhen(true)] out MailboxAddress? address)
    {
        if (MailboxAddress.TryParse(text ?? "", out address) && !string.IsNullOrEmpty(address.Domain))
            return true;

        address = null;
        return false;
    }

    private static IEnumerable<string> ValidateSmtp(SmtpOptions smtp)
    {
        if (smtp.Port is { } port && port is < 1 or > 65535)
            yield return $"Email:Smtp:Port {port} is invalid. Set a port from 1 to 65535, or leave it unset.";

        if (!Enum.IsDefined(smtp.Security))
            yield return $"Email:Smtp:Security {smtp.Security} is invalid. Set None, StartTls or SslOnConnect.";

        if (string.IsNullOrEmpty(smtp.UserName) && !string.IsNullOrEmpty(smtp.Password))
            yield return "Email:Smtp:Password is set but Email:Smtp:UserName is missing. Set both, or neither.";
    }
}
