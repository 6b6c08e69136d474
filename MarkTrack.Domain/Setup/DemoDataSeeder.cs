using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Data;
using MarkTrack.Domain.Parents;
using MarkTrack.Domain.Schools;
using MarkTrack.Domain.Students;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MarkTrack.Domain.Setup;

/// <summary>
/// Seeds a demo organization into an empty database: a second school, a few families with
/// one and two parents, and one independent student. Demo accounts get no password and no
/// email; an admin sends credentials to try the portal.
/// </summary>
public sealed class DemoDataSeeder(
    MarkTrackDbContext db,
    UserManager<Account> users,
    TimeProvider clock,
    ILogger<DemoDataSeeder> logger)
{
    public const string SecondSchoolName = "Hifz Academy";

    public async Task SeedIfEmptyAsync(School firstSchool, CancellationToken cancellationToken)
    {
        if (await db.Parents.AnyAsync(cancellationToken) || await db.Students.AnyAsync(cancellationToken))
            return;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var hifz = await db.Schools.FirstOrDefaultAsync(s => s.Name == SecondSchoolName, cancellationToken);
        if (hifz is null)
        {
            hifz = new School(firstSchool.OrganizationId, SecondSchoolName);
            db.Schools.Add(hifz);
        }

        var aisha = await AddParentAsync("Aisha Rahman", "aisha.rahman@example.org", "+44 20 7946 0011", firstSchool);
        var yusuf = await AddParentAsync("Yusuf Rahman", "yusuf.rahman@example.org", null, firstSchool);
        var fatima = await AddParentAsync("Fatima Khan", "fatima.khan@example.org", "+44 20 7946 0234", firstSchool);
        var omar = await AddParentAsync("Omar Siddiqui", "omar.siddiqui@example.org", "+44 20 7946 0388", hifz);

        var maryam = await AddChildAsync("Maryam Rahman", null, aisha, firstSchool);
        maryam.SeedSecondParent(yusuf);
        await AddChildAsync("Ibrahim Rahman", null, aisha, firstSchool);
        await AddChildAsync("Zaid Khan", null, fatima, firstSchool);
        await AddChildAsync("Hafsa Khan", "hafsa.khan@example.org", fatima, firstSchool);
        await AddChildAsync("Adam Siddiqui", null, omar, hifz);
        await AddIndependentAsync("Bilal Ahmed", "bilal.ahmed@example.org", firstSchool);

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seeded the demo data: 4 parents, 6 students, 2 schools");
    }

    private async Task<Parent> AddParentAsync(string fullName, string email, string? phone, School school)
    {
        var account = await CreateAccountAsync(AccountKind.Parent, fullName, email, school);
        account.ChangePhone(phone);
        account.EnableLogin();
        var parent = new Parent(account, school.Id, Now);
        db.Parents.Add(parent);
        return parent;
    }

    private async Task<Student> AddChildAsync(string fullName, string? email, Parent parent, School school)
    {
        var account = await CreateAccountAsync(AccountKind.Student, fullName, email, school);
        account.ChangePhone(parent.Account.PhoneNumber);
        var child = Student.CreateChild(account, parent, school.Id, Now);
        db.Students.Add(child);
        return child;
    }

    private async Task AddIndependentAsync(string fullName, string email, School school)
    {
        var account = await CreateAccountAsync(AccountKind.Student, fullName, email, school);
        account.EnableLogin();
        db.Students.Add(Student.CreateIndependent(account, school.Id, Now));
    }

    private async Task<Account> CreateAccountAsync(AccountKind kind, string fullName, string? email, School school)
    {
        var account = new Account(kind, school.OrganizationId, fullName, email, Now);
        await users.CreateAsync(account).ThrowIfFailedAsync($"create the demo account of {fullName}");
        await users.AddToRoleAsync(account, Roles.For(kind)).ThrowIfFailedAsync($"give {fullName} a role");
        return account;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
