using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Data;
using MarkTrack.Tests.Infrastructure;
using MarkTrack.Tests.Parents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MarkTrack.Tests.Accounts;

public sealed class TemporaryPasswordIssuerTests : IAsyncLifetime
{
    private DomainTestHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await DomainTestHost.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task IssueRejectsUntrackedAccount()
    {
        var parent = await TestParents.AddWithoutEmailsAsync(_host, "Omar Siddiqui", "omar@example.org");
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarkTrackDbContext>();
        var untracked = await db.Users.AsNoTracking().SingleAsync(a => a.Id == parent.AccountId, Xunit.TestContext.Current.CancellationToken);

        var issue = () => scope.ServiceProvider.GetRequiredService<TemporaryPasswordIssuer>().IssueAsync(untracked);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(issue);
        Assert.Contains(parent.AccountId, error.Message);
    }

    [Fact]
    public async Task IssueSavesWithCallersSave()
    {
        var parent = await TestParents.AddWithoutEmailsAsync(_host, "Omar Siddiqui", "omar@example.org");
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarkTrackDbContext>();
        var account = await db.Users.SingleAsync(a => a.Id == parent.AccountId, Xunit.TestContext.Current.CancellationToken);

        await scope.ServiceProvider.GetRequiredService<TemporaryPasswordIssuer>().IssueAsync(account);
        await db.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);

        var saved = await _host.QueryAsync(d => d.Users.SingleAsync(a => a.Id == parent.AccountId));
        Assert.True(AccountPasswordHasher.IsTemporaryHash(saved.PasswordHash));
        Assert.True(saved.MustChangePassword);
        Assert.NotNull(saved.SecurityStamp);
    }
}
