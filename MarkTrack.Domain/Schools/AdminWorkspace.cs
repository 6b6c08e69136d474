using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MarkTrack.Domain.Schools;

public sealed record SchoolOption(Guid Id, string Name);

/// <summary>The schools an admin can switch between and the one the admin is working in.</summary>
public sealed record Workspace(Guid OrganizationId, SchoolOption CurrentSchool, IReadOnlyList<SchoolOption> Schools);

/// <summary>Finds and switches the admin's current school; the choice is kept on the admin's account.</summary>
public sealed class AdminWorkspace(MarkTrackDbContext db, ILogger<AdminWorkspace> logger)
{
    public async Task<Workspace?> GetAsync(string adminAccountId, CancellationToken cancellationToken)
    {
        var admin = await db.Users.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == adminAccountId && a.Kind == AccountKind.Admin, cancellationToken);
        if (admin is null)
            return null;

        var schools = await db.Schools
            .Where(s => s.OrganizationId == admin.OrganizationId)
            .OrderBy(s => s.Name)
            .Select(s => new SchoolOption(s.Id, s.Name))
            .ToListAsync(cancellationToken);
        if (schools.Count == 0)
            return null;

        var current = schools.FirstOrDefault(s => s.Id == admin.CurrentSchoolId) ?? schools[0];
        return new Workspace(admin.OrganizationId, current, schools);
    }

    public async Task<Workspace?> SwitchAsync(string adminAccountId, Guid schoolId, CancellationToken cancellationToken)
    {
        var admin = await db.Users.FirstOrDefaultAsync(a => a.Id == adminAccountId && a.Kind == AccountKind.Admin, cancellationToken);
        var school = await db.Schools.FirstOrDefaultAsync(s => s.Id == schoolId, cancellationToken);
        if (admin is null || school is null || school.OrganizationId != admin.OrganizationId)
            return await GetAsync(adminAccountId, cancellationToken);

        admin.SwitchSchool(school.Id);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Admin {AccountId} switched to school {SchoolId}", admin.Id, school.Id);
        return await GetAsync(adminAccountId, cancellationToken);
    }
}
