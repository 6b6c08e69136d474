using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Parents;
using MarkTrack.Domain.Students;
using MarkTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Tests.Parents;

public sealed class ParentActivationServiceTests : IAsyncLifetime
{
    private DomainTestHost _host = null!;
    private Parent _parent = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await DomainTestHost.StartAsync();
        _parent = await TestParents.AddWithWelcomeAsync(_host, "Aisha Rahman", "aisha@example.org");
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task DeactivateBlocksSignIn()
    {
        var result = await DeactivateAsync();

        var account = await FindAccountAsync();
        Assert.True(result.Succeeded);
        Assert.Equal(
            "Aisha Rahman has been deactivated and can no longer sign in. Any open session has ended.",
            result.Message);
        Assert.True(account.IsDeactivated);
        Assert.False(account.CanSignIn);
    }

    [Fact]
    public async Task DeactivateChangesSecurityStamp()
    {
        var stampBefore = (await FindAccountAsync()).SecurityStamp;

        await DeactivateAsync();

        Assert.NotEqual(stampBefore, (await FindAccountAsync()).SecurityStamp);
    }

    [Fact]
    public async Task DeactivateEndsValidSession()
    {
        var stamp = (await FindAccountAsync()).SecurityStamp;
        var validBefore = await IsSessionValidAsync(stamp);

        await DeactivateAsync();

        Assert.True(validBefore);
        Assert.False(await IsSessionValidAsync(stamp));
        Assert.False(await IsSessionValidAsync((await FindAccountAsync()).SecurityStamp));
    }

    [Fact]
    public async Task DeactivatedParentStaysListedWithChild()
    {
        await AddChildAsync("Maryam Rahman");

        await DeactivateAsync();

        var page = await _host.RunAsync<ParentDirectory, ParentPage>(d =>
            d.ListAsync(_host.School.Id, null, 0, 25, CancellationToken.None));
        var row = Assert.Single(page.Rows);
        Assert.Equal(_parent.Id, row.Id);
        Assert.Equal(1, row.ChildCount);
        var profile = await _host.RunAsync<ParentDirectory, ParentProfile?>(d =>
            d.GetProfileAsync(_parent.Id, CancellationToken.None));
        Assert.True(profile!.IsDeactivated);
        Assert.Equal("Maryam Rahman", Assert.Single(profile.Children).FullName);
    }

    [Fact]
    public async Task DeactivateTwiceIsRejected()
    {
        await DeactivateAsync();

        var result = await DeactivateAsync();

        Assert.False(result.Succeeded);
        Assert.Equal("Aisha Rahman is already deactivated.", result.Message);
    }

    [Fact]
    public async Task ReactivateRestoresSignIn()
    {
        await DeactivateAsync();

        var result = await _host.RunAsync<ParentActivationService, Result>(s =>
            s.ReactivateAsync(_parent.Id, CancellationToken.None));

        var account = await FindAccountAsync();
        Assert.True(result.Succeeded);
        Assert.Equal("Aisha Rahman has been reactivated and can sign in again.", result.Message);
        Assert.False(account.IsDeactivated);
        Assert.True(account.CanSignIn);
    }

    [Fact]
    public async Task ReactivateActiveParentIsRejected()
    {
        var result = await _host.RunAsync<ParentActivationService, Result>(s =>
            s.ReactivateAsync(_parent.Id, CancellationToken.None));

        Assert.False(result.Succeeded);
        Assert.Equal("Aisha Rahman is already active.", result.Message);
    }

    [Fact]
    public async Task DeactivateUnknownParentIsRejected()
    {
        var result = await _host.RunAsync<ParentActivationService, Result>(s =>
            s.DeactivateAsync(Guid.NewGuid(), CancellationToken.None));

        Assert.False(result.Succeeded);
        Assert.Equal(ParentMessages.NotFound, result.Message);
    }

    private Task<Result> DeactivateAsync() =>
        _host.RunAsync<ParentActivationService, Result>(s => s.DeactivateAsync(_parent.Id, CancellationToken.None));

    private Task<Account> FindAccountAsync() =>
        _host.QueryAsync(db => db.Users.SingleAsync(a => a.Id == _parent.AccountId));

    private Task<bool> IsSessionValidAsync(string? securityStamp) =>
        _host.RunAsync<AccountSessionValidator, bool>(v =>
            v.IsValidAsync(_parent.AccountId, securityStamp, CancellationToken.None));

    private Task AddChildAsync(string fullName) =>
        _host.QueryAsync(async db =>
        {
            var now = _host.Clock.GetUtcNow().UtcDateTime;
            var parent = await db.Parents.SingleAsync(p => p.Id == _parent.Id);
            var account = new Account(AccountKind.Student, _host.School.OrganizationId, fullName, null, now);
            db.Students.Add(Student.CreateChild(account, parent, _host.School.Id, now));
            return await db.SaveChangesAsync();
        });
}
