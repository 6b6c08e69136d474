using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using MarkTrack.Domain.Common;

namespace MarkTrack.Domain.Accounts;

/// <summary>
/// Checks and cleans the name, email and phone typed into the admin dialogs. Each message
/// names the field by its label and states how to fix it.
/// </summary>
public static partial class PersonInput
{
    public static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    public static Result? ValidateFullName(string? fullName)
    {
        if (fullName is null)
            return Result.Failure("Full Name is required. Type the person's full name.", "FullName");
        if (fullName.Length > Account.FullNameMaxLength)
        {
            return Result.Failure(
                $"Full Name is too long ({fullName.Length} characters). Shorten it to {Account.FullNameMaxLength} characters or fewer.",
                "FullName");
        }

        if (fullName.Any(IsForbiddenInName))
            return Result.Failure("Full Name contains a line break or control character. Type the name on one line.", "FullName");
        if (!fullName.Any(char.IsLetter))
            return Result.Failure("Full Name must contain letters. Type the person's full name.", "FullName");
        return null;
    }

    public static Result? ValidateEmail(string? email, bool required)
    {
        if (email is null)
        {
            return required
                ? Result.Failure("Email Address is required. Type the address the login details should go to.", "Email")
                : null;
        }

        if (email.Length > Account.EmailMaxLength)
        {
            return Result.Failure(
                $"Email Address is too long. Use an address of {Account.EmailMaxLength} characters or fewer.",
                "Email");
        }

        if (!IsValidEmail(email))
            return Result.Failure($"{email} is not a valid email address. Use the form name@example.org.", "Email");
        return null;
    }

    public static Result? ValidatePhone(string? phone)
    {
        if (phone is null)
            return null;
        if (phone.Length > Account.PhoneMaxLength || !PhonePattern().IsMatch(phone))
        {
            return Result.Failure(
                $"Phone Number may contain only digits, spaces and + - ( ) . and at most {Account.PhoneMaxLength} characters.",
                "PhoneNumber");
        }

        return null;
    }

    /// <summary>
    /// Control characters, line and paragraph separators, and the bidirectional overrides and
    /// isolates that can make a name display differently from what is stored. Zero-width
    /// joiners stay allowed, because Persian and Indic names need them.
    /// </summary>
    private static bool IsForbiddenInName(char c) =>
        char.IsControl(c)
        || char.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    public static bool IsValidEmail(string email)
    {
        if (email.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            return false;
        if (!MailAddress.TryCreate(email, out var address) || address.Address != email)
            return false;

        var host = address.Host;
        return host.Contains('.') && !host.StartsWith('.') && !host.EndsWith('.');
    }

    [GeneratedRegex(@"^\+?[0-9 ().\-]{3,}$")]
    private static partial Regex PhonePattern();
}
