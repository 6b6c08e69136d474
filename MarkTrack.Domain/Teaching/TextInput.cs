namespace MarkTrack.Domain.Teaching;

/// <summary>Cleans and checks the one-line text fields of the teaching pages.</summary>
internal static class TextInput
{
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Returns the message for a missing, too long or multi-line value, or null when it is fine.</summary>
    public static string? Check(string? cleaned, string field, int maxLength, string requiredMessage)
    {
        if (cleaned is null)
            return requiredMessage;
        if (cleaned.Length > maxLength)
            return TeachingMessages.TooLong(field, maxLength);
        if (cleaned.Any(char.IsControl))
            return TeachingMessages.LineBreak(field);
        return null;
    }
}
