using MarkTrack.Domain.Common;
using MarkTrack.Domain.Data;
using MarkTrack.Domain.Schools;
using MarkTrack.Domain.Teaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MarkTrack.Domain.Hifz;

public sealed record HifzLessonRow(
    Guid Id,
    Guid StudentId,
    string StudentName,
    DateOnly Date,
    HifzLessonKind Kind,
    AyahRange Range,
    int Quality,
    string? Note);

/// <summary>
/// A Hifz class student's day: their lessons and whether a parent acknowledged them.
/// AcknowledgedAt is the school's local time.
/// </summary>
public sealed record DailyAcknowledgmentRow(
    Guid StudentId,
    string StudentName,
    int LessonCount,
    string? AcknowledgedBy,
    DateTime? AcknowledgedAt)
{
    public bool IsAcknowledged => AcknowledgedBy is not null;

    public bool IsWaiting => LessonCount > 0 && !IsAcknowledged;
}

public sealed record HifzDay(
    Guid ClassId,
    string ClassName,
    DateOnly Date,
    DateOnly Today,
    IReadOnlyList<HifzLessonRow> Lessons,
    IReadOnlyList<DailyAcknowledgmentRow> Acknowledgments);

/// <summary>Records the lessons of a Hifz class and shows which parents acknowledged them each day.</summary>
public sealed class HifzBook(MarkTrackDbContext db, SchoolCalendar calendar, TimeProvider clock, ILogger<HifzBook> logger)
{
    /// <summary>A Hifz class's day: the lessons recorded and, per student, the acknowledgment.</summary>
    public async Task<HifzDay?> GetDayAsync(Guid classId, DateOnly? date, CancellationToken cancellationToken)
    {
        var found = await ClassWithZone.FindAsync(db, classId, cancellationToken);
        if (found is null || !found.IsHifz)
            return null;

        var today = calendar.Today(found.TimeZoneId);
        var day = date ?? today;
        var lessons = await db.HifzLessons
            .Where(l => l.ClassId == classId && l.Date == day)
            .Select(l => new
            {
                Lesson = l,
                FullName = db.Students.Where(s => s.Id == l.StudentId).Select(s => s.Account.FullName).First(),
            })
            .OrderBy(r => r.FullName).ThenBy(r => r.Lesson.Kind)
            .ToListAsync(cancellationToken);
        var rows = lessons.Select(r => ToRow(r.Lesson, r.FullName)).ToList();

        var students = await db.StudentsIn(classId)
            .Select(s => new
            {
                s.Id,
                s.Account.FullName,
                Acknowledgment = db.HifzAcknowledgments.FirstOrDefault(a => a.StudentId == s.Id && a.Date == day),
            })
            .OrderBy(r => r.FullName)
            .ToListAsync(cancellationToken);
        var acknowledgments = students
            .Select(s => new DailyAcknowledgmentRow(
                s.Id,
                s.FullName,
                rows.Count(l => l.StudentId == s.Id),
                s.Acknowledgment?.AcknowledgedByName,
                s.Acknowledgment is null ? null : calendar.ToLocal(s.Acknowledgment.AcknowledgedAt, found.TimeZoneId)))
            .ToList();
        return new HifzDay(classId, found.Name, day, today, rows, acknowledgments);
    }

