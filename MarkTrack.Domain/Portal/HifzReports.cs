using MarkTrack.Domain.Data;
using MarkTrack.Domain.Hifz;
using MarkTrack.Domain.Schools;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Domain.Portal;

/// <summary>The portal's Hifz queries for one student, already checked by <see cref="PortalAccess"/>.</summary>
internal static class HifzReports
{
    public static async Task<HifzReport> LoadAsync(
        MarkTrackDbContext db,
        Guid studentId,
        bool hasHifzClass,
        string? timeZoneId,
        SchoolCalendar calendar,
        CancellationToken cancellationToken)
    {
        var newLessons = await db.HifzLessons
            .Where(l => l.StudentId == studentId && l.Kind == HifzLessonKind.NewLesson)
            .OrderBy(l => l.Date).ThenBy(l => l.RecordedAt)
            .Select(l => new AyahRange(l.FromSurah, l.FromAyah, l.ToSurah, l.ToAyah))
            .ToListAsync(cancellationToken);
        var recent = await db.HifzLessons
            .Where(l => l.StudentId == studentId)
            .Join(db.Classes, l => l.ClassId, c => c.Id, (l, c) => new { Lesson = l, ClassName = c.Name })
            .OrderByDescending(r => r.Lesson.Date).ThenBy(r => r.Lesson.Kind)
            .Take(ChildRecords.RecentLessonCount)
            .ToListAsync(cancellationToken);
        var today = calendar.Today(timeZoneId);
        var acknowledgment = await FindAcknowledgmentAsync(db, studentId, today, timeZoneId, calendar, cancellationToken);

        var progress = HifzProgress.Compute(newLessons, newLessons.Count > 0 ? newLessons[^1] : null);
        var lessons = recent
            .Select(r => new PortalLesson(r.Lesson.Date, r.ClassName, r.Lesson.Kind, r.Lesson.Range, r.Lesson.Quality, r.Lesson.Note))
            .ToList();
        return new HifzReport(hasHifzClass, progress, lessons, today, lessons.Any(l => l.Date == today), acknowledgment);
    }

    /// <summary>The state of today's acknowledgment, for a My Children card.</summary>
    public static async Task<HifzTodayStatus> LoadTodayAsync(
        MarkTrackDbContext db,
        Guid studentId,
        bool hasHifzClass,
        string? timeZoneId,
        SchoolCalendar calendar,
        CancellationToken cancellationToken)
    {
        if (!hasHifzClass)
            return HifzTodayStatus.NoHifzClass;

        var today = calendar.Today(timeZoneId);
        if (await db.HifzAcknowledgments.AnyAsync(a => a.StudentId == studentId && a.Date == today, cancellationToken))
            return HifzTodayStatus.Acknowledged;
        return await db.HifzLessons.AnyAsync(l => l.StudentId == studentId && l.Date == today, cancellationToken)
            ? HifzTodayStatus.Waiting
            : HifzTodayStatus.NoLessonToday;
    }

    public static async Task<AcknowledgmentInfo?> FindAcknowledgmentAsync(
        MarkTrackDbContext db,
        Guid studentId,
        DateOnly date,
        string? timeZoneId,
        SchoolCalendar calendar,
        CancellationToken cancellationToken)
    {
        var found = await db.HifzAcknowledgments
            .Where(a => a.StudentId == studentId && a.Date == date)
            .Select(a => new { a.AcknowledgedByName, a.AcknowledgedAt })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null
            ? null
            : new AcknowledgmentInfo(found.AcknowledgedByName, calendar.ToLocal(found.AcknowledgedAt, timeZoneId));
    }
}
