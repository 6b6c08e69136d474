using MarkTrack.Domain.Data;
using MarkTrack.Domain.Students;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Domain.Portal;

public sealed record PortalChild(Guid StudentId, string FullName, IReadOnlyList<string> SchoolNames);

/// <summary>
/// The parent portal's queries. Every query starts from the signed-in account, so a parent
/// reaches only the children linked to them as Parent 1 or Parent 2.
/// </summary>
public sealed class PortalDirectory(MarkTrackDbContext db)
{
    public async Task<IReadOnlyList<PortalChild>> ListChildrenAsync(string accountId, CancellationToken cancellationToken)
    {
        var parentId = await db.Parents
            .Where(p => p.AccountId == accountId && p.Account.ArchivedAt == null)
            .Select(p => (Guid?)p.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (parentId is null)
            return [];

        var children = await db.Students
            .Where(s => s.Kind == StudentKind.Child && s.Account.ArchivedAt == null)
            .Where(s => s.Parent1Id == parentId || s.Parent2Id == parentId)
            .OrderBy(s => s.Account.FullName)
            .Select(s => new
            {
                s.Id,
                s.Account.FullName,
                SchoolNames = db.Enrollments
                    .Where(e => e.StudentId == s.Id)
                    .Join(db.Schools, e => e.SchoolId, school => school.Id, (e, school) => school.Name)
                    .OrderBy(name => name)
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        return children.Select(c => new PortalChild(c.Id, c.FullName, c.SchoolNames)).ToList();
    }
}
