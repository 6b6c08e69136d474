using Bunit;
using MarkTrack.Domain.Parents;
using MarkTrack.Tests.Infrastructure;
using MarkTrack.Tests.Parents;
using MarkTrack.Web.Components.Pages.Parents;

namespace MarkTrack.Tests.Components.Parents;

/// <summary>The credentials cell, rendered for parents whose status comes from the real domain.</summary>
public sealed class CredentialsCellTests : MudTestContext, IAsyncLifetime
{
    private DomainTestHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await DomainTestHost.StartAsync();

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task ParentNeverSentAnyShowsSendCredentials()
    {
        var parent = await TestParents.AddWithoutEmailsAsync(_host, "Omar Siddiqui", "omar@example.org");
        var status = await GetStatusAsync(parent);

        var cell = Render<CredentialsCell>(p => p.Add(c => c.Status, status));

        Assert.Equal("Send Credentials", cell.Find("[data-testid=send-credentials]").TextContent.Trim());
        Assert.Contains("Never sent", cell.Markup);
    }

    [Fact]
    public async Task WelcomedParentShowsResend()
    {
        var parent = await TestParents.AddWithWelcomeAsync(_host, "Aisha Rahman", "aisha@example.org");
        var status = await GetStatusAsync(parent);

        var cell = Render<CredentialsCell>(p => p.Add(c => c.Status, status));

        Assert.Equal("Resend", cell.Find("[data-testid=send-credentials]").TextContent.Trim());
        Assert.Equal("Queued", cell.Find("[data-testid=credentials-delivery]").TextContent.Trim());
    }

    [Fact]
    public async Task SignedInParentShowsNoButton()
    {
        var parent = await TestParents.AddWithWelcomeAsync(_host, "Aisha Rahman", "aisha@example.org");
        await TestParents.RecordSignInAsync(_host, parent);
        var status = await GetStatusAsync(parent);

        var cell = Render<CredentialsCell>(p => p.Add(c => c.Status, status));

        Assert.Empty(cell.FindAll("[data-testid=send-credentials]"));
        Assert.Single(cell.FindAll("[data-testid=credentials-delivery]"));
    }

    [Fact]
    public async Task DeactivatedParentShowsNoButton()
    {
        var parent = await TestParents.AddWithoutEmailsAsync(_host, "Omar Siddiqui", "omar@example.org", a => a.Deactivate());
        var status = await GetStatusAsync(parent);

        var cell = Render<CredentialsCell>(p => p.Add(c => c.Status, status));

        Assert.Empty(cell.FindAll("[data-testid=send-credentials]"));
    }

    [Fact]
    public async Task FailedDeliveryShowsSmtpError()
    {
        var parent = await TestParents.AddWithWelcomeAsync(_host, "Aisha Rahman", "aisha@example.org");
        await TestParents.FailNewestEmailAsync(_host, parent, "SmtpCommandException: 550 5.1.1 Mailbox unavailable");
        var status = await GetStatusAsync(parent);

        var cell = Render<CredentialsCell>(p => p.Add(c => c.Status, status));

        Assert.Equal("Failed", cell.Find("[data-testid=credentials-delivery]").TextContent.Trim());
        Assert.Equal(
            "SmtpCommandException: 550 5.1.1 Mailbox unavailable",
            cell.Find("[data-testid=credentials-error]").TextContent.Trim());
        Assert.Equal("Resend", cell.Find("[data-testid=send-credentials]").TextContent.Trim());
    }

    [Fact]
    public async Task ClickCallsSend()
    {
        var parent = await TestParents.AddWithoutEmailsAsync(_host, "Omar Siddiqui", "omar@example.org");
        var status = await GetStatusAsync(parent);
        var clicks = 0;
        var cell = Render<CredentialsCell>(p => p
            .Add(c => c.Status, status)
            .Add(c => c.OnSend, () => clicks++));

        await cell.Find("[data-testid=send-credentials]").ClickAsync(new());

        Assert.Equal(1, clicks);
    }

    [Fact]
    public async Task ButtonIsDisabledWhileSending()
    {
        var parent = await TestParents.AddWithoutEmailsAsync(_host, "Omar Siddiqui", "omar@example.org");
        var status = await GetStatusAsync(parent);

        var cell = Render<CredentialsCell>(p => p
            .Add(c => c.Status, status)
            .Add(c => c.Sending, true));

        Assert.True(cell.Find("[data-testid=send-credentials]").HasAttribute("disabled"));
    }

    private async Task<CredentialsStatus> GetStatusAsync(Parent parent)
    {
        var statuses = await _host.RunAsync<CredentialsDirectory, IReadOnlyDictionary<Guid, CredentialsStatus>>(d =>
            d.GetStatusesAsync([parent.Id], CancellationToken.None));
        return statuses[parent.Id];
    }
}
