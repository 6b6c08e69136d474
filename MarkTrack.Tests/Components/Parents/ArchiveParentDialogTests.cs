using Bunit;
using MarkTrack.Tests.Infrastructure;
using MarkTrack.Web.Components.Pages.Parents;
using MudBlazor;

namespace MarkTrack.Tests.Components.Parents;

/// <summary>
/// The Archive button on a parent's profile and the preview it opens, over a real database:
/// which children are archived with the parent, which stay with whom, and what confirming does.
/// </summary>
public sealed class ArchiveParentDialogTests : LifecycleTestContext
{
    private IRenderedComponent<ParentLifecycleActions>? _actions;
    private int _changedCount;

    /// <summary>The Archive click, which runs until the dialog closes and any change is saved.</summary>
    private Task? _archiveFlow;

    [Fact]
    public async Task PreviewListsSoloChildToArchive()
    {
        await AddRahmanFamilyAsync();

        var host = OpenPreview(Aisha, "Aisha Rahman");

        var archivedChildren = host.FindAll("[data-testid=archive-child]").Select(e => e.TextContent.Trim());
        Assert.Equal(["Ibrahim Rahman"], archivedChildren);
        Assert.Contains("Archived with Aisha Rahman (no other active parent)", host.Markup);
    }

    [Fact]
    public async Task PreviewNamesNewParent1OfKeptChild()
    {
        await AddRahmanFamilyAsync();

        var host = OpenPreview(Aisha, "Aisha Rahman");

        var keptChildren = host.FindAll("[data-testid=kept-child]").Select(e => e.TextContent.Trim());
        Assert.Equal(["Maryam Rahman, with Yusuf Rahman as Parent 1"], keptChildren);
        Assert.Contains("with their other parent as Parent 1 and Aisha Rahman as Parent 2", host.Markup);
        Assert.Empty(host.FindAll("[data-testid=no-child-changes]"));
    }

    [Fact]
    public async Task PreviewOfParent2KeepsParent1()
    {
        await AddRahmanFamilyAsync();

        var host = OpenPreview(Yusuf, "Yusuf Rahman");

        var keptChildren = host.FindAll("[data-testid=kept-child]").Select(e => e.TextContent.Trim());
        Assert.Equal(["Maryam Rahman, with Aisha Rahman as Parent 1"], keptChildren);
        Assert.Empty(host.FindAll("[data-testid=archive-child]"));
    }

    [Fact]
    public async Task PreviewSaysWhenNoChildrenChange()
    {
        var salma = await AddParentAsync("Salma Noor", "salma@example.org");

        var host = OpenPreview(salma, "Salma Noor");

        Assert.Equal(
            "Salma Noor has no active children, so no child is archived or changes parents.",
            host.Find("[data-testid=no-child-changes]").TextContent.Trim());
        Assert.Empty(host.FindAll("[data-testid=archive-child]"));
        Assert.Empty(host.FindAll("[data-testid=kept-child]"));
    }

    [Fact]
    public async Task PreviewTitleNamesParent()
    {
        await AddRahmanFamilyAsync();

        var host = OpenPreview(Aisha, "Aisha Rahman");

        Assert.Equal("Archive Aisha Rahman?", host.Find(".mud-dialog-title").TextContent.Trim());
    }

    [Fact]
    public async Task ConfirmArchivesParentAndSoloChild()
    {
        await AddRahmanFamilyAsync();
        var host = OpenPreview(Aisha, "Aisha Rahman");

        await host.Find("[data-testid=confirm-archive]").ClickAsync(new());
        await WaitForFlowAsync(_archiveFlow!);

        Assert.Empty(host.FindAll("[data-testid=archive-dialog]"));
        var snackbar = Assert.Single(Snackbar.ShownSnackbars);
        Assert.Equal(
            "Aisha Rahman archived. 1 child archived; 1 child kept (second parent promoted to primary).",
            snackbar.Message);
        Assert.Equal(Severity.Success, snackbar.Severity);
        Assert.Equal(1, _changedCount);
        Assert.True(await IsParentArchivedAsync(Aisha));
        var ibrahim = await LoadStudentWithAccountAsync(Ibrahim);
        Assert.True(ibrahim.Account.IsArchived);
        Assert.Equal(Aisha, ibrahim.ArchivedWithParentId);
        var maryam = await LoadStudentWithAccountAsync(Maryam);
        Assert.False(maryam.Account.IsArchived);
        Assert.Equal(Yusuf, maryam.Parent1Id);
        Assert.Equal(Aisha, maryam.Parent2Id);
    }

    [Fact]
    public async Task CancelArchivesNothing()
    {
        await AddRahmanFamilyAsync();
        var host = OpenPreview(Aisha, "Aisha Rahman");

        await ClickDialogButtonAsync(host, "Cancel");
        await WaitForFlowAsync(_archiveFlow!);

        Assert.Empty(host.FindAll("[data-testid=archive-dialog]"));
        Assert.Empty(Snackbar.ShownSnackbars);
        Assert.Equal(0, _changedCount);
        Assert.False(await IsParentArchivedAsync(Aisha));
        var ibrahim = await LoadStudentWithAccountAsync(Ibrahim);
        Assert.False(ibrahim.Account.IsArchived);
        var maryam = await LoadStudentWithAccountAsync(Maryam);
        Assert.Equal(Aisha, maryam.Parent1Id);
        Assert.Equal(Yusuf, maryam.Parent2Id);
    }

    [Fact]
    public async Task SecondClickOpensNoSecondPreview()
    {
        await AddRahmanFamilyAsync();
        var host = OpenPreview(Aisha, "Aisha Rahman");

        var button = _actions!.Find("[data-testid=archive-parent]");
        var disabledWhileOpen = button.HasAttribute("disabled");
        await WaitForFlowAsync(button.ClickAsync(new()));

        Assert.True(disabledWhileOpen);
        Assert.Single(host.FindAll("[data-testid=archive-dialog]"));
    }

    /// <summary>Renders the profile's lifecycle buttons, clicks Archive and waits for the preview.</summary>
    private IRenderedComponent<DialogHost> OpenPreview(Guid parentId, string parentName)
    {
        var host = Render<DialogHost>();
        _actions = Render<ParentLifecycleActions>(parameters => parameters
            .Add(a => a.ParentId, parentId)
            .Add(a => a.ParentName, parentName)
            .Add(a => a.IsArchived, false)
            .Add(a => a.Changed, () => _changedCount++));

        _archiveFlow = _actions.Find("[data-testid=archive-parent]").ClickAsync(new());

        host.WaitForElement("[data-testid=archive-dialog]");
        return host;
    }
}
