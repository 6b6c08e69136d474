using Bunit;
using MarkTrack.Tests.Infrastructure;
using MarkTrack.Web.Components.Pages.Parents;
using MudBlazor;

namespace MarkTrack.Tests.Components.Parents;

/// <summary>The Children tab of a parent's profile and its Link Student to Parent picker, over a real database.</summary>
public sealed class LinkStudentPickerTests : LinkingTestContext
{
    private Guid _aisha;
    private Guid _fatima;
    private Guid _maryam;
    private Guid _zaid;

    private async Task SeedAsync()
    {
        _aisha = await AddParentAsync("Aisha Rahman", "aisha@example.org");
        _fatima = await AddParentAsync("Fatima Khan", "fatima@example.org");
        _maryam = await AddStudentAsync("Maryam Rahman", null, _aisha);
        _zaid = await AddStudentAsync("Zaid Khan", null, _fatima);
        await AddStudentAsync("Bilal Ahmed", "bilal@example.org", null);
    }

    [Fact]
    public async Task PickerShowsAlreadyLinkedBadge()
    {
        await SeedAsync();
        var (host, _) = await OpenPickerAsync(_aisha);

        var candidates = FindCandidates(host);

        Assert.Contains("Already Linked", candidates["Maryam Rahman"].TextContent);
        Assert.DoesNotContain("Already Linked", candidates["Zaid Khan"].TextContent);
        Assert.DoesNotContain("Already Linked", candidates["Bilal Ahmed"].TextContent);
        Assert.Single(host.FindAll("[data-testid=already-linked]"));
    }

    [Fact]
    public async Task AlreadyLinkedRowIsDisabled()
    {
        await SeedAsync();
        var (host, _) = await OpenPickerAsync(_aisha);

        var candidates = FindCandidates(host);

        Assert.Contains("mud-list-item-disabled", candidates["Maryam Rahman"].ClassList);
        Assert.DoesNotContain("mud-list-item-disabled", candidates["Zaid Khan"].ClassList);
    }

    [Fact]
    public async Task AlreadyLinkedRowCannotBePicked()
    {
        await SeedAsync();
        var (host, _) = await OpenPickerAsync(_aisha);

        await FindCandidates(host)["Maryam Rahman"].ClickAsync(new());

        Assert.True(host.Find("[data-testid=link-confirm]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task SearchFiltersStudents()
    {
        await SeedAsync();
        var (host, _) = await OpenPickerAsync(_aisha);

        await host.Find("input[data-testid=link-search]").InputAsync(new() { Value = "khan" });

        host.WaitForAssertion(() => Assert.Equal(["Zaid Khan"], FindCandidates(host).Keys));
    }

    [Fact]
    public async Task PickingStudentLinksAsParent2()
    {
        await SeedAsync();
        var (host, tab) = await OpenPickerAsync(_aisha);

        await FindCandidates(host)["Zaid Khan"].ClickAsync(new());
        await host.Find("[data-testid=link-confirm]").ClickAsync(new());
        await _linkFlow!.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken);

        Assert.Empty(host.FindAll("[data-testid=link-picker-dialog]"));
        var zaid = await LoadStudentAsync(_zaid);
        Assert.Equal(_fatima, zaid.Parent1Id);
        Assert.Equal(_aisha, zaid.Parent2Id);
        var snackbar = Assert.Single(Snackbar.ShownSnackbars);
        Assert.Equal("Zaid Khan has been linked as a child of Aisha Rahman", snackbar.Message);
        Assert.Equal(Severity.Success, snackbar.Severity);
        Assert.Equal(1, _changedCount);
        Assert.False(tab.Find("[data-testid=link-student]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task SecondClickOpensNoSecondPicker()
    {
        await SeedAsync();
        var (host, tab) = await OpenPickerAsync(_aisha);

        var button = tab.Find("[data-testid=link-student]");
        var disabledWhileOpen = button.HasAttribute("disabled");
        var secondClick = button.ClickAsync(new());
        await secondClick.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken);

        Assert.True(disabledWhileOpen);
        Assert.Single(host.FindAll("[data-testid=link-picker-dialog]"));
    }

    [Fact]
    public async Task TabListsChildrenWithSlots()
    {
        await SeedAsync();
        await LinkAsync(_aisha, _zaid);
        var tab = await RenderTabAsync(_aisha);

        var rows = tab.FindAll("[data-testid=child-row]");

        Assert.Equal(2, rows.Count);
        Assert.Contains("Maryam Rahman", rows[0].TextContent);
        Assert.Contains("Parent 1 (primary)", rows[0].TextContent);
        Assert.Contains("Zaid Khan", rows[1].TextContent);
        Assert.Contains("Parent 2 (secondary)", rows[1].TextContent);
        Assert.Equal($"/students/{_zaid}", rows[1].QuerySelector("a")!.GetAttribute("href"));
    }

    private int _changedCount;

    /// <summary>The Link Student click, which runs until the picker closes and the link is saved.</summary>
    private Task? _linkFlow;

    private async Task<IRenderedComponent<ParentChildrenTab>> RenderTabAsync(Guid parentId)
    {
        var profile = await GetParentProfileAsync(parentId);
        return Render<ParentChildrenTab>(parameters => parameters
            .Add(t => t.Profile, profile!)
            .Add(t => t.Changed, () => _changedCount++));
    }

    private async Task<(IRenderedComponent<DialogHost> Host, IRenderedComponent<ParentChildrenTab> Tab)> OpenPickerAsync(Guid parentId)
    {
        var host = Render<DialogHost>();
        var tab = await RenderTabAsync(parentId);

        _linkFlow = tab.Find("[data-testid=link-student]").ClickAsync(new());

        host.WaitForElement("[data-testid=link-candidate]");
        return (host, tab);
    }
}
