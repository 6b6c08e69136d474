using MarkTrack.Domain.Common;
using MarkTrack.Domain.Email;
using MarkTrack.Domain.Parents;
using MarkTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Tests.Parents;

public sealed class CredentialsDirectoryTests : IAsyncLifetime
{
    private DomainTestHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await DomainTestHost.StartAsync();

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ParentNeverSentAnyGetsSend()
    {
        var parent = await TestParents.AddWithoutEmailsAsync(_host, "Omar Siddiqui", "omar@example.org");

        var status = await GetStatusAsync(parent);

        Assert.Equal(CredentialsAction.Send, status.Action);
        Assert.Null(status.LastDelivery);
    }

    [Fact]
    public async Task WelcomeCountsAsFirstSend()
    {
        var parent = await TestParents.AddWithWelcomeAsync(_host, "Aisha Rahman", "aisha@example.org");

        var status = await GetStatusAsync(parent);

        Assert.Equal(CredentialsAction.Resend, status.Action);
        Assert.Equal(OutboxStatus.Queued, status.LastDelivery!.Status);
        Assert.Equal(_host.Clock.GetUtcNow().UtcDateTime, status.LastDelivery.QueuedAt);
    }

    [Fact]
    public async Task SignedInParentGetsNoAction()
    {
        var parent = await TestParents.AddWithWelcomeAsync(_host, "Aisha Rahman", "aisha@example.org");
        await TestParents.RecordSignInAsync(_host, parent);

        var status = await GetStatusAsync(parent);

        Assert.Equal(CredentialsAction.None, status.Action);
    }

    [Fact]
    public async Task DeactivatedParentGetsNoAction()
    {
        var parent = await TestParents.AddWithoutEmailsAsync(_host, "Omar Siddiqui", "omar@example.org", a => a.Deactivate());

        var status = await GetStatusAsync(parent);

        Assert.Equal(CredentialsAction.None, status.Action);
        Assert.True(status.IsDeactivated);
    }

    [Fact]
    public async Task NewestCredentialsEmailIsShown()
    {
        var parent = await TestParents.AddWithWelcomeAsync(_host, "Aisha Rahman", "aisha@example.org");
        _host.Clock.Advance(TimeSpan.FromHours(2));
        await SendAsync(parent);

        var status = await GetStatusAsync(parent);

        Assert.Equal(_host.Clock.GetUtcNow().UtcDateTime, status.LastDelivery!.QueuedAt);
    }

    [Fact]
    public async Task FailedDeliveryShowsSmtpError()
    {
        var parent = await TestParents.AddWithWelcomeAsync(_host, "Aisha Rahman", "aisha@example.org");
        await TestParents.FailNewestEmailAsync(_host, parent, "SmtpCommandException: 550 5.1.1 Mailbox unavailable");

        var status = await GetStatusAsync(parent);

        Assert.Equal(OutboxStatus.Failed, status.LastDelivery!.Status);
        Assert.Equal("SmtpCommandException: 550 5.1.1 Mailbox unavailable", status.LastDelivery.LastError);
    }

    [Fact]
    public async Task SentDeliveryShowsSentTime()
    {
        var parent = await TestParents.AddWithWelcomeAsync(_host, "Aisha Rahman", "aisha@example.org");
        var sentAt = _host.Clock.GetUtcNow().UtcDateTime.AddMinutes(1);
        await _host.QueryAsync(async db =>
        {
            (await db.OutboxMessages.SingleAsync()).MarkSent(sentAt);
            return await db.SaveChangesAsync();
        });

        var status = await GetStatusAsync(parent);

        Assert.Equal(OutboxStatus.Sent, status.LastDelivery!.Status);
        Assert.Equal(sentAt, status.LastDelivery.SentAt);
    }

    [Fact]
    public async Task PasswordResetEmailIsNotCredentials()
    {
        var parent = await TestParents.AddWithoutEmailsAsync(_host, "Omar Siddiqui", "omar@example.org");
        await _host.QueryAsync(async db =>
        {
            db.OutboxMessages.Add(new OutboxMessage(
                new EmailContent("omar@example.org", "Omar Siddiqui", PasswordResetEmailModel.Subject, "<p>x</p>", "x"),
                null,
                parent.AccountId,
                DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });

        var status = await GetStatusAsync(parent);

        Assert.Equal(CredentialsAction.Send, status.Action);
    }

    private Task<Result> SendAsync(Parent parent) =>
        _host.RunAsync<ParentCredentialsService, Result>(s =>
            s.SendAsync(parent.Id, _host.School.Id, CancellationToken.None));

    private async Task<CredentialsStatus> GetStatusAsync(Parent parent)
    {
        var statuses = await _host.RunAsync<CredentialsDirectory, IReadOnlyDictionary<Guid, CredentialsStatus>>(d =>
            d.GetStatusesAsync([parent.Id], CancellationToken.None));
        return Assert.Single(statuses.Values);
    }
}
