using System.Text.Json;
using System.Text.Json.Serialization;

namespace MarkTrack.Domain.Hifz;

/// <summary>A surah with its first juz and first page in the 604-page Madani mushaf.</summary>
public sealed record Surah(
    int Number,
    string Name,
    string EnglishName,
    string ArabicName,
    int AyahCount,
    int Juz,
    int Page)
{
    public string Title => $"{Number}. {Name}";
}

/// <summary>
/// The Quran's structure (Hafs): 114 surahs, 6,236 ayahs, 30 juz and 604 pages, read from
/// the embedded <c>Hifz/Data/quran-hafs.json</c>. Ayahs are numbered 1 to 6,236 in mushaf
/// order; an ayah belongs to the page and the juz on which it starts.
/// </summary>
public static class Quran
{
    public const int SurahCount = 114;
    public const int JuzCount = 30;
    public const int PageCount = 604;
    public const int AyahTotal = 6236;

    private static readonly Lazy<QuranData> Data = new(Load);

    public static IReadOnlyList<Surah> Surahs => Data.Value.Surahs;

    public static int MaxAyahCount => Data.Value.Surahs.Max(s => s.AyahCount);

    public static Surah GetSurah(int number) =>
        IsValidSurah(number)
            ? Data.Value.Surahs[number - 1]
            : throw new ArgumentOutOfRangeException(nameof(number), number, "A surah number is 1 to 114.");

    public static bool IsValidSurah(int number) => number is >= 1 and <= SurahCount;

    public static bool IsValidAyah(int surah, int ayah) =>
        IsValidSurah(surah) && ayah >= 1 && ayah <= Data.Value.Surahs[surah - 1].AyahCount;

    /// <summary>Numbers an ayah 1 to 6,236 in mushaf order.</summary>
    public static int AyahId(int surah, int ayah)
    {
        if (!IsValidAyah(surah, ayah))
            throw new ArgumentOutOfRangeException(nameof(ayah), $"{surah}:{ayah} is not an ayah of the Quran.");
        return Data.Value.SurahFirstIds[surah - 1] + ayah - 1;
    }

    /// <summary>The first ayah id of each page, in page order, with 6,237 behind the last page.</summary>
    internal static IReadOnlyList<int> PageBoundaries => Data.Value.PageBoundaries;

    /// <summary>The first ayah id of each juz, in juz order, with 6,237 behind the last juz.</summary>
    internal static IReadOnlyList<int> JuzBoundaries => Data.Value.JuzBoundaries;

    /// <summary>The page (1 to 604) on which an ayah starts.</summary>
    public static int PageOf(int ayahId) => PartOf(Data.Value.PageBoundaries, ayahId);

    /// <summary>The juz (1 to 30) in which an ayah starts.</summary>
    public static int JuzOf(int ayahId) => PartOf(Data.Value.JuzBoundaries, ayahId);

    private static int PartOf(int[] boundaries, int ayahId)
    {
        var index = Array.BinarySearch(boundaries, ayahId);
        return index >= 0 ? index + 1 : ~index;
    }

    private static QuranData Load()
    {
        var assembly = typeof(Quran).Assembly;
        using var stream = assembly.GetManifestResourceStream("MarkTrack.Domain.Hifz.Data.quran-hafs.json")
            ?? throw new InvalidOperationException("The embedded Quran data file Hifz/Data/quran-hafs.json is missing.");
        var file = JsonSerializer.Deserialize<QuranFile>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The embedded Quran data file is empty.");
        return QuranData.From(file);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record QuranFile(
        [property: JsonPropertyName("ayahTotal")] int AyahTotal,
        [property: JsonPropertyName("surahs")] Surah[] Surahs,
        [property: JsonPropertyName("juzStarts")] int[][] JuzStarts,
        [property: JsonPropertyName("pageStarts")] int[][] PageStarts);

    private sealed record QuranData(Surah[] Surahs, int[] SurahFirstIds, int[] PageBoundaries, int[] JuzBoundaries)
    {
        public static QuranData From(QuranFile file)
        {
            var firstIds = new int[file.Surahs.Length];
            var next = 1;
            for (var i = 0; i < file.Surahs.Length; i++)
            {
                firstIds[i] = next;
                next += file.Surahs[i].AyahCount;
            }

            if (file.Surahs.Length != SurahCount || next - 1 != AyahTotal || file.AyahTotal != AyahTotal)
                throw new InvalidOperationException("The embedded Quran data file does not hold 114 surahs and 6,236 ayahs.");

            int Id(int[] pair) => firstIds[pair[0] - 1] + pair[1] - 1;
            var pages = file.PageStarts.Select(Id).Append(AyahTotal + 1).ToArray();
            var juz = file.JuzStarts.Select(Id).Append(AyahTotal + 1).ToArray();
            if (pages.Length != PageCount + 1 || juz.Length != JuzCount + 1)
                throw new InvalidOperationException("The embedded Quran data file does not hold 604 pages and 30 juz.");
            return new QuranData(file.Surahs, firstIds, pages, juz);
        }
    }
}
