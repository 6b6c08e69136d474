using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Parents;
using MarkTrack.Domain.Portal;
using MarkTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Tests.Portal;

/// <summary>
/// Every portal service method returns "not found" for a student the account may not see,
/// and leaves nothing of that student in its result or in the logs.
/// </summary>
public sealed class PortalIsolationTests : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 9, 1);

    private DomainTestHost _host = null!;
    private PortalFamily _family = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await DomainTestHost.StartAsync();
        _family = await PortalFamily.CreateAsync(_host);
        var records = new RecordsBuilder(_host);
        var hifz = await records.ClassAsync("Hifz A", isHifz: true, students: [_family.Maryam, _family.Zaid]);
        await records.LessonAsync(hifz, _family.Zaid, Day, new(114, 1, 114, 6), note: "Zaid's private note");
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task OtherFamilyChildPageIsNotFound()
    {
        var page = await GetPageAsync(_family.AishaAccountId, _family.Zaid);

        Assert.Null(page);
        AssertNothingLoggedAbout(_family.Zaid, "Zaid Khan");
    }

    [Fact]
    public async Task OtherFamilyAcknowledgeIsNotFound()
    {
        var result = await AcknowledgeAsync(_family.AishaAccountId, _family.Zaid);

        Assert.False(result.Succeeded);
        Assert.Equal(PortalAccess.NotFound, result.Message);
        Assert.Equal(0, await _host.QueryAsync(db => db.HifzAcknowledgments.CountAsync()));
        AssertNothingLoggedAbout(_family.Zaid, "Zaid Khan");
    }

    [Fact]
    public async Task CardsListOnlyOwnChildren()
    {
        var aishas = await ListAsync(_family.AishaAccountId);
        var fatimas = await ListAsync(_family.FatimaAccountId);

        Assert.Equal(["Maryam Rahman"], aishas.Select(c => c.FullName));
        Assert.Equal(["Zaid Khan"], fatimas.Select(c => c.FullName));
    }

    [Fact]
    public async Task UnknownStudentIsNotFound()
    {
        Assert.Null(await GetPageAsync(_family.AishaAccountId, Guid.NewGuid()));
        Assert.Equal(PortalAccess.NotFound, (await AcknowledgeAsync(_family.AishaAccountId, Guid.NewGuid())).Message);
    }

    [Fact]
    public async Task UnlinkedParentLosesAccess()
    {
        var families = new FamilyBuilder(_host);
        var yusuf = await _host.QueryAsync(db => db.Parents.Where(p => p.AccountId == _family.YusufAccountId).Select(p => p.Id).SingleAsync());
        Assert.True((await families.UnlinkAsync(yusuf, _family.Maryam)).Succeeded);

        Assert.Null(await GetPageAsync(_family.YusufAccountId, _family.Maryam));
        Assert.Empty(await ListAsync(_family.YusufAccountId));
        Assert.NotNull(await GetPageAsync(_family.AishaAccountId, _family.Maryam));
    }

    [Fact]
    public async Task ArchivedParentSeesNothing()
    {
        var fatima = await _host.QueryAsync(db => db.Parents.Where(p => p.AccountId == _family.FatimaAccountId).Select(p => p.Id).SingleAsync());
        var archived = await _host.RunAsync<ParentLifecycle, Result>(l => l.ArchiveAsync(fatima, FamilyBuilder.Admin, CancellationToken.None));
        Assert.True(archived.Succeeded, archived.Message);

        Assert.Null(await GetPageAsync(_family.FatimaAccountId, _family.Zaid));
        Assert.Empty(await ListAsync(_family.FatimaAccountId));
    }

    [Fact]
    public async Task ChildAccountSeesNothing()
    {
        var maryamAccount = await PortalFamily.StudentAccountOfAsync(_host, _family.Maryam);

        Assert.Null(await GetPageAsync(maryamAccount, _family.Maryam));
        Assert.Empty(await ListAsync(maryamAccount));
    }

    [Fact]
    public async Task IndependentStudentSeesOnlySelf()
    {
        var families = new FamilyBuilder(_host);
        var bilal = await families.IndependentAsync("Bilal Ahmed", "bilal@example.org");
        var bilalAccount = await PortalFamily.StudentAccountOfAsync(_host, bilal);

        Assert.NotNull(await GetPageAsync(bilalAccount, bilal));
        Assert.Null(await GetPageAsync(bilalAccount, _family.Zaid));
        Assert.Equal(PortalAccess.NotFound, (await AcknowledgeAsync(bilalAccount, _family.Zaid)).Message);
    }

    [Fact]
    public async Task AdminAccountSeesNoChild()
    {
        var admin = await _host.QueryAsync(db => db.Users.Where(u => u.Kind == AccountKind.Admin).Select(u => u.Id).SingleAsync());

        Assert.Null(await GetPageAsync(admin, _family.Zaid));
        Assert.Empty(await ListAsync(admin));
    }

    private void AssertNothingLoggedAbout(Guid studentId, string fullName)
    {
        Assert.Contains(_host.Logs.Entries, e => e.Message.Contains("returned not found"));
        Assert.DoesNotContain(_host.Logs.Entries, e => e.Category.Contains("Portal") && e.Mentions(studentId.ToString()));
        Assert.DoesNotContain(_host.Logs.Entries, e => e.Mentions(fullName));
        Assert.DoesNotContain(_host.Logs.Entries, e => e.Mentions("Zaid's private note"));
    }

    private Task<ChildPage?> GetPageAsync(string accountId, Guid studentId) =>
        _host.RunAsync<ChildRecords, ChildPage?>(r => r.GetPageAsync(accountId, studentId, CancellationToken.None));

    private Task<Result> AcknowledgeAsync(string accountId, Guid studentId) =>
        _host.RunAsync<ChildRecords, Result>(r => r.AcknowledgeHifzAsync(accountId, studentId, CancellationToken.None));

    private Task<IReadOnlyList<PortalChild>> ListAsync(string accountId) =>
        _host.RunAsync<PortalDirectory, IReadOnlyList<PortalChild>>(d => d.ListChildrenAsync(accountId, CancellationToken.None));
}
