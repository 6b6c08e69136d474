using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace MarkTrack.Domain.Email;

/// <summary>Decrypts the secret that <see cref="EmailOutbox"/> stored with a message.</summary>
internal sealed class OutboxSecretReader(IDataProtectionProvider dataProtection)
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector(EmailOutbox.SecretProtectionPurpose);

    /// <summary>
    /// Decrypts the secret, or sets it to null when the message has none and needs none.
    /// Returns false with an error when the message cannot be sent, which no retry fixes.
    /// </summary>
    public bool TryRead(OutboxMessage message, out string? secret, [NotNullWhen(false)] out string? error)
    {
        secret = null;
        error = null;
        if (message.ProtectedSecret is null)
        {
            var needsSecret = message.TextBody.Contains(EmailContent.SecretPlaceholder, StringComparison.Ordinal)
                || message.HtmlBody.Contains(EmailContent.SecretPlaceholder, StringComparison.Ordinal);
            if (needsSecret)
                error = "The email has a place for a temporary password but no password is stored.";

            return !needsSecret;
        }

        try
        {
            secret = _protector.Unprotect(message.ProtectedSecret);
            return true;
        }
        catch (CryptographicException)
        {
            error = "The temporary password could not be decrypted, so the Data Protection keys have "
                + "probably changed. Send the credentials again.";
            return false;
        }
    }
}
