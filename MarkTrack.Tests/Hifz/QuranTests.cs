using MarkTrack.Domain.Hifz;

namespace MarkTrack.Tests.Hifz;

public sealed class QuranTests
{
    [Fact]
    public void DataHoldsWholeQuran()
    {
        Assert.Equal(114, Quran.Surahs.Count);
        Assert.Equal(6236, Quran.Surahs.Sum(s => s.AyahCount));
        Assert.Equal(286, Quran.MaxAyahCount);
        Assert.Equal("Al-Faatiha", Quran.GetSurah(1).Name);
        Assert.Equal(6, Quran.GetSurah(114).AyahCount);
    }

    [Theory]
    [InlineData(1, 1, 1, 1, 1)]
    [InlineData(2, 1, 8, 2, 1)]
    [InlineData(2, 142, 149, 22, 2)]
    [InlineData(2, 141, 148, 21, 1)]
    [InlineData(78, 1, 5673, 582, 30)]
    [InlineData(77, 50, 5672, 581, 29)]
    [InlineData(114, 6, 6236, 604, 30)]
    public void AyahsMapToIdPageAndJuz(int surah, int ayah, int id, int page, int juz)
    {
        Assert.Equal(id, Quran.AyahId(surah, ayah));
        Assert.Equal(page, Quran.PageOf(id));
        Assert.Equal(juz, Quran.JuzOf(id));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(115, 1)]
    [InlineData(1, 8)]
    [InlineData(114, 0)]
    public void InvalidAyahsAreRejected(int surah, int ayah)
    {
        Assert.False(Quran.IsValidAyah(surah, ayah));
    }

    [Fact]
    public void SurahsKnowTheirFirstPageAndJuz()
    {
        var mulk = Quran.GetSurah(67);

        Assert.Equal("Al-Mulk", mulk.Name);
        Assert.Equal(29, mulk.Juz);
        Assert.Equal(562, mulk.Page);
    }
}
