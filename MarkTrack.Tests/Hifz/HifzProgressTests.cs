using MarkTrack.Domain.Hifz;

namespace MarkTrack.Tests.Hifz;

public sealed class HifzProgressTests
{
    [Fact]
    public void NoLessonsNoProgress()
    {
        var progress = HifzProgress.Compute([], null);

        Assert.Equal(0, progress.MemorizedAyahs);
        Assert.Equal(0, progress.PagesMemorized);
        Assert.Equal(0, progress.JuzMemorized);
        Assert.Null(progress.Current);
    }

    [Fact]
    public void LessonAcrossSurahBoundaryCountsBothSurahs()
    {
        // An-Naba (78) starts page 582; 77:41-50 end page 581, and 78:1-10 stay on page 582.
        var lesson = new AyahRange(77, 41, 78, 10);

        var progress = HifzProgress.Compute([lesson], lesson);

        Assert.Equal(20, progress.MemorizedAyahs);
        Assert.Equal(new QuranPosition(78, 10), progress.Current);
    }

    [Fact]
    public void PageCountsOnlyWhenFullyCovered()
    {
        // Page 604 contains Al-Ikhlaas (112), Al-Falaq (113) and An-Naas (114): 15 ayahs.
        var ikhlaasAndFalaq = new AyahRange(112, 1, 113, 5);
        var naasPart = new AyahRange(114, 1, 114, 5);
        var naasEnd = new AyahRange(114, 6, 114, 6);

        var partly = HifzProgress.Compute([ikhlaasAndFalaq, naasPart], naasPart);
        var fully = HifzProgress.Compute([ikhlaasAndFalaq, naasPart, naasEnd], naasEnd);

        Assert.Equal(0, partly.PagesMemorized);
        Assert.Equal(1, fully.PagesMemorized);
        Assert.Equal(15, fully.MemorizedAyahs);
    }

    [Fact]
    public void JuzAmmaCountsOneJuz()
    {
        // Juz 30 runs from 78:1 (page 582) to 114:6 (page 604), so it fills 23 pages.
        var lessons = Enumerable.Range(78, 37)
            .Select(surah => new AyahRange(surah, 1, surah, Quran.GetSurah(surah).AyahCount))
            .ToList();

        var progress = HifzProgress.Compute(lessons, lessons[^1]);

        Assert.Equal(1, progress.JuzMemorized);
        Assert.Equal(23, progress.PagesMemorized);
        Assert.Equal(Quran.AyahTotal - Quran.AyahId(78, 1) + 1, progress.MemorizedAyahs);
    }

    [Fact]
    public void JuzMissingOneAyahDoesNotCount()
    {
        var lessons = new List<AyahRange> { new(78, 1, 114, 5) };

        var progress = HifzProgress.Compute(lessons, lessons[0]);

        Assert.Equal(0, progress.JuzMemorized);
        Assert.Equal(22, progress.PagesMemorized);
    }

    [Fact]
    public void OverlappingLessonsCountAyahsOnce()
    {
        var first = new AyahRange(67, 1, 67, 15);
        var second = new AyahRange(67, 10, 67, 30);

        var progress = HifzProgress.Compute([first, second], second);

        Assert.Equal(30, progress.MemorizedAyahs);
    }

    [Fact]
    public void CurrentPositionIsLatestLessonEnd()
    {
        var earlier = new AyahRange(114, 1, 114, 6);
        var latest = new AyahRange(113, 1, 113, 3);

        var progress = HifzProgress.Compute([earlier, latest], latest);

        Assert.Equal(113, progress.Current!.Surah);
        Assert.Equal(3, progress.Current.Ayah);
        Assert.Equal("Al-Falaq", progress.Current.SurahName);
    }

    [Fact]
    public void WholeQuranIsThirtyJuzAnd604Pages()
    {
        var all = new AyahRange(1, 1, 114, 6);

        var progress = HifzProgress.Compute([all], all);

        Assert.Equal(30, progress.JuzMemorized);
        Assert.Equal(604, progress.PagesMemorized);
        Assert.Equal(6236, progress.MemorizedAyahs);
    }
}
