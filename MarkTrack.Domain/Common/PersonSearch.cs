namespace MarkTrack.Domain.Common;

/// <summary>Turns a search box's text into a SQL LIKE pattern that matches it anywhere, literally.</summary>
public static class PersonSearch
{
    public const string Escape = "\\";

    /// <summary>Returns the pattern, or null when the search is empty.</summary>
    public static string? Pattern(string? search)
    {
        var term = search?.Trim();
        if (string.IsNullOrEmpty(term))
            return null;

        var escaped = term.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
        return $"%{escaped}%";
    }
}
