using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Parents;
using MarkTrack.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MarkTrack.Tests.Parents;

public sealed class SendAllCredentialsTests : IAsyncLifetime
{
    private DomainTestHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await DomainTestHost.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task CountIncludesOnlyRecipients()
    {
        var recipients = await AddMixedParentsAsync();

        var count = await CountAsync();

        Assert.Equal(recipients.Count, count);
    }

    [Fact]
    public async Task SendAllEmailsOnlyRecipients()
    {
        var recipients = await AddMixedParentsAsync();

        var result = await SendAllAsync();

        var emailed = await _host.QueryAsync(db => db.OutboxMessages.Select(m => m.AccountId).ToListAsync());
        Assert.True(result.Succeeded);
        Assert.Equal(new SendAllProgress(2, 2, 0), result.Value);
        Assert.Equal(
            recipients.Select(p => p.AccountId).Order(),
            emailed.Order());
    }

    [Fact]
    public async Task SendAllReportsCountInMessage()
    {
        await AddMixedParentsAsync();

        var result = await SendAllAsync();

        Assert.Equal("Login credentials have been emailed to 2 parents.", result.Message);
    }

    [Fact]
    public async Task SendAllWithNoRecipientsSendsNothing()
    {
        await TestParents.AddWithoutEmailsAsync(_host, "Signed In", "in@example.org", a => a.RecordSignIn(DateTime.UtcNow));

        var result = await SendAllAsync();

        Assert.True(result.Succeeded);
        Assert.Equal(0, result.Value!.Sent);
        Assert.Equal(
            "No credentials were sent: every active parent of this school with an email has already signed in.",
            result.Message);
        Assert.Equal(0, await _host.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task SendAllReplacesEarlierPasswords()
    {
        var parent = await TestParents.AddWithWelcomeAsync(_host, "Aisha Rahman", "aisha@example.org");
        var welcomePassword = await TestParents.ReadNewestPasswordAsync(_host, parent);

        await SendAllAsync();
        var newPassword = await TestParents.ReadNewestPasswordAsync(_host, parent);

        Assert.False(await CheckPasswordAsync(parent, welcomePassword));
        Assert.True(await CheckPasswordAsync(parent, newPassword));
    }

    [Fact]
    public async Task SendAllKeepsRecipientsCounted()
    {
        await AddMixedParentsAsync();

        await SendAllAsync();

        Assert.Equal(2, await CountAsync());
    }

    [Fact]
    public async Task SendAllReportsProgressPerBatch()
    {
        const int parentCount = ParentCredentialsService.BatchSize * 2 + 5;
        await TestParents.AddManyWithoutEmailsAsync(_host, parentCount);
        var reports = new List<SendAllProgress>();

        var result = await _host.RunAsync<ParentCredentialsService, Result<SendAllProgress>>(s =>
            s.SendAllAsync(_host.School.Id, reports.Add, CancellationToken.None));

        Assert.Equal(parentCount, result.Value!.Sent);
        Assert.Equal(
            [0, ParentCredentialsService.BatchSize, ParentCredentialsService.BatchSize * 2, parentCount],
            reports.Select(r => r.Processed));
        Assert.All(reports, r => Assert.Equal(parentCount, r.Total));
        Assert.Equal(parentCount, await _host.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task JobFinishesWithOutcome()
    {
        await AddMixedParentsAsync();

        var job = await RunJobAsync();

        Assert.False(job.IsRunning);
        Assert.True(job.Outcome!.Succeeded);
        Assert.Equal("Login credentials have been emailed to 2 parents.", job.Outcome.Message);
        Assert.Equal(new SendAllProgress(2, 2, 0), job.Progress);
        Assert.Same(job, Jobs.Find(_host.School.Id));
    }

    [Fact]
    public async Task JobOutcomeIsClaimedOnce()
    {
        await AddMixedParentsAsync();
        var job = await RunJobAsync();

        var first = job.TryClaimOutcome();
        var second = job.TryClaimOutcome();

        Assert.True(first);
        Assert.False(second);
    }

    [Fact]
    public async Task JobsOfOtherSchoolAreSeparate()
    {
        var otherSchool = await TestParents.AddSchoolAsync(_host, "Hifz Academy");

        await RunJobAsync();

        Assert.NotNull(Jobs.Find(_host.School.Id));
        Assert.Null(Jobs.Find(otherSchool.Id));
    }

    [Fact]
    public async Task SendAllLogsNoPassword()
    {
        var recipients = await AddMixedParentsAsync();

        await SendAllAsync();

        foreach (var parent in recipients)
        {
            var password = await TestParents.ReadNewestPasswordAsync(_host, parent);
            Assert.DoesNotContain(_host.Logs.Entries, entry => entry.Mentions(password));
        }
    }

    /// <summary>
    /// Adds two parents Send All must email, and one of each kind it must skip: signed in,
    /// deactivated, archived, in another school, without an email.
    /// </summary>
    private async Task<IReadOnlyList<Parent>> AddMixedParentsAsync()
    {
        var otherSchool = await TestParents.AddSchoolAsync(_host, "Hifz Academy");
        var welcomed = await TestParents.AddWithWelcomeAsync(_host, "Aisha Rahman", "aisha@example.org");
        var seeded = await TestParents.AddWithoutEmailsAsync(_host, "Fatima Khan", "fatima@example.org");
        await TestParents.AddWithoutEmailsAsync(_host, "Signed In", "in@example.org", a => a.RecordSignIn(DateTime.UtcNow));
        await TestParents.AddWithoutEmailsAsync(_host, "Deactivated", "off@example.org", a => a.Deactivate());
        var archived = await TestParents.AddWithoutEmailsAsync(_host, "Archived", "archived@example.org");
        await TestParents.ArchiveAsync(_host, archived);
        await TestParents.AddWithoutEmailsAsync(_host, "Other School", "other@example.org", schoolId: otherSchool.Id);
        await TestParents.AddWithoutEmailsAsync(_host, "No Email", null);
        await _host.QueryAsync(db => db.OutboxMessages.ExecuteDeleteAsync());
        return [welcomed, seeded];
    }

    private SendAllCredentialsJobs Jobs => _host.Services.GetRequiredService<SendAllCredentialsJobs>();

    private async Task<SendAllCredentialsJob> RunJobAsync()
    {
        var job = Jobs.Start(_host.School.Id);
        await job.Completion.WaitAsync(TimeSpan.FromSeconds(30), Xunit.TestContext.Current.CancellationToken);
        return job;
    }

    private Task<int> CountAsync() =>
        _host.RunAsync<CredentialsDirectory, int>(d => d.CountSendAllRecipientsAsync(_host.School.Id, CancellationToken.None));

    private Task<Result<SendAllProgress>> SendAllAsync() =>
        _host.RunAsync<ParentCredentialsService, Result<SendAllProgress>>(s =>
            s.SendAllAsync(_host.School.Id, null, CancellationToken.None));

    private Task<bool> CheckPasswordAsync(Parent parent, string password) =>
        _host.RunAsync<UserManager<Account>, bool>(async users =>
            await users.CheckPasswordAsync((await users.FindByIdAsync(parent.AccountId))!, password));
}
