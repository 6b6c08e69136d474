namespace MarkTrack.Domain.Hifz;

/// <summary>
/// A stretch of the Quran in mushaf order, from one ayah to another, possibly across surahs
/// (for example 77:41 to 78:10).
/// </summary>
public readonly record struct AyahRange(int FromSurah, int FromAyah, int ToSurah, int ToAyah)
{
    public int FirstAyahId => Quran.AyahId(FromSurah, FromAyah);

    public int LastAyahId => Quran.AyahId(ToSurah, ToAyah);

    public bool IsValid =>
        Quran.IsValidAyah(FromSurah, FromAyah)
        && Quran.IsValidAyah(ToSurah, ToAyah)
        && FirstAyahId <= LastAyahId;

    public override string ToString() =>
        FromSurah == ToSurah
            ? $"{Quran.GetSurah(FromSurah).Name} {FromAyah}-{ToAyah}"
            : $"{Quran.GetSurah(FromSurah).Name} {FromAyah} to {Quran.GetSurah(ToSurah).Name} {ToAyah}";
}