    /// <summary>
    /// Records a lesson, or replaces the student's lesson of the same kind on that day. The
    /// ayah range is checked against the Quran data: both ends must exist and be in mushaf order.
    /// </summary>
    public async Task<Result> RecordLessonAsync(Guid classId, HifzLessonInput input, CancellationToken cancellationToken)
    {
        var found = await ClassWithZone.FindAsync(db, classId, cancellationToken);
        if (found is null)
            return Result.Failure(TeachingMessages.ClassNotFound);
        if (!found.IsHifz)
            return Result.Failure(TeachingMessages.NotAHifzClass);
        if (Validate(input, calendar.Today(found.TimeZoneId)) is { } invalid)
            return invalid;

        var studentName = await db.StudentsIn(classId)
            .Where(s => s.Id == input.StudentId)
            .Select(s => s.Account.FullName)
            .FirstOrDefaultAsync(cancellationToken);
        if (studentName is null)
            return Result.Failure(TeachingMessages.StudentNotInClass, "StudentId");

        var note = TextInput.Clean(input.Note);
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.HifzLessons.FirstOrDefaultAsync(
            l => l.ClassId == classId && l.StudentId == input.StudentId && l.Date == input.Date && l.Kind == input.Kind,
            cancellationToken);
        if (existing is null)
            db.HifzLessons.Add(new HifzLesson(classId, input.StudentId, input with { Note = note }, now));
        else
            existing.Change(input.Range, input.Quality, note, now);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueConstraintViolation())
        {
            logger.LogWarning(exception, "A Hifz lesson of class {ClassId} was recorded twice at once", classId);
            return Result.Failure(TeachingMessages.SavedByOthers);
        }

        logger.LogInformation(
            "Recorded a {LessonKind} Hifz lesson for student {StudentId} in class {ClassId} on {Date}",
            input.Kind, input.StudentId, classId, input.Date);
        return Result.Success(TeachingMessages.LessonRecorded(studentName, HifzLessonKinds.Label(input.Kind), input.Date));
    }

    public async Task<Result> DeleteLessonAsync(Guid lessonId, CancellationToken cancellationToken)
    {
        var lesson = await db.HifzLessons.FirstOrDefaultAsync(l => l.Id == lessonId, cancellationToken);
        if (lesson is null)
            return Result.Failure(TeachingMessages.LessonNotFound);

        var studentName = await db.Students.Where(s => s.Id == lesson.StudentId).Select(s => s.Account.FullName).FirstAsync(cancellationToken);
        db.HifzLessons.Remove(lesson);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Deleted Hifz lesson {LessonId}", lessonId);
        return Result.Success(TeachingMessages.LessonDeleted(studentName, lesson.Date));
    }

    /// <summary>Returns the message for an invalid lesson, or null when it can be saved.</summary>
    public static Result? Validate(HifzLessonInput input, DateOnly today)
    {
        if (input.Date > today)
            return Result.Failure(TeachingMessages.DateInFuture, "Date");
        if (!Enum.IsDefined(input.Kind))
            return Result.Failure("Pick the kind of lesson: New lesson, Recent revision or Old revision.", "Kind");
        if (CheckEnd("From", input.Range.FromSurah, input.Range.FromAyah) is { } from)
            return from;
        if (CheckEnd("To", input.Range.ToSurah, input.Range.ToAyah) is { } to)
            return to;
        if (input.Range.FirstAyahId > input.Range.LastAyahId)
            return Result.Failure(TeachingMessages.RangeBackwards, "ToAyah");
        if (input.Quality is < HifzLesson.MinQuality or > HifzLesson.MaxQuality)
            return Result.Failure(TeachingMessages.QualityOutOfRange, "Quality");
        if (TextInput.Clean(input.Note) is { Length: > HifzLesson.NoteMaxLength })
            return Result.Failure(TeachingMessages.NoteTooLong, "Note");
        return null;
    }

    private static Result? CheckEnd(string end, int surah, int ayah)
    {
        if (!Quran.IsValidSurah(surah))
            return Result.Failure($"{end}: {TeachingMessages.SurahInvalid}", $"{end}Surah");
        if (!Quran.IsValidAyah(surah, ayah))
            return Result.Failure(TeachingMessages.AyahInvalid(end, surah, ayah, Quran.GetSurah(surah).AyahCount), $"{end}Ayah");
        return null;
    }

    internal static HifzLessonRow ToRow(HifzLesson lesson, string studentName) =>
        new(lesson.Id, lesson.StudentId, studentName, lesson.Date, lesson.Kind, lesson.Range, lesson.Quality, lesson.Note);
}
