using Bunit;
using MarkTrack.Domain.Parents;
using MarkTrack.Tests.Infrastructure;
using MarkTrack.Tests.Parents;
using MarkTrack.Web.Components.Pages.Parents;
using MarkTrack.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MarkTrack.Tests.Components.Parents;

/// <summary>The Send All Credentials button and its confirmation, over the real domain services.</summary>
public sealed class SendAllCredentialsButtonTests : MudTestContext, IAsyncLifetime
{
    private DomainTestHost _host = null!;
    private int _completedCalls;

    /// <remarks>The host starts later, in InitializeAsync, so the factories read it when a component first resolves them.</remarks>
    protected override void AddServices(IServiceCollection services)
    {
        services.AddSingleton(_ => new DomainScope(_host.Services.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton(_ => Jobs);
    }

    public async ValueTask InitializeAsync()
    {
        _host = await DomainTestHost.StartAsync();
        await TestParents.AddWithWelcomeAsync(_host, "Aisha Rahman", "aisha@example.org");
        await TestParents.AddWithoutEmailsAsync(_host, "Omar Siddiqui", "omar@example.org");
        await TestParents.AddWithoutEmailsAsync(_host, "Signed In", "in@example.org", a => a.RecordSignIn(DateTime.UtcNow));
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _host.DisposeAsync();
    }

    private SendAllCredentialsJobs Jobs => _host.Services.GetRequiredService<SendAllCredentialsJobs>();

    [Fact]
    public void ButtonShowsRecipientCount()
    {
        var button = RenderButton();

        button.WaitForAssertion(() =>
            Assert.Equal("Send All Credentials (2)", button.Find("[data-testid=send-all-credentials]").TextContent.Trim()));
    }

    [Fact]
    public async Task RefreshCountsNewParent()
    {
        var button = RenderButton();
        await TestParents.AddWithoutEmailsAsync(_host, "Fatima Khan", "fatima@example.org");

        await button.InvokeAsync(button.Instance.RefreshCountAsync);

        Assert.Equal("Send All Credentials (3)", button.Find("[data-testid=send-all-credentials]").TextContent.Trim());
    }

    [Fact]
    public async Task ConfirmationRepeatsCountAndWarns()
    {
        var dialogs = Render<DialogHost>();
        var button = RenderButton();

        var click = OpenConfirmation(button);

        dialogs.WaitForAssertion(() => Assert.Contains("Email new login details to 2 parents", dialogs.Markup));
        Assert.Contains("any password emailed to them earlier stops working at once", dialogs.Markup);
        Assert.Contains("Send to 2 parents", dialogs.Markup);
        await ClickButtonAsync(dialogs, "Cancel");
        await click;
    }

    [Fact]
    public async Task CancelSendsNothing()
    {
        var dialogs = Render<DialogHost>();
        var button = RenderButton();
        var click = OpenConfirmation(button);

        await ClickButtonAsync(dialogs, "Cancel");
        await click;

        Assert.Null(Jobs.Find(_host.School.Id));
        Assert.Equal(1, await _host.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task ConfirmStartsRunAndReportsCompletion()
    {
        var dialogs = Render<DialogHost>();
        var button = RenderButton();
        var click = OpenConfirmation(button);

        await ClickButtonAsync(dialogs, "Send to 2 parents");
        await click;
        var job = Jobs.Find(_host.School.Id)!;
        await job.Completion.WaitAsync(TimeSpan.FromSeconds(30), Xunit.TestContext.Current.CancellationToken);

        button.WaitForAssertion(() => Assert.Equal(1, _completedCalls));
        Assert.Equal("Login credentials have been emailed to 2 parents.", job.Outcome!.Message);
        Assert.False(job.TryClaimOutcome());
        Assert.Equal(3, await _host.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task FinishedRunIsReportedOnNextOpen()
    {
        var job = Jobs.Start(_host.School.Id);
        await job.Completion.WaitAsync(TimeSpan.FromSeconds(30), Xunit.TestContext.Current.CancellationToken);

        var button = RenderButton();

        button.WaitForAssertion(() => Assert.Equal(1, _completedCalls));
        Assert.False(job.TryClaimOutcome());
    }

    /// <summary>
    /// Clicks Send All Credentials. The returned task completes only once the confirmation
    /// closes, because the click handler awaits the dialog.
    /// </summary>
    private static Task OpenConfirmation(IRenderedComponent<SendAllCredentials> button) =>
        button.Find("[data-testid=send-all-credentials]").ClickAsync(new());

    private static async Task ClickButtonAsync(IRenderedComponent<DialogHost> dialogs, string text)
    {
        dialogs.WaitForAssertion(() => Assert.Contains(dialogs.FindAll("button"), b => b.TextContent.Trim() == text));
        await dialogs.FindAll("button").First(b => b.TextContent.Trim() == text).ClickAsync(new());
    }

    private IRenderedComponent<SendAllCredentials> RenderButton() =>
        Render<SendAllCredentials>(p => p
            .Add(c => c.SchoolId, _host.School.Id)
            .Add(c => c.Completed, () => _completedCalls++));
}
