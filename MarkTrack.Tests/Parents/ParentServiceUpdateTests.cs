using MarkTrack.Domain.Common;
using MarkTrack.Domain.Parents;
using MarkTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Tests.Parents;

public sealed class ParentServiceUpdateTests : IAsyncLifetime
{
    private DomainTestHost _host = null!;
    private Guid _parentId;

    public async ValueTask InitializeAsync()
    {
        _host = await DomainTestHost.StartAsync();
        var created = await _host.RunAsync<ParentService, Result<Parent>>(s =>
            s.CreateAsync(new NewParent("Aisha Rahman", "aisha@example.org", "0207 946 0011"), _host.School.Id, CancellationToken.None));
        _parentId = created.Value!.Id;
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task UpdateChangesNamePhoneAndAddress()
    {
        var result = await UpdateAsync(new ParentChanges(" Aisha R. Rahman ", "+44 7700 900123", "1 Mosque Lane\nLeeds"));

        var parent = await _host.QueryAsync(db => db.Parents.Include(p => p.Account).SingleAsync());
        Assert.True(result.Succeeded);
        Assert.Equal("Aisha R. Rahman has been updated.", result.Message);
        Assert.Equal("Aisha R. Rahman", parent.Account.FullName);
        Assert.Equal("+44 7700 900123", parent.Account.PhoneNumber);
        Assert.Equal("1 Mosque Lane\nLeeds", parent.Address);
        Assert.Equal("aisha@example.org", parent.Account.Email);
    }

    [Fact]
    public async Task UpdateClearsEmptyPhone()
    {
        await UpdateAsync(new ParentChanges("Aisha Rahman", "  ", null));

        var phone = await _host.QueryAsync(db => db.Parents.Select(p => p.Account.PhoneNumber).SingleAsync());
        Assert.Null(phone);
    }

    [Fact]
    public async Task UpdateRejectsBlankNameAndKeepsOldOne()
    {
        var result = await UpdateAsync(new ParentChanges(" ", "+44 7700 900123", null));

        var parent = await _host.QueryAsync(db => db.Parents.Include(p => p.Account).SingleAsync());
        Assert.False(result.Succeeded);
        Assert.Equal("FullName", result.Field);
        Assert.Equal("Aisha Rahman", parent.Account.FullName);
        Assert.Equal("0207 946 0011", parent.Account.PhoneNumber);
    }

    [Fact]
    public async Task UpdateRejectsAddressOver500Characters()
    {
        var result = await UpdateAsync(new ParentChanges("Aisha Rahman", null, new string('x', 501)));

        Assert.False(result.Succeeded);
        Assert.Equal("Address", result.Field);
    }

    [Fact]
    public async Task UpdateOfUnknownParentReturnsNotFound()
    {
        var result = await _host.RunAsync<ParentService, Result>(s =>
            s.UpdateAsync(Guid.NewGuid(), new ParentChanges("X", null, null), CancellationToken.None));

        Assert.False(result.Succeeded);
        Assert.Equal(ParentMessages.NotFound, result.Message);
    }

    private Task<Result> UpdateAsync(ParentChanges changes) =>
        _host.RunAsync<ParentService, Result>(s => s.UpdateAsync(_parentId, changes, CancellationToken.None));
}
