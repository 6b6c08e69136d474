using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Email;
using MarkTrack.Domain.Parents;
using MarkTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Tests.Parents;

public sealed class ParentCredentialsServiceTests : IAsyncLifetime
{
    private DomainTestHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await DomainTestHost.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task FirstSendReturnsSentMessage()
    {
        var parent = await TestParents.AddWithoutEmailsAsync(_host, "Omar Siddiqui", "omar@example.org");

        var result = await SendAsync(parent);

        Assert.True(result.Succeeded);
        Assert.Equal("Login credentials have been emailed to omar@example.org.", result.Message);
    }

    [Fact]
    public async Task SendAfterWelcomeReturnsResendMessage()
    {
        var parent = await TestParents.AddWithWelcomeAsync(_host, "Aisha Rahman", "aisha@example.org");

        var result = await SendAsync(parent);

        Assert.True(result.Succeeded);
        Assert.Equal(
            "New login credentials have been emailed to aisha@example.org. The previous temporary password no longer works.",
            result.Message);
    }

    [Fact]
    public async Task SendQueuesCredentialsEmail()
    {
        var parent = await TestParents.AddWithoutEmailsAsync(_host, "Omar Siddiqui", "omar@example.org");

        await SendAsync(parent);

        var message = await _host.QueryAsync(db => db.OutboxMessages.SingleAsync());
        Assert.Equal("omar@example.org", message.ToAddress);
        Assert.Equal(parent.AccountId, message.AccountId);
        Assert.Equal(CredentialsEmailKind.ParentCredentials, message.CredentialsKind);
        Assert.Equal(OutboxStatus.Queued, message.Status);
        Assert.Contains($"Temporary password: {EmailContent.SecretPlaceholder}", message.TextBody);
    }

    [Fact]
    public async Task SentPasswordMustBeChanged()
    {
        var parent = await TestParents.AddWithoutEmailsAsync(_host, "Omar Siddiqui", "omar@example.org");

        await SendAsync(parent);

        var account = await FindAccountAsync(parent);
        Assert.True(account.MustChangePassword);
        Assert.Equal(_host.Clock.GetUtcNow().UtcDateTime, account.TemporaryPasswordIssuedAt);
    }

    [Fact]
    public async Task ResendMakesOldPasswordFail()
    {
        var parent = await TestParents.AddWithWelcomeAsync(_host, "Aisha Rahman", "aisha@example.org");
        var welcomePassword = await TestParents.ReadNewestPasswordAsync(_host, parent);

        await SendAsync(parent);
        var newPassword = await TestParents.ReadNewestPasswordAsync(_host, parent);

        Assert.NotEqual(welcomePassword, newPassword);
        Assert.False(await CheckPasswordAsync(parent, welcomePassword));
        Assert.True(await CheckPasswordAsync(parent, newPassword));
    }

    [Fact]
    public async Task ResendChangesSecurityStamp()
    {
        var parent = await TestParents.AddWithWelcomeAsync(_host, "Aisha Rahman", "aisha@example.org");
        var stampBefore = (await FindAccountAsync(parent)).SecurityStamp;

        await SendAsync(parent);

        var stampAfter = (await FindAccountAsync(parent)).SecurityStamp;
        Assert.NotNull(stampAfter);
        Assert.NotEqual(stampBefore, stampAfter);
    }

    [Fact]
    public async Task SendRejectsParentWhoSignedIn()
    {
        var parent = await TestParents.AddWithoutEmailsAsync(
            _host, "Omar Siddiqui", "omar@example.org", a => a.RecordSignIn(DateTime.UtcNow));

        var result = await SendAsync(parent);

        Assert.False(result.Succeeded);
        Assert.Equal(
            "Omar Siddiqui has already signed in, so no credentials were sent. "
            + "A parent who forgot their password can use Forgot your password? on the sign-in page.",
            result.Message);
        await AssertNothingQueuedAsync();
    }

    [Fact]
    public async Task SendRejectsDeactivatedParent()
    {
        var parent = await TestParents.AddWithoutEmailsAsync(_host, "Omar Siddiqui", "omar@example.org", a => a.Deactivate());

        var result = await SendAsync(parent);

        Assert.False(result.Succeeded);
        Assert.Equal(
            "Omar Siddiqui is deactivated, so no credentials were sent. Reactivate them on their profile page first.",
            result.Message);
        await AssertNothingQueuedAsync();
    }

