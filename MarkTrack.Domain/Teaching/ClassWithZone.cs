using MarkTrack.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Domain.Teaching;

/// <summary>A class with its school's time zone, for the rules that need the school's "today".</summary>
internal sealed record ClassWithZone(Guid Id, string Name, bool IsHifz, string? TimeZoneId)
{
    public static Task<ClassWithZone?> FindAsync(MarkTrackDbContext db, Guid classId, CancellationToken cancellationToken) =>
        db.Classes
            .Where(c => c.Id == classId)
            .Join(db.Schools, c => c.SchoolId, s => s.Id, (c, s) => new ClassWithZone(c.Id, c.Name, c.IsHifz, s.TimeZoneId))
            .FirstOrDefaultAsync(cancellationToken);
}

internal static class ClassQueries
{
    /// <summary>The students enrolled in a class.</summary>
    public static IQueryable<Students.Student> StudentsIn(this MarkTrackDbContext db, Guid classId) =>
        db.Students.Where(s => db.ClassEnrollments.Any(e => e.ClassId == classId && e.StudentId == s.Id));
}
