using MarkTrack.Domain.Data;
using MarkTrack.Domain.Grading;
using MarkTrack.Domain.Teaching;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Domain.Portal;

/// <summary>The portal's attendance queries for one student, already checked by <see cref="PortalAccess"/>.</summary>
internal static class AttendanceReports
{
    public static async Task<AttendanceReport> LoadAsync(MarkTrackDbContext db, Guid studentId, CancellationToken cancellationToken)
    {
        var monthly = await LoadMonthlyCountsAsync(db, studentId, cancellationToken);
        var recent = await db.AttendanceRecords
            .Where(r => r.StudentId == studentId)
            .Join(db.Classes, r => r.ClassId, c => c.Id, (r, c) => new { r.Date, ClassName = c.Name, r.Status })
            .OrderByDescending(r => r.Date).ThenBy(r => r.ClassName)
            .Take(ChildRecords.RecentAttendanceCount)
            .ToListAsync(cancellationToken);

        var counts = Enum.GetValues<AttendanceStatus>()
            .ToDictionary(status => status, status => monthly.Where(m => m.Status == status).Sum(m => m.Count));
        var months = monthly
            .GroupBy(m => (m.Year, m.Month))
            .OrderByDescending(g => g.Key)
            .Take(ChildRecords.ChartMonthCount)
            .OrderBy(g => g.Key)
            .Select(g => ToMonthlyRate(g.Key.Year, g.Key.Month, g.ToList()))
            .ToList();
        return new AttendanceReport(
            Rate(counts),
            counts,
            recent.Select(r => new AttendanceLine(r.Date, r.ClassName, r.Status)).ToList(),
            months);
    }

    /// <summary>The rate over all recorded sessions, for a My Children card.</summary>
    public static async Task<decimal?> LoadRateAsync(MarkTrackDbContext db, Guid studentId, CancellationToken cancellationToken)
    {
        var counts = await db.AttendanceRecords
            .Where(r => r.StudentId == studentId)
            .GroupBy(r => r.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        return Rate(counts);
    }

    private static Task<List<MonthCount>> LoadMonthlyCountsAsync(MarkTrackDbContext db, Guid studentId, CancellationToken cancellationToken) =>
        db.AttendanceRecords
            .Where(r => r.StudentId == studentId)
            .GroupBy(r => new { r.Date.Year, r.Date.Month, r.Status })
            .Select(g => new MonthCount(g.Key.Year, g.Key.Month, g.Key.Status, g.Count()))
            .ToListAsync(cancellationToken);

    private static decimal? Rate(IReadOnlyDictionary<AttendanceStatus, int> counts) =>
        GradeCalculator.AttendanceRate(
            counts.GetValueOrDefault(AttendanceStatus.Present),
            counts.GetValueOrDefault(AttendanceStatus.Late),
            counts.Values.Sum());

    private static MonthlyRate ToMonthlyRate(int year, int month, List<MonthCount> counts)
    {
        var recorded = counts.Sum(c => c.Count);
        var attended = counts.Where(c => GradeCalculator.CountsAsAttended(c.Status)).Sum(c => c.Count);
        return new MonthlyRate(year, month, GradeCalculator.AttendanceRate(attended, 0, recorded) ?? 0m, recorded);
    }

    private sealed record MonthCount(int Year, int Month, AttendanceStatus Status, int Count);
}
