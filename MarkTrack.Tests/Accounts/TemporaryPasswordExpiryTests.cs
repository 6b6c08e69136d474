using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Parents;
using MarkTrack.Tests.Infrastructure;
using MarkTrack.Tests.Parents;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MarkTrack.Tests.Accounts;

public sealed class TemporaryPasswordExpiryTests : IAsyncLifetime
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
    public async Task PasswordValidJustBeforeFourteenDays()
    {
        _host.Clock.Advance(TimeSpan.FromDays(14) - TimeSpan.FromMinutes(1));

        Assert.False(await IsExpiredAsync());
    }

    [Fact]
    public async Task PasswordExpiresAfterFourteenDays()
    {
        _host.Clock.Advance(TimeSpan.FromDays(14));

        Assert.True(await IsExpiredAsync());
    }

    [Fact]
    public async Task ChosenPasswordNeverExpires()
    {
        var temporaryPassword = await TestParents.ReadNewestPasswordAsync(_host, _parent);
        await _host.RunAsync<UserManager<Account>>(async users =>
            await users.ChangePasswordAsync((await users.FindByIdAsync(_parent.AccountId))!, temporaryPassword, "Aisha-Own-Password-7"));

        _host.Clock.Advance(TimeSpan.FromDays(400));

        Assert.False(await IsExpiredAsync());
    }

    [Fact]
    public async Task ResendStartsNewLifetime()
    {
        _host.Clock.Advance(TimeSpan.FromDays(20));
        await _host.RunAsync<ParentCredentialsService>(s => s.SendAsync(_parent.Id, _host.School.Id, CancellationToken.None));

        _host.Clock.Advance(TimeSpan.FromDays(13));

        Assert.False(await IsExpiredAsync());
    }

    private async Task<bool> IsExpiredAsync()
    {
        var account = await _host.QueryAsync(db => db.Users.SingleAsync(a => a.Id == _parent.AccountId));
        return _host.Services.GetRequiredService<TemporaryPasswordExpiry>().IsExpired(account);
    }
}
