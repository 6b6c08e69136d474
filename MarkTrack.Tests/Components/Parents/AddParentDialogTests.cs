using Bunit;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Parents;
using MarkTrack.Tests.Infrastructure;
using MarkTrack.Web.Components.Pages.Parents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MarkTrack.Tests.Components.Parents;

public sealed class AddParentDialogTests : MudTestContext, IAsyncLifetime
{
    private DomainTestHost _host = null!;
    private int _calls;
    private TaskCompletionSource? _gate;

    public async ValueTask InitializeAsync() => _host = await DomainTestHost.StartAsync();

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task DialogShowsGuideLabels()
    {
        var (host, _) = await OpenAsync();

        Assert.Contains("Add New Parent", host.Markup);
        Assert.Contains("Create a new parent/guardian account", host.Markup);
        Assert.Contains("Full Name", host.Markup);
        Assert.Contains("Email Address", host.Markup);
        Assert.Contains("Phone Number", host.Markup);
        Assert.Equal("Create Parent", host.Find("[data-testid=create-parent]").TextContent.Trim());
    }

    [Fact]
    public async Task EmptyFormShowsRequiredMessages()
    {
        var (host, _) = await OpenAsync();

        await host.Find("[data-testid=create-parent]").ClickAsync(new());

        Assert.Contains("Full Name is required. Type the person's full name.", host.Markup);
        Assert.Contains("Email Address is required. Type the address the login details should go to.", host.Markup);
        Assert.Equal(0, _calls);
    }

    [Fact]
    public async Task WhitespaceNameIsRequired()
    {
        var (host, _) = await OpenAsync();

        await FillAsync(host, "   ", "aisha@example.org");
        await host.Find("[data-testid=create-parent]").ClickAsync(new());

        Assert.Contains("Full Name is required.", host.Markup);
        Assert.Equal(0, _calls);
    }

    [Fact]
    public async Task InvalidEmailShowsFormatMessage()
    {
        var (host, _) = await OpenAsync();

        await FillAsync(host, "Aisha Rahman", "aisha.example.org");
        await host.Find("[data-testid=create-parent]").ClickAsync(new());

        Assert.Contains("aisha.example.org is not a valid email address. Use the form name@example.org.", host.Markup);
        Assert.Equal(0, _calls);
    }

    [Fact]
    public async Task DuplicateEmailKeepsDialogOpenWithMessage()
    {
        await CreateParentAsync(new NewParent("Aisha Rahman", "aisha@example.org", null));
        var (host, dialog) = await OpenAsync();

        await FillAsync(host, "Second Aisha", "AISHA@example.org");
        await host.Find("[data-testid=create-parent]").ClickAsync(new());

        var error = host.WaitForElement("[data-testid=add-parent-error]");
        Assert.Equal(
            "aisha@example.org is already linked to an existing account. A new account cannot be created with this email.",
            error.TextContent.Trim());
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(1, await _host.QueryAsync(db => db.Parents.CountAsync()));
    }

    [Fact]
    public async Task SuccessClosesWithGuideMessage()
    {
        var (host, dialog) = await OpenAsync();

        await FillAsync(host, "Aisha Rahman", "aisha@example.org", "+44 20 7946 0011");
        await host.Find("[data-testid=create-parent]").ClickAsync(new());

        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken);
        Assert.False(result!.Canceled);
        Assert.Equal(
            "Parent account created successfully! Login credentials have been emailed to aisha@example.org.",
            result.Data);
        Assert.Equal(1, await _host.QueryAsync(db => db.Parents.CountAsync()));
    }

    [Fact]
    public async Task DoubleClickCreatesOneParent()
    {
        var (host, dialog) = await OpenAsync();
        await FillAsync(host, "Aisha Rahman", "aisha@example.org");
        _gate = new TaskCompletionSource();

        var first = host.Find("[data-testid=create-parent]").ClickAsync(new());
        var buttonWhileSaving = host.Find("[data-testid=create-parent]");
        var disabledWhileSaving = buttonWhileSaving.HasAttribute("disabled");
        var second = buttonWhileSaving.ClickAsync(new());
        _gate.SetResult();
        await Task.WhenAll(first, second);
        await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken);

        Assert.True(disabledWhileSaving);
        Assert.Equal(1, _calls);
        Assert.Equal(1, await _host.QueryAsync(db => db.Parents.CountAsync()));
        Assert.Equal(1, await _host.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task MarkupInNameIsNotRendered()
    {
        var (host, _) = await OpenAsync();

        await FillAsync(host, "<b>bold</b>", "<b>x</b>@example.org");
        await host.Find("[data-testid=create-parent]").ClickAsync(new());

        Assert.Contains("&lt;b&gt;x&lt;/b&gt;@example.org is not a valid email address", host.Markup);
        Assert.Empty(host.FindAll("b"));
    }

    private async Task<(IRenderedComponent<DialogHost> Host, IDialogReference Dialog)> OpenAsync()
    {
        var host = Render<DialogHost>();
        var parameters = new DialogParameters<AddParentDialog>
        {
            { d => d.CreateAsync, CountedCreateAsync },
        };
        var dialogs = Services.GetRequiredService<IDialogService>();
        var dialog = await host.InvokeAsync(() => dialogs.ShowAsync<AddParentDialog>("Add New Parent", parameters));
        return (host, dialog);
    }

    private async Task<Result> CountedCreateAsync(NewParent input)
    {
        Interlocked.Increment(ref _calls);
        if (_gate is not null)
            await _gate.Task;
        return await CreateParentAsync(input);
    }

    private async Task<Result> CreateParentAsync(NewParent input)
    {
        var created = await _host.RunAsync<ParentService, Result<Parent>>(s =>
            s.CreateAsync(input, _host.School.Id, CancellationToken.None));
        return new Result(created.Succeeded, created.Message, created.Field);
    }

    private static async Task FillAsync(IRenderedComponent<DialogHost> host, string name, string email, string? phone = null)
    {
        await host.Find("input[data-testid=parent-full-name]").InputAsync(new() { Value = name });
        await host.Find("input[data-testid=parent-email]").InputAsync(new() { Value = email });
        if (phone is not null)
            await host.Find("input[data-testid=parent-phone]").InputAsync(new() { Value = phone });
    }
}
