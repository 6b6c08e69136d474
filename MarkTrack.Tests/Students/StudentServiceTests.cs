using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Email;
using MarkTrack.Domain.Students;
using MarkTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Tests.Students;

public sealed class StudentServiceTests : IAsyncLifetime
{
    private DomainTestHost _host = null!;
    private FamilyBuilder _families = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await DomainTestHost.StartAsync();
        _families = new FamilyBuilder(_host);
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task CreateWithParentMakesChildWithParent1()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman", phone: "+44 20 7946 0011");

        var result = await CreateAsync(new NewStudent("Maryam Rahman", null, aisha));

        var student = await LoadAsync(result.Value!.Id);
        Assert.True(result.Succeeded);
        Assert.Equal("Maryam Rahman has been added as a child of Aisha Rahman.", result.Message);
        Assert.Equal(StudentKind.Child, student.Kind);
        Assert.Equal(aisha, student.Parent1Id);
        Assert.Null(student.Account.Email);
        Assert.False(student.Account.LoginEnabled);
        Assert.Equal("+44 20 7946 0011", student.Account.PhoneNumber);
        Assert.Equal(_host.School.Id, Assert.Single(student.Enrollments).SchoolId);
    }

    [Fact]
    public async Task CreateWithoutParentMakesIndependentStudent()
    {
        var result = await CreateAsync(new NewStudent("Bilal Ahmed", " bilal@example.org ", null));

        var student = await LoadAsync(result.Value!.Id);
        Assert.True(result.Succeeded);
        Assert.Equal(
            "Bilal Ahmed has been added as an independent student. Login credentials have been emailed to bilal@example.org.",
            result.Message);
        Assert.Equal(StudentKind.Independent, student.Kind);
        Assert.Null(student.Parent1Id);
        Assert.True(student.Account.LoginEnabled);
        Assert.True(student.Account.MustChangePassword);
        var message = await _host.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.ToAddress == "bilal@example.org"));
        Assert.Contains($"Temporary password: {EmailContent.SecretPlaceholder}", message.TextBody);
    }

    [Fact]
    public async Task IndependentStudentNeedsEmail()
    {
        var result = await CreateAsync(new NewStudent("Bilal Ahmed", "  ", null));

        Assert.False(result.Succeeded);
        Assert.Equal("Email", result.Field);
        Assert.Equal(StudentMessages.IndependentNeedsEmail, result.Message);
        Assert.Equal(0, await _host.QueryAsync(db => db.Students.CountAsync()));
    }

    [Fact]
    public async Task CreateRejectsEmailOfAnotherAccount()
    {
        await _families.ParentAsync("Aisha Rahman");

        var result = await CreateAsync(new NewStudent("Bilal Ahmed", "AISHA.RAHMAN@example.org", null));

        Assert.False(result.Succeeded);
        Assert.Equal("Email", result.Field);
        Assert.Equal(
            "aisha.rahman@example.org is already linked to an existing account. A new account cannot be created with this email.",
            result.Message);
        Assert.Equal(0, await _host.QueryAsync(db => db.Students.CountAsync()));
    }

    [Fact]
    public async Task CreateRejectsMissingName()
    {
        var result = await CreateAsync(new NewStudent(" ", "bilal@example.org", null));

        Assert.False(result.Succeeded);
        Assert.Equal("FullName", result.Field);
    }

    [Fact]
    public async Task CreateRejectsUnknownParent()
    {
        var result = await CreateAsync(new NewStudent("Maryam Rahman", null, Guid.NewGuid()));

        Assert.False(result.Succeeded);
        Assert.Equal(StudentMessages.ParentNotFound, result.Message);
        Assert.Equal(0, await _host.QueryAsync(db => db.Students.CountAsync()));
        Assert.Equal(0, await _host.QueryAsync(db => db.Users.CountAsync(u => u.Kind == AccountKind.Student)));
    }

    [Fact]
    public async Task CreateChildAddsParentToSchool()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var hifz = new MarkTrack.Domain.Schools.School(_host.School.OrganizationId, "Hifz Academy");
        await _host.QueryAsync(async db =>
        {
            db.Schools.Add(hifz);
            return await db.SaveChangesAsync();
        });

        await CreateAsync(new NewStudent("Maryam Rahman", null, aisha), hifz.Id);

        var schools = await _host.QueryAsync(db => db.SchoolMemberships.Where(m => m.ParentId == aisha).Select(m => m.SchoolId).ToListAsync());
        Assert.Contains(hifz.Id, schools);
    }

    [Fact]
    public async Task UpdateAddsEmailToChildSoUnlinkWorks()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var zaid = await _families.ChildAsync("Zaid Khan", aisha);

        var updated = await UpdateAsync(zaid, new StudentChanges("Zaid Khan", " zaid@example.org ", null));
        var unlinked = await _families.UnlinkAsync(aisha, zaid);

        var student = await LoadAsync(zaid);
        Assert.True(updated.Succeeded, updated.Message);
        Assert.Equal("Zaid Khan has been updated.", updated.Message);
        Assert.True(unlinked.Succeeded, unlinked.Message);
        Assert.Equal("zaid@example.org", student.Account.Email);
        Assert.Equal(StudentKind.Independent, student.Kind);
    }

    [Fact]
    public async Task UpdateKeepsSavedEmailPermanent()
    {
        var bilal = (await CreateAsync(new NewStudent("Bilal Ahmed", "bilal@example.org", null))).Value!.Id;

        var result = await UpdateAsync(bilal, new StudentChanges("Bilal Ahmed", "other@example.org", null));

        Assert.False(result.Succeeded);
        Assert.Equal("Email", result.Field);
        Assert.Equal(StudentMessages.EmailIsPermanent, result.Message);
        Assert.Equal("bilal@example.org", (await LoadAsync(bilal)).Account.Email);
    }

    [Fact]
    public async Task UpdateRejectsEmailOfAnotherAccount()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var zaid = await _families.ChildAsync("Zaid Khan", aisha);

        var result = await UpdateAsync(zaid, new StudentChanges("Zaid Khan", "AISHA.RAHMAN@example.org", null));

        Assert.False(result.Succeeded);
        Assert.Equal(
            "aisha.rahman@example.org is already linked to an existing account. A new account cannot be created with this email.",
            result.Message);
        Assert.Null((await LoadAsync(zaid)).Account.Email);
    }

    [Fact]
    public async Task UpdateChangesNameAndPhone()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var zaid = await _families.ChildAsync("Zaid Khan", aisha);

        await UpdateAsync(zaid, new StudentChanges(" Zaid A. Khan ", null, "+44 7700 900111"));

        var student = await LoadAsync(zaid);
        Assert.Equal("Zaid A. Khan", student.Account.FullName);
        Assert.Equal("+44 7700 900111", student.Account.PhoneNumber);
        Assert.Null(student.Account.Email);
    }

    private Task<Result> UpdateAsync(Guid studentId, StudentChanges changes) =>
        _host.RunAsync<StudentService, Result>(s => s.UpdateAsync(studentId, changes, FamilyBuilder.Admin, CancellationToken.None));

    private Task<Result<Student>> CreateAsync(NewStudent input, Guid? schoolId = null) =>
        _host.RunAsync<StudentService, Result<Student>>(s =>
            s.CreateAsync(input, schoolId ?? _host.School.Id, FamilyBuilder.Admin, CancellationToken.None));

    private Task<Student> LoadAsync(Guid studentId) =>
        _host.QueryAsync(db => db.Students.Include(s => s.Account).Include(s => s.Enrollments).SingleAsync(s => s.Id == studentId));
}