    [Fact]
    public async Task SendRejectsArchivedParent()
    {
        var parent = await TestParents.AddWithoutEmailsAsync(_host, "Omar Siddiqui", "omar@example.org");
        await TestParents.ArchiveAsync(_host, parent);

        var result = await SendAsync(parent);

        Assert.False(result.Succeeded);
        Assert.Equal(
            "Omar Siddiqui is archived, so no credentials were sent. Restore them from the Archived list first.",
            result.Message);
        await AssertNothingQueuedAsync();
    }

    [Fact]
    public async Task SendRejectsParentOfOtherSchool()
    {
        var otherSchool = await TestParents.AddSchoolAsync(_host, "Hifz Academy");
        var parent = await TestParents.AddWithoutEmailsAsync(
            _host, "Omar Siddiqui", "omar@example.org", schoolId: otherSchool.Id);

        var result = await SendAsync(parent);

        Assert.False(result.Succeeded);
        Assert.Equal(ParentMessages.NotFound, result.Message);
        await AssertNothingQueuedAsync();
    }

    [Fact]
    public async Task SendRejectsUnknownSchool()
    {
        var parent = await TestParents.AddWithoutEmailsAsync(_host, "Omar Siddiqui", "omar@example.org");

        var result = await _host.RunAsync<ParentCredentialsService, Result>(s =>
            s.SendAsync(parent.Id, Guid.NewGuid(), CancellationToken.None));

        Assert.False(result.Succeeded);
        Assert.Equal(ParentMessages.SchoolNotFound, result.Message);
        await AssertNothingQueuedAsync();
    }

    [Fact]
    public async Task SendStoresFastTemporaryHash()
    {
        var parent = await TestParents.AddWithoutEmailsAsync(_host, "Omar Siddiqui", "omar@example.org");

        await SendAsync(parent);

        var account = await FindAccountAsync(parent);
        Assert.True(AccountPasswordHasher.IsTemporaryHash(account.PasswordHash));
    }

    [Fact]
    public async Task ChosenPasswordGetsPbkdf2Hash()
    {
        var parent = await TestParents.AddWithWelcomeAsync(_host, "Aisha Rahman", "aisha@example.org");
        var temporaryPassword = await TestParents.ReadNewestPasswordAsync(_host, parent);

        var changed = await _host.RunAsync<UserManager<Account>, IdentityResult>(async users =>
            await users.ChangePasswordAsync(
                (await users.FindByIdAsync(parent.AccountId))!,
                temporaryPassword,
                "Aisha-Own-Password-7"));

        var account = await FindAccountAsync(parent);
        Assert.True(changed.Succeeded);
        Assert.False(AccountPasswordHasher.IsTemporaryHash(account.PasswordHash));
        Assert.Equal(0x01, Convert.FromBase64String(account.PasswordHash!)[0]);
        Assert.False(account.MustChangePassword);
        Assert.True(await CheckPasswordAsync(parent, "Aisha-Own-Password-7"));
    }

    [Fact]
    public async Task SendLogsNoPassword()
    {
        var parent = await TestParents.AddWithWelcomeAsync(_host, "Aisha Rahman", "aisha@example.org");
        var welcomePassword = await TestParents.ReadNewestPasswordAsync(_host, parent);

        await SendAsync(parent);
        var newPassword = await TestParents.ReadNewestPasswordAsync(_host, parent);

        Assert.NotEmpty(_host.Logs.Entries);
        Assert.DoesNotContain(_host.Logs.Entries, entry => entry.Mentions(welcomePassword));
        Assert.DoesNotContain(_host.Logs.Entries, entry => entry.Mentions(newPassword));
    }

    private Task<Result> SendAsync(Parent parent) =>
        _host.RunAsync<ParentCredentialsService, Result>(s =>
            s.SendAsync(parent.Id, _host.School.Id, CancellationToken.None));

    private Task<Account> FindAccountAsync(Parent parent) =>
        _host.QueryAsync(db => db.Users.SingleAsync(a => a.Id == parent.AccountId));

    private Task<bool> CheckPasswordAsync(Parent parent, string password) =>
        _host.RunAsync<UserManager<Account>, bool>(async users =>
            await users.CheckPasswordAsync((await users.FindByIdAsync(parent.AccountId))!, password));

    private async Task AssertNothingQueuedAsync() =>
        Assert.Equal(0, await _host.QueryAsync(db => db.OutboxMessages.CountAsync()));
}
