using Bunit;
using MarkTrack.Tests.Infrastructure;
using MarkTrack.Web.Components.Pages.Students;
using MarkTrack.Web.Components.Shared;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MarkTrack.Tests.Components.Students;

/// <summary>The unlink confirmation, the consequence it shows for each slot, and the change confirming it makes.</summary>
public sealed class UnlinkDialogTests : LinkingTestContext
{
    private Guid _aisha;
    private Guid _yusuf;

    private async Task SeedParentsAsync()
    {
        _aisha = await AddParentAsync("Aisha Rahman", "aisha@example.org");
        _yusuf = await AddParentAsync("Yusuf Rahman", "yusuf@example.org");
    }

    [Fact]
    public async Task ConfirmationSaysNoRecordsDeleted()
    {
        await SeedParentsAsync();
        var maryam = await AddStudentAsync("Maryam Rahman", null, _aisha);
        await LinkAsync(_yusuf, maryam);

        var host = await OpenAsync(maryam, _yusuf);

        Assert.Contains("No records will be deleted.", host.Find("[data-testid=unlink-no-deletion]").TextContent);
    }

    [Fact]
    public async Task Parent2UnlinkSaysParent1Stays()
    {
        await SeedParentsAsync();
        var maryam = await AddStudentAsync("Maryam Rahman", null, _aisha);
        await LinkAsync(_yusuf, maryam);

        var host = await OpenAsync(maryam, _yusuf);

        Assert.Equal(
            "Yusuf Rahman will be removed as Parent 2 (secondary). Aisha Rahman stays Parent 1 (primary).",
            host.Find("[data-testid=unlink-consequence]").TextContent);
        Assert.Contains("Unlink Yusuf Rahman from Maryam Rahman?", host.Markup);
    }

    [Fact]
    public async Task Parent1UnlinkSaysSecondIsPromoted()
    {
        await SeedParentsAsync();
        var maryam = await AddStudentAsync("Maryam Rahman", null, _aisha);
        await LinkAsync(_yusuf, maryam);

        var host = await OpenAsync(maryam, _aisha);

        Assert.Equal(
            "Aisha Rahman will be removed as Parent 1 (primary). Yusuf Rahman will become Parent 1 (primary) of Maryam Rahman.",
            host.Find("[data-testid=unlink-consequence]").TextContent);
    }

    [Fact]
    public async Task OnlyParentUnlinkSaysChildBecomesIndependent()
    {
        await SeedParentsAsync();
        var hafsa = await AddStudentAsync("Hafsa Rahman", "hafsa@example.org", _aisha);

        var host = await OpenAsync(hafsa, _aisha);

        var consequence = host.Find("[data-testid=unlink-consequence]").TextContent;
        Assert.Contains("Hafsa Rahman will become an independent student", consequence);
        Assert.Contains("temporary password emailed to hafsa@example.org", consequence);
        Assert.False(host.Find("[data-testid=unlink-confirm]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task OnlyParentWithoutEmailBlocksUnlink()
    {
        await SeedParentsAsync();
        var ibrahim = await AddStudentAsync("Ibrahim Rahman", null, _aisha);

        var host = await OpenAsync(ibrahim, _aisha);

        Assert.StartsWith(
            "Cannot unlink: student needs an email address to become independent.",
            host.Find("[data-testid=unlink-blocked]").TextContent.Trim());
        Assert.True(host.Find("[data-testid=unlink-confirm]").HasAttribute("disabled"));
        Assert.Contains("No records will be deleted.", host.Find("[data-testid=unlink-no-deletion]").TextContent);
    }

    [Fact]
    public async Task ConfirmedUnlinkPromotesSecondParent()
    {
        await SeedParentsAsync();
        var maryam = await AddStudentAsync("Maryam Rahman", null, _aisha);
        await LinkAsync(_yusuf, maryam);
        var host = Render<DialogHost>();
        var profile = await GetStudentProfileAsync(maryam);
        var card = Render<StudentParentsCard>(parameters => parameters.Add(c => c.Profile, profile!));

        var unlinkFlow = card.FindAll("[data-testid=unlink-parent]")[0].ClickAsync(new());
        host.WaitForElement("[data-testid=unlink-dialog]");
        await host.Find("[data-testid=unlink-confirm]").ClickAsync(new());
        await unlinkFlow.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken);

        var student = await LoadStudentAsync(maryam);
        Assert.Equal(_yusuf, student.Parent1Id);
        Assert.Null(student.Parent2Id);
        var snackbar = Assert.Single(Snackbar.ShownSnackbars);
        Assert.Equal("Link to Maryam Rahman has been removed. The second parent is now the primary.", snackbar.Message);
        Assert.Equal(Severity.Success, snackbar.Severity);
    }

    [Fact]
    public async Task CancelKeepsLink()
    {
        await SeedParentsAsync();
        var maryam = await AddStudentAsync("Maryam Rahman", null, _aisha);
        var host = Render<DialogHost>();
        var profile = await GetStudentProfileAsync(maryam);
        var card = Render<StudentParentsCard>(parameters => parameters.Add(c => c.Profile, profile!));

        var unlinkFlow = card.Find("[data-testid=unlink-parent]").ClickAsync(new());
        host.WaitForElement("[data-testid=unlink-dialog]");
        await host.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").ClickAsync(new());
        await unlinkFlow.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken);

        var student = await LoadStudentAsync(maryam);
        Assert.Equal(_aisha, student.Parent1Id);
        Assert.Empty(Snackbar.ShownSnackbars);
    }

    private async Task<IRenderedComponent<DialogHost>> OpenAsync(Guid studentId, Guid parentId)
    {
        var host = Render<DialogHost>();
        var profile = await GetStudentProfileAsync(studentId);
        var parameters = new DialogParameters<UnlinkDialog>
        {
            { d => d.Student, profile! },
            { d => d.ParentId, parentId },
        };
        var dialogs = Services.GetRequiredService<IDialogService>();
        await host.InvokeAsync(() => dialogs.ShowAsync<UnlinkDialog>(null, parameters));
        return host;
    }
}
