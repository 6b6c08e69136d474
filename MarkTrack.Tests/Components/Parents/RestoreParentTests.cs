using Bunit;
using MarkTrack.Tests.Infrastructure;
using MarkTrack.Web.Components.Pages.Parents;
using MudBlazor;

namespace MarkTrack.Tests.Components.Parents;

/// <summary>
/// Restoring an archived parent from the profile and from the Archived list: the question
/// counts the children archived with them, and confirming brings back exactly those children.
/// </summary>
public sealed class RestoreParentTests : LifecycleTestContext
{
    private const string RestoreQuestion =
        "Restore Aisha Rahman and the 1 child archived with them? They return to the active lists and can sign in again.";

    /// <summary>Archives Aisha, who takes her only child Ibrahim along and leaves Maryam with Yusuf.</summary>
    private async Task SeedArchivedFamilyAsync()
    {
        await AddRahmanFamilyAsync();
        await ArchiveAsync(Aisha);
    }

    [Fact]
    public async Task ProfileRestoreQuestionCountsChild()
    {
        await SeedArchivedFamilyAsync();

        var (host, restoreFlow) = OpenProfileRestore();

        Assert.Contains(RestoreQuestion, host.Find(".mud-dialog").TextContent);
        await ClickDialogButtonAsync(host, "Cancel");
        await WaitForFlowAsync(restoreFlow);
        Assert.True(await IsParentArchivedAsync(Aisha));
    }

    [Fact]
    public async Task ProfileRestoreBringsBackSoloChild()
    {
        await SeedArchivedFamilyAsync();
        var (host, restoreFlow) = OpenProfileRestore();

        await ClickDialogButtonAsync(host, "Restore");
        await WaitForFlowAsync(restoreFlow);

        var snackbar = Assert.Single(Snackbar.ShownSnackbars);
        Assert.Equal("Aisha Rahman restored with 1 child.", snackbar.Message);
        Assert.Equal(Severity.Success, snackbar.Severity);
        Assert.False(await IsParentArchivedAsync(Aisha));
        var ibrahim = await LoadStudentWithAccountAsync(Ibrahim);
        Assert.False(ibrahim.Account.IsArchived);
        Assert.Null(ibrahim.ArchivedWithParentId);
        Assert.Equal(Aisha, ibrahim.Parent1Id);
        var maryam = await LoadStudentWithAccountAsync(Maryam);
        Assert.Equal(Yusuf, maryam.Parent1Id);
        Assert.Equal(Aisha, maryam.Parent2Id);
    }

    [Fact]
    public async Task ArchivedListRestoreQuestionCountsChild()
    {
        await SeedArchivedFamilyAsync();

        var (host, _, restoreFlow) = OpenArchivedListRestore();

        Assert.Contains(RestoreQuestion, host.Find(".mud-dialog").TextContent);
        await ClickDialogButtonAsync(host, "Cancel");
        await WaitForFlowAsync(restoreFlow);
        Assert.True(await IsParentArchivedAsync(Aisha));
    }

    [Fact]
    public async Task ArchivedListRestoreRemovesRow()
    {
        await SeedArchivedFamilyAsync();
        var (host, page, restoreFlow) = OpenArchivedListRestore();

        await ClickDialogButtonAsync(host, "Restore");
        await WaitForFlowAsync(restoreFlow);

        var snackbar = Assert.Single(Snackbar.ShownSnackbars);
        Assert.Equal("Aisha Rahman restored with 1 child.", snackbar.Message);
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=restore-archived]")));
        Assert.Contains("No archived parents in this school.", page.Markup);
        Assert.False(await IsParentArchivedAsync(Aisha));
    }

    /// <summary>Clicks Restore among Aisha's profile buttons and waits for the question.</summary>
    private (IRenderedComponent<DialogHost> Host, Task RestoreFlow) OpenProfileRestore()
    {
        var host = Render<DialogHost>();
        var actions = Render<ParentLifecycleActions>(parameters => parameters
            .Add(a => a.ParentId, Aisha)
            .Add(a => a.ParentName, "Aisha Rahman")
            .Add(a => a.IsArchived, true));

        var restoreFlow = actions.Find("[data-testid=restore-parent]").ClickAsync(new());

        host.WaitForElement(".mud-dialog");
        return (host, restoreFlow);
    }

    /// <summary>Clicks Restore on Aisha's row of the Archived list and waits for the question.</summary>
    private (IRenderedComponent<DialogHost> Host, IRenderedComponent<ArchivedParentsPage> Page, Task RestoreFlow)
        OpenArchivedListRestore()
    {
        var host = Render<DialogHost>();
        var page = Render<ArchivedParentsPage>();
        page.WaitForElement("[data-testid=restore-archived]");

        var restoreFlow = page.Find("[data-testid=restore-archived]").ClickAsync(new());

        host.WaitForElement(".mud-dialog");
        return (host, page, restoreFlow);
    }
}
