using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Hifz;
using MarkTrack.Domain.Students;
using MarkTrack.Domain.Teaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MarkTrack.Domain.Data;

internal sealed class HifzLessonConfiguration : IEntityTypeConfiguration<HifzLesson>
{
    public void Configure(EntityTypeBuilder<HifzLesson> builder)
    {
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_HifzLesson_From", AyahCheck("FromSurah", "FromAyah"));
            t.HasCheckConstraint("CK_HifzLesson_To", AyahCheck("ToSurah", "ToAyah"));
            t.HasCheckConstraint(
                "CK_HifzLesson_Order",
                "\"ToSurah\" > \"FromSurah\" OR (\"ToSurah\" = \"FromSurah\" AND \"ToAyah\" >= \"FromAyah\")");
            t.HasCheckConstraint(
                "CK_HifzLesson_Quality",
                $"\"Quality\" BETWEEN {HifzLesson.MinQuality} AND {HifzLesson.MaxQuality}");
            t.HasCheckConstraint(
                "CK_HifzLesson_Kind",
                "\"Kind\" IN ('NewLesson', 'RecentRevision', 'OldRevision')");
        });
        builder.Property(l => l.Note).HasMaxLength(HifzLesson.NoteMaxLength);
        builder.HasIndex(l => new { l.ClassId, l.StudentId, l.Date, l.Kind }).IsUnique();
        builder.HasIndex(l => new { l.StudentId, l.Date });
        builder.HasOne<SchoolClass>().WithMany().HasForeignKey(l => l.ClassId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Student>().WithMany().HasForeignKey(l => l.StudentId).OnDelete(DeleteBehavior.Cascade);
    }

    /// <summary>
    /// Checks that an ayah exists: the surah is 1 to 114 and the ayah is 1 to the surah's
    /// ayah count, read from a string of three-digit counts, one per surah.
    /// </summary>
    private static string AyahCheck(string surahColumn, string ayahColumn)
    {
        var counts = string.Concat(Quran.Surahs.Select(s => s.AyahCount.ToString("000")));
        return $"\"{surahColumn}\" BETWEEN 1 AND {Quran.SurahCount} AND \"{ayahColumn}\" >= 1"
            + $" AND \"{ayahColumn}\" <= CAST(substr('{counts}', \"{surahColumn}\" * 3 - 2, 3) AS INTEGER)";
    }
}

internal sealed class HifzAcknowledgmentConfiguration : IEntityTypeConfiguration<HifzAcknowledgment>
{
    public void Configure(EntityTypeBuilder<HifzAcknowledgment> builder)
    {
        builder.Property(a => a.AcknowledgedByName).HasMaxLength(Account.FullNameMaxLength).IsRequired();
        builder.HasIndex(a => new { a.StudentId, a.Date }).IsUnique();
        builder.HasOne<Student>().WithMany().HasForeignKey(a => a.StudentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Account>().WithMany().HasForeignKey(a => a.AccountId).OnDelete(DeleteBehavior.SetNull);
    }
}
