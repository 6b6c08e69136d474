using System.Globalization;
using System.Text;

namespace MarkTrack.Domain.Common;

/// <summary>
/// Folds names for searching and sorting, and turns a search box's text into a SQL LIKE
/// pattern that matches it anywhere, literally. SQLite's LIKE and ORDER BY ignore case for
/// ASCII letters only, so names are compared through their folded form instead.
/// </summary>
public static class PersonSearch
{
    public const string Escape = "\\";

    /// <summary>
    /// Lower-cases the text and strips accents and other combining marks, so "Élodie",
    /// "ELODIE" and "elodie" fold alike.
    /// </summary>
    public static string Fold(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return new string(kept.ToArray()).Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }

    /// <summary>Returns the pattern for the folded search text, or null when the search is empty.</summary>
    public static string? Pattern(string? search)
    {
        var term = search is null ? null : Fold(search);
        if (string.IsNullOrEmpty(term))
            return null;

        var escaped = term.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
        return $"%{escaped}%";
    }
}
