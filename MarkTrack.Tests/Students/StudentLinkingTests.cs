using MarkTrack.Domain.Audit;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Email;
using MarkTrack.Domain.Parents;
using MarkTrack.Domain.Schools;
using MarkTrack.Domain.Students;
using MarkTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MarkTrack.Tests.Students;

public sealed class StudentLinkingTests : IAsyncLifetime
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
    public async Task LinkFillsSecondSlot()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var yusuf = await _families.ParentAsync("Yusuf Rahman");
        var maryam = await _families.ChildAsync("Maryam Rahman", aisha);

        var result = await _families.LinkAsync(yusuf, maryam);

        var student = await LoadAsync(maryam);
        Assert.True(result.Succeeded);
        Assert.Equal("Maryam Rahman has been linked as a child of Yusuf Rahman", result.Message);
        Assert.Equal(aisha, student.Parent1Id);
        Assert.Equal(yusuf, student.Parent2Id);
    }

    [Fact]
    public async Task LinkRejectsThirdParent()
    {
        var (aisha, yusuf, maryam) = await TwoParentFamilyAsync();
        var omar = await _families.ParentAsync("Omar Siddiqui");

        var result = await _families.LinkAsync(omar, maryam);

        var student = await LoadAsync(maryam);
        Assert.False(result.Succeeded);
        Assert.Equal("Maryam Rahman already has two parents linked. Please unlink one first.", result.Message);
        Assert.Equal(aisha, student.Parent1Id);
        Assert.Equal(yusuf, student.Parent2Id);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task LinkRejectsSameParentTwice(int slot)
    {
        var (aisha, yusuf, maryam) = await TwoParentFamilyAsync();

        var result = await _families.LinkAsync(slot == 1 ? aisha : yusuf, maryam);

        Assert.False(result.Succeeded);
        Assert.Equal(
            $"Maryam Rahman is already linked to {(slot == 1 ? "Aisha Rahman" : "Yusuf Rahman")}.",
            result.Message);
    }

    [Fact]
    public async Task LinkTurnsIndependentStudentIntoChild()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var bilal = await _families.IndependentAsync("Bilal Ahmed", "bilal@example.org");

        var result = await _families.LinkAsync(aisha, bilal);

        var student = await LoadAsync(bilal);
        Assert.True(result.Succeeded);
        Assert.Equal(StudentKind.Child, student.Kind);
        Assert.Equal(aisha, student.Parent1Id);
        Assert.Null(student.Parent2Id);
        Assert.False(student.Account.LoginEnabled);
        Assert.Equal("bilal@example.org", student.Account.Email);
    }

    [Fact]
    public async Task LinkCopiesParentPhoneToChildWithoutOne()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var yusuf = await _families.ParentAsync("Yusuf Rahman", phone: "+44 7700 900555");
        var bilal = await _families.IndependentAsync("Bilal Ahmed", "bilal@example.org");
        await _families.LinkAsync(aisha, bilal);

        await _families.LinkAsync(yusuf, bilal);

        var student = await LoadAsync(bilal);
        Assert.Equal("+44 7700 900555", student.Account.PhoneNumber);
        Assert.Equal("bilal@example.org", student.Account.Email);
    }

    [Fact]
    public async Task LinkKeepsChildsOwnPhone()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman", phone: "+44 20 7946 0011");
        var yusuf = await _families.ParentAsync("Yusuf Rahman", phone: "+44 7700 900555");
        var maryam = await _families.ChildAsync("Maryam Rahman", aisha);

        await _families.LinkAsync(yusuf, maryam);

        Assert.Equal("+44 20 7946 0011", (await LoadAsync(maryam)).Account.PhoneNumber);
    }

    [Fact]
    public async Task LinkAddsParentToChildsSchools()
    {
        var hifz = await AddSchoolAsync("Hifz Academy");
        var aisha = await _families.ParentAsync("Aisha Rahman", schoolId: hifz.Id);
        var yusuf = await _families.ParentAsync("Yusuf Rahman");
        var maryam = await _families.ChildAsync("Maryam Rahman", aisha, schoolId: hifz.Id);
        await EnrollAsync(maryam, _host.School.Id);

        await _families.LinkAsync(yusuf, maryam);

        var schools = await _host.QueryAsync(db => db.SchoolMemberships
            .Where(m => m.ParentId == yusuf)
            .Select(m => m.SchoolId)
            .ToListAsync());
        Assert.Contains(hifz.Id, schools);
        Assert.Contains(_host.School.Id, schools);
        Assert.Equal(2, schools.Count);
    }

    [Fact]
    public async Task UnlinkParent2RemovesLink()
    {
        var (aisha, yusuf, maryam) = await TwoParentFamilyAsync();

        var result = await _families.UnlinkAsync(yusuf, maryam);

        var student = await LoadAsync(maryam);
        Assert.True(result.Succeeded);
        Assert.Equal("Link to Maryam Rahman has been removed.", result.Message);
        Assert.Equal(aisha, student.Parent1Id);
        Assert.Null(student.Parent2Id);
    }

    [Fact]
    public async Task UnlinkParent1PromotesParent2()
    {
        var (_, yusuf, maryam) = await TwoParentFamilyAsync();
        var aisha = (await LoadAsync(maryam)).Parent1Id!.Value;

        var result = await _families.UnlinkAsync(aisha, maryam);

        var student = await LoadAsync(maryam);
        Assert.True(result.Succeeded);
        Assert.Equal("Link to Maryam Rahman has been removed. The second parent is now the primary.", result.Message);
        Assert.Equal(yusuf, student.Parent1Id);
        Assert.Null(student.Parent2Id);
        Assert.Equal(StudentKind.Child, student.Kind);
    }

    [Fact]
    public async Task UnlinkOnlyParentWithoutEmailIsRefused()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var zaid = await _families.ChildAsync("Zaid Khan", aisha);

        var result = await _families.UnlinkAsync(aisha, zaid);

        var student = await LoadAsync(zaid);
        Assert.False(result.Succeeded);
        Assert.Equal("Cannot unlink: student needs an email address to become independent.", result.Message);
        Assert.Equal(aisha, student.Parent1Id);
        Assert.Equal(StudentKind.Child, student.Kind);
    }

    [Fact]
    public async Task UnlinkOnlyParentMakesStudentIndependent()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var hafsa = await _families.ChildAsync("Hafsa Khan", aisha, email: "hafsa@example.org");

        var result = await _families.UnlinkAsync(aisha, hafsa);

        var student = await LoadAsync(hafsa);
        Assert.True(result.Succeeded);
        Assert.Equal(
            "Link to Hafsa Khan has been removed. Hafsa Khan is now an independent student; login details have been emailed to hafsa@example.org.",
            result.Message);
        Assert.Equal(StudentKind.Independent, student.Kind);
        Assert.Null(student.Parent1Id);
        Assert.True(student.Account.LoginEnabled);
        Assert.True(student.Account.MustChangePassword);
    }

    [Fact]
    public async Task UnlinkOnlyParentEmailsStudentCredentials()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var hafsa = await _families.ChildAsync("Hafsa Khan", aisha, email: "hafsa@example.org");

        await _families.UnlinkAsync(aisha, hafsa);

        var message = await _host.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.ToAddress == "hafsa@example.org"));
        Assert.Equal(OutboxStatus.Queued, message.Status);
        Assert.NotNull(message.ProtectedSecret);
        Assert.Contains($"Temporary password: {EmailContent.SecretPlaceholder}", message.TextBody);
    }

    [Fact]
    public async Task UnlinkAlreadyRemovedLinkSaysSo()
    {
        var (_, yusuf, maryam) = await TwoParentFamilyAsync();
        await _families.UnlinkAsync(yusuf, maryam);

        var result = await _families.UnlinkAsync(yusuf, maryam);

        Assert.False(result.Succeeded);
        Assert.Equal(
            "Yusuf Rahman is no longer linked to Maryam Rahman. Another admin may have removed the link; reload the page to see the current parents.",
            result.Message);
    }

    [Fact]
    public async Task UnlinkNeverDeletesRecords()
    {
        var (aisha, yusuf, maryam) = await TwoParentFamilyAsync();
        var studentsBefore = await _host.QueryAsync(db => db.Students.CountAsync());
        var parentsBefore = await _host.QueryAsync(db => db.Parents.CountAsync());

        await _families.UnlinkAsync(yusuf, maryam);
        await _families.UnlinkAsync(aisha, maryam);

        Assert.Equal(studentsBefore, await _host.QueryAsync(db => db.Students.CountAsync()));
        Assert.Equal(parentsBefore, await _host.QueryAsync(db => db.Parents.CountAsync()));
        Assert.Equal(1, await _host.QueryAsync(db => db.Enrollments.CountAsync(e => e.StudentId == maryam)));
    }

    [Fact]
    public async Task LinkUnknownStudentIsNotFound()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");

        var result = await _families.LinkAsync(aisha, Guid.NewGuid());

        Assert.False(result.Succeeded);
        Assert.Equal(StudentMessages.StudentNotFound, result.Message);
    }

    [Fact]
    public async Task LinkUnknownParentIsNotFound()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var maryam = await _families.ChildAsync("Maryam Rahman", aisha);

        var result = await _families.LinkAsync(Guid.NewGuid(), maryam);

        Assert.False(result.Succeeded);
        Assert.Equal(StudentMessages.ParentNotFound, result.Message);
    }

    [Fact]
    public async Task LinkStudentIdAsParentIdIsNotFound()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var maryam = await _families.ChildAsync("Maryam Rahman", aisha);

        var result = await _families.LinkAsync(maryam, maryam);

        Assert.False(result.Succeeded);
        Assert.Equal(StudentMessages.ParentNotFound, result.Message);
    }

    [Fact]
    public async Task LinkArchivedParentIsRefused()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var yusuf = await _families.ParentAsync("Yusuf Rahman");
        var maryam = await _families.ChildAsync("Maryam Rahman", aisha);
        await ArchiveAccountAsync(db => db.Parents.Where(p => p.Id == yusuf).Select(p => p.AccountId));

        var result = await _families.LinkAsync(yusuf, maryam);

        Assert.False(result.Succeeded);
        Assert.Equal("Yusuf Rahman is archived. Restore the parent before linking.", result.Message);
        Assert.Null((await LoadAsync(maryam)).Parent2Id);
    }

    [Fact]
    public async Task LinkArchivedStudentIsRefused()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var yusuf = await _families.ParentAsync("Yusuf Rahman");
        var maryam = await _families.ChildAsync("Maryam Rahman", aisha);
        await ArchiveAccountAsync(db => db.Students.Where(s => s.Id == maryam).Select(s => s.AccountId));

        var result = await _families.LinkAsync(yusuf, maryam);

        Assert.False(result.Succeeded);
        Assert.Equal("Maryam Rahman is archived. Restore the student before linking.", result.Message);
    }

    [Fact]
    public async Task UnlinkRejectsOutcomeChangedSinceConfirmation()
    {
        var fatima = await _families.ParentAsync("Fatima Khan");
        var tess = await _families.ParentAsync("Tess Parent");
        var hafsa = await _families.ChildAsync("Hafsa Khan", fatima, email: "hafsa@example.org");
        await _families.LinkAsync(tess, hafsa);
        await _families.UnlinkAsync(tess, hafsa);

        var result = await _host.RunAsync<StudentLinking, Result>(s =>
            s.UnlinkAsync(fatima, hafsa, FamilyBuilder.Admin, CancellationToken.None, UnlinkOutcome.SecondParentPromoted));

        var student = await LoadAsync(hafsa);
        Assert.False(result.Succeeded);
        Assert.Equal(StudentMessages.ParentsChangedMeanwhile, result.Message);
        Assert.Equal(StudentKind.Child, student.Kind);
        Assert.Equal(fatima, student.Parent1Id);
        Assert.Equal(0, await _host.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == "hafsa@example.org")));
    }

    [Fact]
    public async Task UnlinkArchivedStudentIsRefused()
    {
        var bea = await _families.ParentAsync("Bea Parent");
        var ben = await _families.ChildAsync("Ben Child", bea, email: "ben@example.org");
        await _host.RunAsync<ParentLifecycle, Result>(l => l.ArchiveAsync(bea, FamilyBuilder.Admin, CancellationToken.None));

        var result = await _families.UnlinkAsync(bea, ben);

        Assert.False(result.Succeeded);
        Assert.Equal("Ben Child is archived. Restore the student before unlinking.", result.Message);
        Assert.Equal(StudentKind.Child, (await LoadAsync(ben)).Kind);
    }

    [Fact]
    public async Task UnlinkRefusesToPromoteArchivedParent()
    {
        var cal = await _families.ParentAsync("Cal Parent");
        var cid = await _families.ParentAsync("Cid Parent");
        var cora = await _families.ChildAsync("Cora Child", cal);
        await _families.LinkAsync(cid, cora);
        await _host.RunAsync<ParentLifecycle, Result>(l => l.ArchiveAsync(cal, FamilyBuilder.Admin, CancellationToken.None));

        var result = await _families.UnlinkAsync(cid, cora);

        var student = await LoadAsync(cora);
        Assert.False(result.Succeeded);
        Assert.Equal(
            "Cannot unlink: Cal Parent is archived, so Cora Child would be left without an active parent. Restore Cal Parent or link another parent first.",
            result.Message);
        Assert.Equal(cid, student.Parent1Id);
        Assert.Equal(cal, student.Parent2Id);
    }

    [Fact]
    public async Task LinkAndUnlinkAreAudited()
    {
        var (aisha, yusuf, maryam) = await TwoParentFamilyAsync();

        await _families.UnlinkAsync(aisha, maryam);

        var entries = await _host.QueryAsync(db => db.AuditEntries
            .Where(e => e.StudentId == maryam)
            .OrderBy(e => e.Id)
            .ToListAsync());
        Assert.Equal(
            [AuditAction.StudentCreated, AuditAction.Linked, AuditAction.Unlinked, AuditAction.PromotedToParent1],
            entries.Select(e => e.Action));
        var link = entries[1];
        Assert.Equal("Parent 1: Aisha Rahman; Parent 2: none", link.Before);
        Assert.Equal("Parent 1: Aisha Rahman; Parent 2: Yusuf Rahman", link.After);
        Assert.Equal(yusuf, link.ParentId);
        Assert.Equal(FamilyBuilder.Admin.FullName, link.ActorName);
        var unlink = entries[2];
        Assert.Equal("Parent 1: Yusuf Rahman; Parent 2: none", unlink.After);
        Assert.Equal(aisha, unlink.ParentId);
    }

    [Fact]
    public async Task ConcurrentLinksNeverMakeThreeParents()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var yusuf = await _families.ParentAsync("Yusuf Rahman");
        var omar = await _families.ParentAsync("Omar Siddiqui");
        var maryam = await _families.ChildAsync("Maryam Rahman", aisha);

        var results = await Task.WhenAll(
            Task.Run(() => _families.LinkAsync(yusuf, maryam), Xunit.TestContext.Current.CancellationToken),
            Task.Run(() => _families.LinkAsync(omar, maryam), Xunit.TestContext.Current.CancellationToken));

        var student = await LoadAsync(maryam);
        Assert.Single(results, r => r.Succeeded);
        Assert.Single(results, r => r.Message == "Maryam Rahman already has two parents linked. Please unlink one first.");
        Assert.Equal(aisha, student.Parent1Id);
        Assert.Contains(student.Parent2Id!.Value, new[] { yusuf, omar });
    }

    [Fact]
    public async Task VersionTokenRejectsStaleSlotWrite()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var yusuf = await _families.ParentAsync("Yusuf Rahman");
        var omar = await _families.ParentAsync("Omar Siddiqui");
        var maryam = await _families.ChildAsync("Maryam Rahman", aisha);
        await using var firstScope = _host.Services.CreateAsyncScope();
        await using var secondScope = _host.Services.CreateAsyncScope();
        var first = firstScope.ServiceProvider.GetRequiredService<StudentLoader>();
        var second = secondScope.ServiceProvider.GetRequiredService<StudentLoader>();
        var firstCopy = (await first.LoadStudentAsync(maryam, CancellationToken.None))!;
        var secondCopy = (await second.LoadStudentAsync(maryam, CancellationToken.None))!;

        firstCopy.LinkParent((await first.LoadParentAsync(yusuf, CancellationToken.None))!);
        secondCopy.LinkParent((await second.LoadParentAsync(omar, CancellationToken.None))!);
        await firstScope.ServiceProvider.GetRequiredService<MarkTrack.Domain.Data.MarkTrackDbContext>().SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() =>
            secondScope.ServiceProvider.GetRequiredService<MarkTrack.Domain.Data.MarkTrackDbContext>().SaveChangesAsync(Xunit.TestContext.Current.CancellationToken));
        Assert.Equal(yusuf, (await LoadAsync(maryam)).Parent2Id);
    }

    private async Task<(Guid Aisha, Guid Yusuf, Guid Maryam)> TwoParentFamilyAsync()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var yusuf = await _families.ParentAsync("Yusuf Rahman");
        var maryam = await _families.ChildAsync("Maryam Rahman", aisha);
        var linked = await _families.LinkAsync(yusuf, maryam);
        Assert.True(linked.Succeeded, linked.Message);
        return (aisha, yusuf, maryam);
    }

    private Task<Student> LoadAsync(Guid studentId) =>
        _host.QueryAsync(db => db.Students.Include(s => s.Account).SingleAsync(s => s.Id == studentId));

    private async Task<School> AddSchoolAsync(string name)
    {
        var school = new School(_host.School.OrganizationId, name);
        await _host.QueryAsync(async db =>
        {
            db.Schools.Add(school);
            return await db.SaveChangesAsync();
        });
        return school;
    }

    private Task<int> EnrollAsync(Guid studentId, Guid schoolId) =>
        _host.QueryAsync(async db =>
        {
            db.Enrollments.Add(new Enrollment(studentId, schoolId, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });

    private Task<int> ArchiveAccountAsync(Func<MarkTrack.Domain.Data.MarkTrackDbContext, IQueryable<string>> accountId) =>
        _host.QueryAsync(db =>
        {
            var id = accountId(db).Single();
            return db.Database.ExecuteSqlAsync($"UPDATE AspNetUsers SET ArchivedAt = '2026-09-01 00:00:00' WHERE Id = {id}");
        });
}
