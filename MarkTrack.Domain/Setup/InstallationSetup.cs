using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Data;
using MarkTrack.Domain.Organizations;
using MarkTrack.Domain.Schools;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MarkTrack.Domain.Setup;

/// <summary>
/// Brings the database up to date and makes a fresh installation usable: the roles, the
/// organization with its first school, the first admin and, when enabled, the demo data.
/// </summary>
public sealed class InstallationSetup(
    MarkTrackDbContext db,
    UserManager<Account> users,
    RoleManager<IdentityRole> roles,
    DemoDataSeeder demoData,
    IOptions<BootstrapOptions> bootstrap,
    IOptions<DemoDataOptions> demoOptions,
    TimeProvider clock,
    ILogger<InstallationSetup> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        await EnsureRolesAsync();
        var school = await EnsureOrganizationAsync(cancellationToken);
        await EnsureAdminAsync(school, cancellationToken);
        if (demoOptions.Value.Enabled)
            await demoData.SeedIfEmptyAsync(school, cancellationToken);
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in new[] { Roles.Admin, Roles.Parent, Roles.Student })
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role)).ThrowIfFailedAsync($"create the {role} role");
        }
    }

    private async Task<School> EnsureOrganizationAsync(CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.SingleOrDefaultAsync(cancellationToken);
        if (organization is null)
        {
            organization = new Organization(bootstrap.Value.OrganizationName.Trim());
            db.Organizations.Add(organization);
            logger.LogInformation("Created organization {OrganizationId}", organization.Id);
        }

        var school = await db.Schools.OrderBy(s => s.Name).FirstOrDefaultAsync(cancellationToken);
        if (school is null)
        {
            school = new School(organization.Id, bootstrap.Value.SchoolName.Trim());
            db.Schools.Add(school);
            logger.LogInformation("Created school {SchoolId}", school.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        return school;
    }

    private async Task EnsureAdminAsync(School school, CancellationToken cancellationToken)
    {
        if (await db.Users.AnyAsync(u => u.Kind == AccountKind.Admin, cancellationToken))
            return;

        var email = PersonInput.Clean(bootstrap.Value.AdminEmail);
        var password = bootstrap.Value.AdminPassword;
        if (email is null || string.IsNullOrWhiteSpace(password))
        {
            throw new InvalidOperationException(
                "The installation has no admin, and Bootstrap:AdminEmail or Bootstrap:AdminPassword is missing. "
                + "Set both (for example with the environment variables Bootstrap__AdminEmail and Bootstrap__AdminPassword) and start again.");
        }

        var admin = new Account(AccountKind.Admin, school.OrganizationId, "Administrator", email, clock.GetUtcNow().UtcDateTime);
        admin.EnableLogin();
        admin.SwitchSchool(school.Id);
        var created = await users.CreateAsync(admin, password);
        if (!created.Succeeded)
        {
            var reasons = string.Join(" ", created.Errors.Select(e => e.Description));
            throw new InvalidOperationException($"The first admin could not be created from the Bootstrap settings: {reasons}");
        }

        await users.AddToRoleAsync(admin, Roles.Admin).ThrowIfFailedAsync("give the first admin the Admin role");
        logger.LogInformation("Created the first admin {AccountId} from the Bootstrap settings", admin.Id);
    }
}
