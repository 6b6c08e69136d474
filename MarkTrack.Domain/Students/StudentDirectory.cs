using MarkTrack.Domain.Common;
using MarkTrack.Domain.Data;
using MarkTrack.Domain.Parents;
using MarkTrack.Domain.Schools;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Domain.Students;

public sealed record StudentRow(
    Guid Id,
    string FullName,
    string? Email,
    StudentKind Kind,
    string? Parent1Name,
    string? Parent2Name,
    IReadOnlyList<string> SchoolNames);

public sealed record StudentPage(IReadOnlyList<StudentRow> Rows, int TotalCount);

public sealed record SlotParent(Guid Id, string FullName, string? Email, bool IsArchived);

public sealed record StudentProfile(
    Guid Id,
    string FullName,
    string? Email,
    string? PhoneNumber,
    StudentKind Kind,
    bool IsArchived,
    bool LoginEnabled,
    SlotParent? Parent1,
    SlotParent? Parent2,
    IReadOnlyList<SchoolOption> Schools)
{
    public IReadOnlyList<string> SchoolNames => Schools.Select(s => s.Name).ToList();
}

/// <summary>A student offered in the Link Student picker, greyed out when already linked to the parent.</summary>
public sealed record StudentChoice(Guid Id, string FullName, string? Email, StudentKind Kind, bool AlreadyLinked, bool HasTwoParents);

/// <summary>A parent offered in the Link Parent picker, greyed out when already linked to the student.</summary>
public sealed record ParentChoice(Guid Id, string FullName, string? Email, bool AlreadyLinked);

/// <summary>Read-only queries behind the student pages and the link pickers.</summary>
public sealed class StudentDirectory(MarkTrackDbContext db)
{
    public const int MaxPageSize = 100;
    public const int MaxChoices = 50;

    /// <summary>Lists the active students enrolled in a school, filtered by name or email, one page at a time.</summary>
    public async Task<StudentPage> ListAsync(Guid schoolId, string? search, int pageIndex, int pageSize, CancellationToken cancellationToken)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var students = Search(ActiveInSchool(schoolId), search);

        var total = await students.CountAsync(cancellationToken);
        var rows = await students
            .OrderBy(s => s.Account.SearchName)
            .ThenBy(s => s.Id)
            .Skip(Math.Max(pageIndex, 0) * pageSize)
            .Take(pageSize)
            .Select(s => new
            {
                s.Id,
                s.Account.FullName,
                s.Account.Email,
                s.Kind,
                Parent1Name = s.Parent1 == null ? null : s.Parent1.Account.FullName,
                Parent2Name = s.Parent2 == null ? null : s.Parent2.Account.FullName,
                SchoolNames = db.Enrollments
                    .Where(e => e.StudentId == s.Id)
                    .Join(db.Schools, e => e.SchoolId, school => school.Id, (e, school) => school.Name)
                    .OrderBy(name => name)
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        var page = rows
            .Select(r => new StudentRow(r.Id, r.FullName, r.Email, r.Kind, r.Parent1Name, r.Parent2Name, r.SchoolNames))
            .ToList();
        return new StudentPage(page, total);
    }

    public async Task<StudentProfile?> GetProfileAsync(Guid studentId, CancellationToken cancellationToken)
    {
        var student = await db.Students
            .AsNoTracking()
            .Include(s => s.Account)
            .Include(s => s.Parent1).ThenInclude(p => p!.Account)
            .Include(s => s.Parent2).ThenInclude(p => p!.Account)
            .Include(s => s.Enrollments)
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == studentId, cancellationToken);
        if (student is null)
            return null;

        var schoolIds = student.Enrollments.Select(e => e.SchoolId).ToList();
        var schools = await db.Schools
            .Where(s => schoolIds.Contains(s.Id))
            .OrderBy(s => s.Name)
            .Select(s => new SchoolOption(s.Id, s.Name))
            .ToListAsync(cancellationToken);
        var account = student.Account;
        return new StudentProfile(
            student.Id,
            account.FullName,
            account.Email,
            account.PhoneNumber,
            student.Kind,
            account.IsArchived,
            account.LoginEnabled,
            ToSlotParent(student.Parent1),
            ToSlotParent(student.Parent2),
            schools);
    }

    /// <summary>The Link Student picker: the school's active students, marking those already linked to the parent.</summary>
    public Task<List<StudentChoice>> ListChoicesForParentAsync(
        Guid schoolId,
        Guid parentId,
        string? search,
        CancellationToken cancellationToken) =>
        Search(ActiveInSchool(schoolId), search)
            .OrderBy(s => s.Account.SearchName)
            .Take(MaxChoices)
            .Select(s => new StudentChoice(
                s.Id,
                s.Account.FullName,
                s.Account.Email,
                s.Kind,
                s.Parent1Id == parentId || s.Parent2Id == parentId,
                s.Parent1Id != null && s.Parent2Id != null))
            .ToListAsync(cancellationToken);

    /// <summary>The Link Parent picker: the school's active parents, marking those already linked to the student.</summary>
    public async Task<List<ParentChoice>> ListChoicesForStudentAsync(
        Guid schoolId,
        Guid studentId,
        string? search,
        CancellationToken cancellationToken)
    {
        var slots = await db.Students
            .Where(s => s.Id == studentId)
            .Select(s => new { s.Parent1Id, s.Parent2Id })
            .FirstOrDefaultAsync(cancellationToken);
        var parents = db.Parents
            .Where(p => p.Account.ArchivedAt == null && p.Memberships.Any(m => m.SchoolId == schoolId));
        if (PersonSearch.Pattern(search) is { } pattern)
        {
            parents = parents.Where(p =>
                EF.Functions.Like(p.Account.SearchName, pattern, PersonSearch.Escape)
                || EF.Functions.Like(p.Account.Email!, pattern, PersonSearch.Escape));
        }

        return await parents
            .OrderBy(p => p.Account.SearchName)
            .Take(MaxChoices)
            .Select(p => new ParentChoice(
                p.Id,
                p.Account.FullName,
                p.Account.Email,
                slots != null && (p.Id == slots.Parent1Id || p.Id == slots.Parent2Id)))
            .ToListAsync(cancellationToken);
    }

    private IQueryable<Student> ActiveInSchool(Guid schoolId) =>
        db.Students.Where(s => s.Account.ArchivedAt == null && s.Enrollments.Any(e => e.SchoolId == schoolId));

    private static IQueryable<Student> Search(IQueryable<Student> students, string? search)
    {
        if (PersonSearch.Pattern(search) is not { } pattern)
            return students;

        return students.Where(s =>
            EF.Functions.Like(s.Account.SearchName, pattern, PersonSearch.Escape)
            || EF.Functions.Like(s.Account.Email!, pattern, PersonSearch.Escape));
    }

    private static SlotParent? ToSlotParent(Parent? parent) =>
        parent is null ? null : new SlotParent(parent.Id, parent.Account.FullName, parent.Account.Email, parent.Account.IsArchived);
}
