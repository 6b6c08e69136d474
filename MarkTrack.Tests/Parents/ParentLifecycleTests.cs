using MarkTrack.Domain.Audit;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Parents;
using MarkTrack.Domain.Students;
using MarkTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Tests.Parents;

public sealed class ParentLifecycleTests : IAsyncLifetime
{
    private DomainTestHost _host = null!;
    private FamilyBuilder _families = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await DomainTestHost.StartAsync();
        _families = new FamilyBuilder(_host);
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(0, 0, "Aisha Rahman archived.")]
    [InlineData(1, 0, "Aisha Rahman archived. 1 child archived.")]
    [InlineData(2, 0, "Aisha Rahman archived. 2 children archived.")]
    [InlineData(0, 1, "Aisha Rahman archived. 1 child kept (second parent promoted to primary).")]
    [InlineData(2, 1, "Aisha Rahman archived. 2 children archived; 1 child kept (second parent promoted to primary).")]
    [InlineData(1, 2, "Aisha Rahman archived. 1 child archived; 2 children kept (second parent promoted to primary).")]
    public async Task ArchiveMessageCountsChildren(int soloChildren, int sharedChildren, string expected)
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var yusuf = await _families.ParentAsync("Yusuf Rahman");
        for (var i = 0; i < soloChildren; i++)
            await _families.ChildAsync($"Solo Child {i}", aisha);
        for (var i = 0; i < sharedChildren; i++)
        {
            var child = await _families.ChildAsync($"Shared Child {i}", aisha);
            await _families.LinkAsync(yusuf, child);
        }

        var result = await ArchiveAsync(aisha);

        Assert.True(result.Succeeded);
        Assert.Equal(expected, result.Message);
    }

    [Fact]
    public async Task ArchiveTakesSoloChildAlong()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var ibrahim = await _families.ChildAsync("Ibrahim Rahman", aisha);

        await ArchiveAsync(aisha);

        var child = await LoadAsync(ibrahim);
        Assert.True(child.Account.IsArchived);
        Assert.Equal(aisha, child.ArchivedWithParentId);
        Assert.Equal(aisha, child.Parent1Id);
    }

    [Fact]
    public async Task ArchiveKeepsSharedChildWithOtherParentFirst()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var yusuf = await _families.ParentAsync("Yusuf Rahman");
        var maryam = await _families.ChildAsync("Maryam Rahman", aisha);
        await _families.LinkAsync(yusuf, maryam);

        await ArchiveAsync(aisha);

        var child = await LoadAsync(maryam);
        Assert.False(child.Account.IsArchived);
        Assert.Null(child.ArchivedWithParentId);
        Assert.Equal(yusuf, child.Parent1Id);
        Assert.Equal(aisha, child.Parent2Id);
    }

    [Fact]
    public async Task ArchiveOfParent2LeavesSlotsAlone()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var yusuf = await _families.ParentAsync("Yusuf Rahman");
        var maryam = await _families.ChildAsync("Maryam Rahman", aisha);
        await _families.LinkAsync(yusuf, maryam);

        var result = await ArchiveAsync(yusuf);

        var child = await LoadAsync(maryam);
        Assert.Equal("Yusuf Rahman archived. 1 child kept (second parent promoted to primary).", result.Message);
        Assert.Equal(aisha, child.Parent1Id);
        Assert.Equal(yusuf, child.Parent2Id);
        Assert.False(child.Account.IsArchived);
    }

    [Fact]
    public async Task ArchiveTakesChildWhoseOtherParentIsArchived()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var yusuf = await _families.ParentAsync("Yusuf Rahman");
        var maryam = await _families.ChildAsync("Maryam Rahman", aisha);
        await _families.LinkAsync(yusuf, maryam);
        await ArchiveAsync(yusuf);

        var result = await ArchiveAsync(aisha);

        var child = await LoadAsync(maryam);
        Assert.Equal("Aisha Rahman archived. 1 child archived.", result.Message);
        Assert.True(child.Account.IsArchived);
        Assert.Equal(aisha, child.ArchivedWithParentId);
    }

    [Fact]
    public async Task ArchiveTwiceIsRefused()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        await ArchiveAsync(aisha);

        var result = await ArchiveAsync(aisha);

        Assert.False(result.Succeeded);
        Assert.Equal("Aisha Rahman is already archived.", result.Message);
    }

    [Fact]
    public async Task PreviewMatchesArchive()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var yusuf = await _families.ParentAsync("Yusuf Rahman");
        await _families.ChildAsync("Ibrahim Rahman", aisha);
        var maryam = await _families.ChildAsync("Maryam Rahman", aisha);
        await _families.LinkAsync(yusuf, maryam);

        var preview = await _host.RunAsync<ParentLifecycle, ArchivePreview?>(l => l.PreviewArchiveAsync(aisha, CancellationToken.None));

        Assert.NotNull(preview);
        Assert.Equal(["Ibrahim Rahman"], preview.ChildrenToArchive);
        var kept = Assert.Single(preview.ChildrenKept);
        Assert.Equal("Maryam Rahman", kept.FullName);
        Assert.Equal("Yusuf Rahman", kept.NewParent1Name);
        Assert.Equal(0, await _host.QueryAsync(db => db.Users.CountAsync(u => u.ArchivedAt != null)));
    }

    [Fact]
    public async Task RestoreBringsBackExactlyArchivedChildren()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var yusuf = await _families.ParentAsync("Yusuf Rahman");
        var ibrahim = await _families.ChildAsync("Ibrahim Rahman", aisha);
        var maryam = await _families.ChildAsync("Maryam Rahman", aisha);
        await _families.LinkAsync(yusuf, maryam);
        await ArchiveAsync(aisha);

        var result = await RestoreAsync(aisha);

        Assert.True(result.Succeeded);
        Assert.Equal("Aisha Rahman restored with 1 child.", result.Message);
        Assert.False((await LoadAsync(ibrahim)).Account.IsArchived);
        Assert.Null((await LoadAsync(ibrahim)).ArchivedWithParentId);
        var shared = await LoadAsync(maryam);
        Assert.False(shared.Account.IsArchived);
        Assert.Equal(yusuf, shared.Parent1Id);
        Assert.Equal(aisha, shared.Parent2Id);
        Assert.False(await _host.QueryAsync(db => db.Parents.Where(p => p.Id == aisha).Select(p => p.Account.ArchivedAt != null).SingleAsync()));
    }

    [Fact]
    public async Task RestoreTwiceIsHarmless()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var ibrahim = await _families.ChildAsync("Ibrahim Rahman", aisha);
        await ArchiveAsync(aisha);
        await RestoreAsync(aisha);

        var again = await RestoreAsync(aisha);

        Assert.True(again.Succeeded);
        Assert.Equal("Aisha Rahman is not archived, so there is nothing to restore.", again.Message);
        Assert.False((await LoadAsync(ibrahim)).Account.IsArchived);
    }

    [Fact]
    public async Task RestoreAfterCoParentUnlinkedLeavesSharedChildAlone()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var yusuf = await _families.ParentAsync("Yusuf Rahman");
        var maryam = await _families.ChildAsync("Maryam Rahman", aisha, email: "maryam@example.org");
        await _families.LinkAsync(yusuf, maryam);
        await ArchiveAsync(aisha);
        await _families.UnlinkAsync(aisha, maryam);

        var result = await RestoreAsync(aisha);

        var child = await LoadAsync(maryam);
        Assert.Equal("Aisha Rahman restored.", result.Message);
        Assert.Equal(yusuf, child.Parent1Id);
        Assert.Null(child.Parent2Id);
        Assert.False(child.Account.IsArchived);
    }

    [Fact]
    public async Task DeleteRequiresArchive()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");

        var result = await DeleteAsync(aisha, "Aisha Rahman");

        Assert.False(result.Succeeded);
        Assert.Equal("Only archived parents can be deleted. Archive Aisha Rahman first.", result.Message);
        Assert.Equal(1, await _host.QueryAsync(db => db.Parents.CountAsync()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("aisha rahman")]
    [InlineData("Aisha")]
    [InlineData(null)]
    public async Task DeleteRequiresTypedName(string? typed)
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        await ArchiveAsync(aisha);

        var result = await DeleteAsync(aisha, typed);

        Assert.False(result.Succeeded);
        Assert.Equal("ConfirmName", result.Field);
        Assert.Equal(1, await _host.QueryAsync(db => db.Parents.CountAsync()));
    }

    [Fact]
    public async Task DeleteRemovesSoloChildrenAndKeepsShared()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var yusuf = await _families.ParentAsync("Yusuf Rahman");
        var ibrahim = await _families.ChildAsync("Ibrahim Rahman", aisha);
        var maryam = await _families.ChildAsync("Maryam Rahman", aisha);
        await _families.LinkAsync(yusuf, maryam);
        await ArchiveAsync(aisha);

        var result = await DeleteAsync(aisha, " Aisha Rahman ");

        Assert.True(result.Succeeded);
        Assert.Equal("Aisha Rahman and 1 child were permanently deleted. 1 child kept with their other parent as Parent 1.", result.Message);
        Assert.False(await _host.QueryAsync(db => db.Parents.AnyAsync(p => p.Id == aisha)));
        Assert.False(await _host.QueryAsync(db => db.Students.AnyAsync(s => s.Id == ibrahim)));
        Assert.False(await _host.QueryAsync(db => db.Users.AnyAsync(u => u.FullName == "Ibrahim Rahman" || u.FullName == "Aisha Rahman")));
        Assert.False(await _host.QueryAsync(db => db.Enrollments.AnyAsync(e => e.StudentId == ibrahim)));
        Assert.False(await _host.QueryAsync(db => db.SchoolMemberships.AnyAsync(m => m.ParentId == aisha)));
        var shared = await LoadAsync(maryam);
        Assert.Equal(yusuf, shared.Parent1Id);
        Assert.Null(shared.Parent2Id);
    }

    [Fact]
    public async Task DeleteKeepsChildWhoseOtherParentWasRestored()
    {
        var dee = await _families.ParentAsync("Dee Parent");
        var eli = await _families.ParentAsync("Eli Parent");
        var dora = await _families.ChildAsync("Dora Child", dee);
        await _families.LinkAsync(eli, dora);
        await ArchiveAsync(eli);
        await ArchiveAsync(dee);
        await RestoreAsync(eli);

        var result = await DeleteAsync(dee, "Dee Parent");

        var child = await LoadAsync(dora);
        Assert.True(result.Succeeded);
        Assert.Equal("Dee Parent was permanently deleted. 1 child kept with their other parent as Parent 1.", result.Message);
        Assert.Equal(eli, child.Parent1Id);
        Assert.Null(child.Parent2Id);
        Assert.False(child.Account.IsArchived);
        Assert.Null(child.ArchivedWithParentId);
    }

    [Fact]
    public async Task ArchiveEndsOpenSessions()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var stampBefore = await _host.QueryAsync(db => db.Parents.Where(p => p.Id == aisha).Select(p => p.Account.SecurityStamp).SingleAsync());

        await ArchiveAsync(aisha);

        var stampAfter = await _host.QueryAsync(db => db.Parents.Where(p => p.Id == aisha).Select(p => p.Account.SecurityStamp).SingleAsync());
        Assert.NotEqual(stampBefore, stampAfter);
    }

    [Fact]
    public async Task DeleteKeepsAuditNamesOnly()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        await _families.ChildAsync("Ibrahim Rahman", aisha);
        await ArchiveAsync(aisha);

        await DeleteAsync(aisha, "Aisha Rahman");

        var entries = await _host.QueryAsync(db => db.AuditEntries.Where(e => e.Action == AuditAction.Deleted).ToListAsync());
        Assert.Contains(entries, e => e.StudentName == "Ibrahim Rahman");
        Assert.Contains(entries, e => e.ParentName == "Aisha Rahman" && e.StudentName == null);
    }

    [Fact]
    public async Task DeleteAfterRestoreIsRefused()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        await ArchiveAsync(aisha);
        await RestoreAsync(aisha);
        await RestoreAsync(aisha);

        var result = await DeleteAsync(aisha, "Aisha Rahman");

        Assert.False(result.Succeeded);
        Assert.Equal("Only archived parents can be deleted. Archive Aisha Rahman first.", result.Message);
    }

    [Fact]
    public async Task DeleteFailureMidwayChangesNothing()
    {
        var aisha = await _families.ParentAsync("Aisha Rahman");
        var yusuf = await _families.ParentAsync("Yusuf Rahman");
        await _families.ChildAsync("Ibrahim Rahman", aisha);
        var maryam = await _families.ChildAsync("Maryam Rahman", aisha);
        await _families.LinkAsync(yusuf, maryam);
        await ArchiveAsync(aisha);
        var before = await SnapshotAsync();
        _host.Failures.FailOn("DELETE FROM \"AspNetUsers\"");

        await Assert.ThrowsAnyAsync<Exception>(() => DeleteAsync(aisha, "Aisha Rahman"));

        _host.Failures.Clear();
        Assert.Equal(before, await SnapshotAsync());
    }

    private async Task<string> SnapshotAsync() => string.Join("|", await _host.QueryAsync(async db =>
    {
        var students = await db.Students.OrderBy(s => s.Id).Select(s => $"{s.Id}:{s.Parent1Id}:{s.Parent2Id}:{s.ArchivedWithParentId}").ToListAsync();
        var users = await db.Users.OrderBy(u => u.Id).Select(u => $"{u.Id}:{u.ArchivedAt}").ToListAsync();
        var parents = await db.Parents.CountAsync();
        var enrollments = await db.Enrollments.CountAsync();
        var memberships = await db.SchoolMemberships.CountAsync();
        var audit = await db.AuditEntries.CountAsync();
        return students.Concat(users).Append($"{parents}/{enrollments}/{memberships}/{audit}").ToList();
    }));

    private Task<Result> ArchiveAsync(Guid parentId) =>
        _host.RunAsync<ParentLifecycle, Result>(l => l.ArchiveAsync(parentId, FamilyBuilder.Admin, CancellationToken.None));

    private Task<Result> RestoreAsync(Guid parentId) =>
        _host.RunAsync<ParentLifecycle, Result>(l => l.RestoreAsync(parentId, FamilyBuilder.Admin, CancellationToken.None));

    private Task<Result> DeleteAsync(Guid parentId, string? typedName) =>
        _host.RunAsync<ParentLifecycle, Result>(l => l.DeleteAsync(parentId, typedName, FamilyBuilder.Admin, CancellationToken.None));

    private Task<Student> LoadAsync(Guid studentId) =>
        _host.QueryAsync(db => db.Students.Include(s => s.Account).SingleAsync(s => s.Id == studentId));
}
