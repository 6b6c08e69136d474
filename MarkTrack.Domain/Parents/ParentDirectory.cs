using MarkTrack.Domain.Common;
using MarkTrack.Domain.Data;
using MarkTrack.Domain.Schools;
using MarkTrack.Domain.Students;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Domain.Parents;

public sealed record ParentRow(
    Guid Id,
    string FullName,
    string? Email,
    string? PhoneNumber,
    int ChildCount,
    DateTime? LastSignInAt);

public sealed record ParentPage(IReadOnlyList<ParentRow> Rows, int TotalCount);

public sealed record ArchivedParentRow(
    Guid Id,
    string FullName,
    string? Email,
    DateTime ArchivedAt,
    int ChildrenArchivedWith);

public sealed record ParentChild(Guid StudentId, string FullName, int Slot, bool IsArchived = false);

public sealed record ParentProfile(
    Guid Id,
    string FullName,
    string? Email,
    string? PhoneNumber,
    string? Address,
    DateTime CreatedAt,
    DateTime? LastSignInAt,
    bool IsDeactivated,
    bool IsArchived,
    IReadOnlyList<SchoolOption> Schools,
    IReadOnlyList<ParentChild> Children)
{
    public IReadOnlyList<string> SchoolNames => Schools.Select(s => s.Name).ToList();
}

/// <summary>Read-only queries behind the admin's parent pages.</summary>
public sealed class ParentDirectory(MarkTrackDbContext db)
{
    public const int MaxPageSize = 100;

    /// <summary>Lists the active parents of a school, filtered by name, email or phone, one page at a time.</summary>
    public async Task<ParentPage> ListAsync(
        Guid schoolId,
        string? search,
        int pageIndex,
        int pageSize,
        CancellationToken cancellationToken)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        pageIndex = Math.Max(pageIndex, 0);
        var parents = db.Parents
            .Where(p => p.Account.ArchivedAt == null)
            .Where(p => p.Memberships.Any(m => m.SchoolId == schoolId));

        if (PersonSearch.Pattern(search) is { } pattern)
        {
            parents = parents.Where(p =>
                EF.Functions.Like(p.Account.SearchName, pattern, PersonSearch.Escape)
                || EF.Functions.Like(p.Account.Email!, pattern, PersonSearch.Escape)
                || EF.Functions.Like(p.Account.PhoneNumber!, pattern, PersonSearch.Escape));
        }

        var total = await parents.CountAsync(cancellationToken);
        var rows = await parents
            .OrderBy(p => p.Account.SearchName)
            .ThenBy(p => p.Id)
            .Skip(pageIndex * pageSize)
            .Take(pageSize)
            .Select(p => new ParentRow(
                p.Id,
                p.Account.FullName,
                p.Account.Email,
                p.Account.PhoneNumber,
                db.Students.Count(s => s.Parent1Id == p.Id || s.Parent2Id == p.Id),
                p.Account.LastSignInAt))
            .ToListAsync(cancellationToken);
        return new ParentPage(rows, total);
    }

    /// <summary>Lists the archived parents of a school, newest archive first.</summary>
    public Task<List<ArchivedParentRow>> ListArchivedAsync(Guid schoolId, CancellationToken cancellationToken) =>
        db.Parents
            .Where(p => p.Account.ArchivedAt != null && p.Memberships.Any(m => m.SchoolId == schoolId))
            .OrderByDescending(p => p.Account.ArchivedAt)
            .Select(p => new ArchivedParentRow(
                p.Id,
                p.Account.FullName,
                p.Account.Email,
                p.Account.ArchivedAt!.Value,
                db.Students.Count(s => s.ArchivedWithParentId == p.Id)))
            .ToListAsync(cancellationToken);

    /// <summary>Counts the children archived together with the parent, which a permanent delete removes too.</summary>
    public Task<int> CountChildrenArchivedWithAsync(Guid parentId, CancellationToken cancellationToken) =>
        db.Students.CountAsync(s => s.ArchivedWithParentId == parentId, cancellationToken);

    public async Task<ParentProfile?> GetProfileAsync(Guid parentId, CancellationToken cancellationToken)
    {
        var parent = await db.Parents
            .AsNoTracking()
            .Include(p => p.Account)
            .Include(p => p.Memberships)
            .FirstOrDefaultAsync(p => p.Id == parentId, cancellationToken);
        if (parent is null)
            return null;

        var schoolIds = parent.Memberships.Select(m => m.SchoolId).ToList();
        var schools = await db.Schools
            .Where(s => schoolIds.Contains(s.Id))
            .OrderBy(s => s.Name)
            .Select(s => new SchoolOption(s.Id, s.Name))
            .ToListAsync(cancellationToken);
        var children = await ListChildrenAsync(parentId, cancellationToken);

        var account = parent.Account;
        return new ParentProfile(
            parent.Id,
            account.FullName,
            account.Email,
            account.PhoneNumber,
            parent.Address,
            account.CreatedAt,
            account.LastSignInAt,
            account.IsDeactivated,
            account.IsArchived,
            schools,
            children);
    }

    private Task<List<ParentChild>> ListChildrenAsync(Guid parentId, CancellationToken cancellationToken) =>
        db.Students
            .Where(s => s.Kind == StudentKind.Child && (s.Parent1Id == parentId || s.Parent2Id == parentId))
            .OrderBy(s => s.Account.SearchName)
            .Select(s => new ParentChild(s.Id, s.Account.FullName, s.Parent1Id == parentId ? 1 : 2, s.Account.ArchivedAt != null))
            .ToListAsync(cancellationToken);
}
