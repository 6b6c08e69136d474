using System.Collections;

namespace MarkTrack.Domain.Hifz;

/// <summary>A position in the Quran, such as a student's current ayah, by surah and ayah number.</summary>
public sealed record QuranPosition(int Surah, int Ayah)
{
    public string SurahName => Quran.GetSurah(Surah).Name;
}

/// <summary>
/// Memorization progress computed from the ayah ranges of a student's new lessons. An ayah
/// is memorized once any new lesson covers it. A page (of 604) or a juz (of 30) counts only
/// when every ayah that starts on it is memorized. Partly covered pages and juz count nothing.
/// </summary>
public sealed record HifzProgress(int MemorizedAyahs, int PagesMemorized, int JuzMemorized, QuranPosition? Current)
{
    public static readonly HifzProgress None = new(0, 0, 0, null);

    /// <param name="newLessons">The ranges of the student's new lessons, in any order.</param>
    /// <param name="latestNewLesson">The most recent new lesson; its last ayah is the current position.</param>
    public static HifzProgress Compute(IEnumerable<AyahRange> newLessons, AyahRange? latestNewLesson)
    {
        var memorized = new BitArray(Quran.AyahTotal + 1);
        foreach (var range in newLessons)
        {
            for (var id = range.FirstAyahId; id <= range.LastAyahId; id++)
                memorized[id] = true;
        }

        var count = 0;
        var coveredBefore = new int[Quran.AyahTotal + 2];
        for (var id = 1; id <= Quran.AyahTotal; id++)
        {
            if (memorized[id])
                count++;
            coveredBefore[id + 1] = count;
        }

        var current = latestNewLesson is { } latest ? new QuranPosition(latest.ToSurah, latest.ToAyah) : null;
        return new HifzProgress(
            count,
            CountFullParts(Quran.PageBoundaries, coveredBefore),
            CountFullParts(Quran.JuzBoundaries, coveredBefore),
            current);
    }

    /// <summary>Counts the parts whose ayahs are all memorized, from a prefix count of memorized ayahs.</summary>
    private static int CountFullParts(IReadOnlyList<int> boundaries, int[] coveredBefore)
    {
        var full = 0;
        for (var part = 0; part < boundaries.Count - 1; part++)
        {
            var first = boundaries[part];
            var end = boundaries[part + 1];
            if (coveredBefore[end] - coveredBefore[first] == end - first)
                full++;
        }

        return full;
    }
}
