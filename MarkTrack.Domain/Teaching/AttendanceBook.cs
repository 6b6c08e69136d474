using MarkTrack.Domain.Common;
using MarkTrack.Domain.Data;
using MarkTrack.Domain.Schools;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MarkTrack.Domain.Teaching;

/// <summary>One student's line in the attendance grid; IsRecorded is false for a default Present not yet saved.</summary>
public sealed record AttendanceRow(Guid StudentId, string FullName, AttendanceStatus Status, bool IsRecorded);

public sealed record AttendanceGrid(Guid ClassId, string ClassName, DateOnly Date, DateOnly Today, IReadOnlyList<AttendanceRow> Rows);

public sealed record AttendanceEntry(Guid StudentId, AttendanceStatus Status);

/// <summary>Takes a class's attendance for a date in one grid, and changes it later.</summary>
public sealed class AttendanceBook(
    MarkTrackDbContext db,
    SchoolCalendar calendar,
    TimeProvider clock,
    ILogger<AttendanceBook> logger)
{
    /// <summary>The class's students on a date, with the saved status or Present where none is saved.</summary>
    public async Task<AttendanceGrid?> GetGridAsync(Guid classId, DateOnly? date, CancellationToken cancellationToken)
    {
        var found = await ClassWithZone.FindAsync(db, classId, cancellationToken);
        if (found is null)
            return null;

        var today = calendar.Today(found.TimeZoneId);
        var day = date ?? today;
        var rows = await db.StudentsIn(classId)
            .Select(s => new
            {
                s.Id,
                s.Account.FullName,
                Status = db.AttendanceRecords
                    .Where(r => r.ClassId == classId && r.StudentId == s.Id && r.Date == day)
                    .Select(r => (AttendanceStatus?)r.Status)
                    .FirstOrDefault(),
            })
            .OrderBy(r => r.FullName)
            .ToListAsync(cancellationToken);
        var gridRows = rows
            .Select(r => new AttendanceRow(r.Id, r.FullName, r.Status ?? AttendanceStatus.Present, r.Status is not null))
            .ToList();
        return new AttendanceGrid(classId, found.Name, day, today, gridRows);
    }

    /// <summary>Saves the grid in one transaction, adding or changing one record per student, class and date.</summary>
    public async Task<Result> SaveAsync(Guid classId, DateOnly date, IReadOnlyList<AttendanceEntry> entries, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var found = await ClassWithZone.FindAsync(db, classId, cancellationToken);
        if (found is null)
            return Result.Failure(TeachingMessages.ClassNotFound);
        if (date > calendar.Today(found.TimeZoneId))
            return Result.Failure(TeachingMessages.DateInFuture, "Date");
        if (await CheckEntriesAsync(classId, entries, cancellationToken) is { } invalid)
            return invalid;

        var studentIds = entries.Select(e => e.StudentId).ToList();
        var existing = await db.AttendanceRecords
            .Where(r => r.ClassId == classId && r.Date == date && studentIds.Contains(r.StudentId))
            .ToDictionaryAsync(r => r.StudentId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in entries)
        {
            if (existing.TryGetValue(entry.StudentId, out var record))
                record.Mark(entry.Status, now);
            else
                db.AttendanceRecords.Add(new AttendanceRecord(classId, entry.StudentId, date, entry.Status, now));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueConstraintViolation())
        {
            logger.LogWarning(exception, "Attendance of class {ClassId} on {Date} was saved twice at once", classId, date);
            return Result.Failure(TeachingMessages.SavedByOthers);
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation(
            "Saved attendance of class {ClassId} on {Date} for {StudentCount} students", classId, date, entries.Count);
        var counts = entries.GroupBy(e => e.Status).ToDictionary(g => g.Key, g => g.Count());
        return Result.Success(TeachingMessages.AttendanceSaved(found.Name, date, counts));
    }

    private async Task<Result?> CheckEntriesAsync(Guid classId, IReadOnlyList<AttendanceEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0 || entries.Select(e => e.StudentId).Distinct().Count() != entries.Count)
            return Result.Failure(TeachingMessages.SavedByOthers);
        if (entries.Any(e => !Enum.IsDefined(e.Status)))
            return Result.Failure("Pick Present, Late, Absent or Excused for every student.");

        var enrolled = await db.ClassEnrollments
            .Where(e => e.ClassId == classId)
            .Select(e => e.StudentId)
            .ToListAsync(cancellationToken);
        return entries.All(e => enrolled.Contains(e.StudentId)) ? null : Result.Failure(TeachingMessages.StudentNotInClass);
    }
}

