using MarkTrack.Domain.Data;
using MarkTrack.Domain.Parents;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Domain.Students;

/// <summary>Loads students and parents with everything the linking rules read.</summary>
public sealed class StudentLoader(MarkTrackDbContext db)
{
    public Task<Student?> LoadStudentAsync(Guid studentId, CancellationToken cancellationToken) =>
        db.Students
            .Include(s => s.Account)
            .Include(s => s.Parent1).ThenInclude(p => p!.Account)
            .Include(s => s.Parent2).ThenInclude(p => p!.Account)
            .Include(s => s.Enrollments)
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == studentId, cancellationToken);

    public Task<Parent?> LoadParentAsync(Guid parentId, CancellationToken cancellationToken) =>
        db.Parents
            .Include(p => p.Account)
            .Include(p => p.Memberships)
            .FirstOrDefaultAsync(p => p.Id == parentId, cancellationToken);

    public async Task<string> FirstSchoolNameAsync(Student student, CancellationToken cancellationToken)
    {
        var schoolIds = student.Enrollments.Select(e => e.SchoolId).ToList();
        return await db.Schools
            .Where(s => schoolIds.Contains(s.Id))
            .OrderBy(s => s.Name)
            .Select(s => s.Name)
            .FirstOrDefaultAsync(cancellationToken) ?? "your school";
    }
}
