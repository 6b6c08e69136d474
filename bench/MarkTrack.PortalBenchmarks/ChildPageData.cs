using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Data;
using MarkTrack.Domain.Hifz;
using MarkTrack.Domain.Organizations;
using MarkTrack.Domain.Parents;
using MarkTrack.Domain.Schools;
using MarkTrack.Domain.Students;
using MarkTrack.Domain.Teaching;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.PortalBenchmarks;

/// <summary>
/// Seeds one child with two school years of records, 180 school days each. The child has
/// 6 classes with 40 scored assessments each and a daily attendance mark per class, and a
/// Hifz class with a new lesson and a revision every school day.
/// </summary>
internal static class ChildPageData
{
    public const int SchoolDays = 2 * 180;
    public const int Classes = 6;
    public const int AssessmentsPerClass = 40;

    public static readonly DateOnly FirstDay = new(2024, 9, 2);

    public static async Task<(string ParentAccountId, Guid StudentId)> SeedAsync(MarkTrackDbContext db)
    {
        await db.Database.MigrateAsync();
        var now = new DateTime(2026, 6, 30, 12, 0, 0, DateTimeKind.Utc);
        var organization = new Organization("Benchmark Trust");
        var school = new School(organization.Id, "Benchmark School");
        var parentAccount = new Account(AccountKind.Parent, organization.Id, "Aisha Rahman", "aisha@example.org", now);
        var parent = new Parent(parentAccount, school.Id, now);
        var child = Student.CreateChild(new Account(AccountKind.Student, organization.Id, "Maryam Rahman", null, now), parent, school.Id, now);
        db.AddRange(organization, school, parentAccount, parent, child);

        var days = SchoolDaysFrom(FirstDay).Take(SchoolDays).ToList();
        for (var c = 0; c < Classes; c++)
            AddClass(db, school.Id, child.Id, c, days, now);
        AddHifzClass(db, school.Id, child.Id, days, now);

        await db.SaveChangesAsync();
        return (parentAccount.Id, child.Id);
    }

    private static void AddClass(MarkTrackDbContext db, Guid schoolId, Guid studentId, int index, List<DateOnly> days, DateTime now)
    {
        var schoolClass = new SchoolClass(schoolId, new ClassDetails($"Class {index + 1}", "Teacher", 1m, "2024-26", false), now);
        schoolClass.Enroll(studentId, now);
        db.Classes.Add(schoolClass);
        for (var a = 0; a < AssessmentsPerClass; a++)
        {
            var assessment = new Assessment(schoolClass.Id, new AssessmentDetails($"Test {a + 1}", days[a * 9], 20m, 1m + a % 3), now);
            db.Assessments.Add(assessment);
            db.Scores.Add(new Score(assessment.Id, studentId, 10m + (a * 7 + index) % 11, now));
        }

        foreach (var day in days)
        {
            db.AttendanceRecords.Add(new AttendanceRecord(schoolClass.Id, studentId, day, StatusOn(day, index), now));
        }
    }

    private static void AddHifzClass(MarkTrackDbContext db, Guid schoolId, Guid studentId, List<DateOnly> days, DateTime now)
    {
        var hifz = new SchoolClass(schoolId, new ClassDetails("Hifz A", "Qari", 0m, "2024-26", true), now);
        hifz.Enroll(studentId, now);
        db.Classes.Add(hifz);
        var ayahId = Quran.AyahTotal;
        foreach (var day in days)
        {
            // Memorizes three ayahs a day backwards from An-Naas, as many Hifz students do.
            var lastId = ayahId;
            ayahId = Math.Max(1, ayahId - 3);
            var range = RangeOf(ayahId, lastId);
            db.HifzLessons.Add(new HifzLesson(hifz.Id, studentId, new(studentId, day, HifzLessonKind.NewLesson, range, 4, "Good"), now));
            db.HifzLessons.Add(new HifzLesson(hifz.Id, studentId, new(studentId, day, HifzLessonKind.RecentRevision, range, 3, null), now));
            ayahId--;
        }
    }

    /// <summary>Mostly Present, with an Absent about one day in 17 and a Late one day in 23.</summary>
    private static AttendanceStatus StatusOn(DateOnly day, int classIndex)
    {
        var number = day.DayNumber + classIndex;
        if (number % 17 == 0)
            return AttendanceStatus.Absent;
        return number % 23 == 0 ? AttendanceStatus.Late : AttendanceStatus.Present;
    }

    private static AyahRange RangeOf(int firstId, int lastId)
    {
        var (fromSurah, fromAyah) = Locate(firstId);
        var (toSurah, toAyah) = Locate(lastId);
        return new AyahRange(fromSurah, fromAyah, toSurah, toAyah);
    }

    private static (int Surah, int Ayah) Locate(int ayahId)
    {
        var surah = Quran.Surahs.Last(s => Quran.AyahId(s.Number, 1) <= ayahId);
        return (surah.Number, ayahId - Quran.AyahId(surah.Number, 1) + 1);
    }

    private static IEnumerable<DateOnly> SchoolDaysFrom(DateOnly first)
    {
        for (var day = first; ; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                yield return day;
        }
    }
}
