using Bunit;
using MarkTrack.Tests.Infrastructure;
using MarkTrack.Web.Components.Pages.Parents;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MarkTrack.Tests.Components.Parents;

/// <summary>
/// The permanent delete confirmation: its button waits for the parent's exact name, and the
/// warning counts the children deleted with the parent.
/// </summary>
public sealed class DeleteParentDialogTests : LifecycleTestContext
{
    [Fact]
    public async Task DeleteDisabledBeforeTyping()
    {
        var (host, _) = await OpenAsync("Aisha Rahman", 0);

        Assert.True(host.Find("[data-testid=confirm-delete]").HasAttribute("disabled"));
    }

    [Theory]
    [InlineData("Aisha")]
    [InlineData("aisha rahman")]
    [InlineData("Aisha  Rahman")]
    [InlineData("Aisha Rahman2")]
    public async Task DeleteDisabledUntilNameMatches(string typed)
    {
        var (host, _) = await OpenAsync("Aisha Rahman", 0);

        await host.Find("input[data-testid=confirm-name]").InputAsync(new() { Value = typed });

        Assert.True(host.Find("[data-testid=confirm-delete]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task ExactNameEnablesDelete()
    {
        var (host, _) = await OpenAsync("Aisha Rahman", 0);

        await host.Find("input[data-testid=confirm-name]").InputAsync(new() { Value = "Aisha Rahman" });

        Assert.False(host.Find("[data-testid=confirm-delete]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task EditingAwayDisablesDeleteAgain()
    {
        var (host, _) = await OpenAsync("Aisha Rahman", 0);
        await host.Find("input[data-testid=confirm-name]").InputAsync(new() { Value = "Aisha Rahman" });

        await host.Find("input[data-testid=confirm-name]").InputAsync(new() { Value = "Aisha Rahma" });

        Assert.True(host.Find("[data-testid=confirm-delete]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task ConfirmReturnsTypedName()
    {
        var (host, dialog) = await OpenAsync("Aisha Rahman", 0);
        await host.Find("input[data-testid=confirm-name]").InputAsync(new() { Value = "Aisha Rahman" });

        await host.Find("[data-testid=confirm-delete]").ClickAsync(new());
        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken);

        Assert.False(result!.Canceled);
        Assert.Equal("Aisha Rahman", result.Data);
    }

    [Theory]
    [InlineData(0, "Aisha Rahman's account will be deleted. Children who have another parent stay")]
    [InlineData(1, "Aisha Rahman's account and the 1 child archived with them will be deleted, with all their records.")]
    [InlineData(2, "Aisha Rahman's account and the 2 children archived with them will be deleted, with all their records.")]
    public async Task WarningCountsChildrenArchivedWith(int children, string expected)
    {
        var (host, _) = await OpenAsync("Aisha Rahman", children);

        var warning = CollapseSpaces(host.Find("[data-testid=delete-warning]").TextContent);

        Assert.StartsWith("This cannot be undone. ", warning);
        Assert.Contains(expected, warning);
    }

    [Fact]
    public async Task ProfileDeleteRemovesParentAndSoloChild()
    {
        await AddRahmanFamilyAsync();
        await ArchiveAsync(Aisha);
        var host = Render<DialogHost>();
        var actions = Render<ParentLifecycleActions>(parameters => parameters
            .Add(a => a.ParentId, Aisha)
            .Add(a => a.ParentName, "Aisha Rahman")
            .Add(a => a.IsArchived, true));

        var deleteFlow = actions.Find("[data-testid=delete-parent]").ClickAsync(new());
        host.WaitForElement("[data-testid=delete-dialog]");
        var warning = host.Find("[data-testid=delete-warning]").TextContent;
        await host.Find("input[data-testid=confirm-name]").InputAsync(new() { Value = "Aisha Rahman" });
        await host.Find("[data-testid=confirm-delete]").ClickAsync(new());
        await WaitForFlowAsync(deleteFlow);

        Assert.Contains("the 1 child archived with them will be deleted", warning);
        var snackbar = Assert.Single(Snackbar.ShownSnackbars);
        Assert.Equal(
            "Aisha Rahman and 1 child were permanently deleted. 1 child kept with their other parent as Parent 1.",
            snackbar.Message);
        Assert.Equal(Severity.Success, snackbar.Severity);
        Assert.False(await Host.QueryAsync(db => db.Parents.AnyAsync(p => p.Id == Aisha)));
        Assert.False(await Host.QueryAsync(db => db.Students.AnyAsync(s => s.Id == Ibrahim)));
        var keptChild = await LoadStudentAsync(Maryam);
        Assert.Equal(Yusuf, keptChild.Parent1Id);
        Assert.Null(keptChild.Parent2Id);
        Assert.EndsWith("/parents/archived", Services.GetRequiredService<NavigationManager>().Uri);
    }

    private async Task<(IRenderedComponent<DialogHost> Host, IDialogReference Dialog)> OpenAsync(
        string parentName,
        int childrenArchivedWith)
    {
        var host = Render<DialogHost>();
        var parameters = new DialogParameters<DeleteParentDialog>
        {
            { d => d.ParentName, parentName },
            { d => d.ChildrenArchivedWith, childrenArchivedWith },
        };
        var dialogs = Services.GetRequiredService<IDialogService>();
        var dialog = await host.InvokeAsync(() => dialogs.ShowAsync<DeleteParentDialog>("Delete permanently", parameters));
        host.WaitForElement("[data-testid=delete-dialog]");
        return (host, dialog);
    }

    /// <summary>Joins the words of rendered markup with single spaces, as a browser shows them.</summary>
    private static string CollapseSpaces(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
