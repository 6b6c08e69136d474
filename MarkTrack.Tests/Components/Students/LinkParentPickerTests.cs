using Bunit;
using MarkTrack.Tests.Infrastructure;
using MarkTrack.Web.Components.Pages.Students;
using MudBlazor;

namespace MarkTrack.Tests.Components.Students;

/// <summary>The Parents card of a student's profile and its Link Parent picker, over a real database.</summary>
public sealed class LinkParentPickerTests : LinkingTestContext
{
    private Guid _aisha;
    private Guid _yusuf;
    private Guid _maryam;
    private int _changedCount;

    /// <summary>The Link Parent click, which runs until the picker closes and the link is saved.</summary>
    private Task? _linkFlow;

    private async Task SeedAsync()
    {
        _aisha = await AddParentAsync("Aisha Rahman", "aisha@example.org");
        _yusuf = await AddParentAsync("Yusuf Rahman", "yusuf@example.org");
        await AddParentAsync("Fatima Khan", "fatima@example.org");
        _maryam = await AddStudentAsync("Maryam Rahman", null, _aisha);
    }

    [Fact]
    public async Task CardShowsSlotsWithEmptySecond()
    {
        await SeedAsync();

        var card = await RenderCardAsync(_maryam);

        Assert.Contains("Aisha Rahman", card.Find("[data-testid=slot-1]").TextContent);
        Assert.Equal($"/parents/{_aisha}", card.Find("[data-testid=slot-1] a").GetAttribute("href"));
        Assert.Contains("Empty", card.Find("[data-testid=slot-2]").TextContent);
        Assert.Single(card.FindAll("[data-testid=unlink-parent]"));
    }

    [Fact]
    public async Task PickerShowsAlreadyLinkedBadge()
    {
        await SeedAsync();
        var (host, _) = await OpenPickerAsync(_maryam);

        var candidates = FindCandidates(host);

        Assert.Contains("Already Linked", candidates["Aisha Rahman"].TextContent);
        Assert.DoesNotContain("Already Linked", candidates["Yusuf Rahman"].TextContent);
        Assert.DoesNotContain("Already Linked", candidates["Fatima Khan"].TextContent);
    }

    [Fact]
    public async Task AlreadyLinkedRowIsDisabled()
    {
        await SeedAsync();
        var (host, _) = await OpenPickerAsync(_maryam);

        var candidates = FindCandidates(host);

        Assert.Contains("mud-list-item-disabled", candidates["Aisha Rahman"].ClassList);
        Assert.DoesNotContain("mud-list-item-disabled", candidates["Yusuf Rahman"].ClassList);
    }

    [Fact]
    public async Task AlreadyLinkedRowCannotBePicked()
    {
        await SeedAsync();
        var (host, _) = await OpenPickerAsync(_maryam);

        await FindCandidates(host)["Aisha Rahman"].ClickAsync(new());

        Assert.True(host.Find("[data-testid=link-confirm]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task SearchFiltersParents()
    {
        await SeedAsync();
        var (host, _) = await OpenPickerAsync(_maryam);

        await host.Find("input[data-testid=link-search]").InputAsync(new() { Value = "yusuf@" });

        host.WaitForAssertion(() => Assert.Equal(["Yusuf Rahman"], FindCandidates(host).Keys));
    }

    [Fact]
    public async Task PickingParentFillsParent2()
    {
        await SeedAsync();
        var (host, _) = await OpenPickerAsync(_maryam);

        await FindCandidates(host)["Yusuf Rahman"].ClickAsync(new());
        var confirm = host.Find("[data-testid=link-confirm]");
        var enabledAfterPick = !confirm.HasAttribute("disabled");
        await confirm.ClickAsync(new());
        await _linkFlow!.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken);

        Assert.True(enabledAfterPick);
        var maryam = await LoadStudentAsync(_maryam);
        Assert.Equal(_aisha, maryam.Parent1Id);
        Assert.Equal(_yusuf, maryam.Parent2Id);
        var snackbar = Assert.Single(Snackbar.ShownSnackbars);
        Assert.Equal("Maryam Rahman has been linked as a child of Yusuf Rahman", snackbar.Message);
        Assert.Equal(Severity.Success, snackbar.Severity);
        Assert.Equal(1, _changedCount);
    }

    [Fact]
    public async Task ThirdParentShowsRefusalInSnackbar()
    {
        await SeedAsync();
        await LinkAsync(_yusuf, _maryam);
        var (host, _) = await OpenPickerAsync(_maryam);

        await FindCandidates(host)["Fatima Khan"].ClickAsync(new());
        await host.Find("[data-testid=link-confirm]").ClickAsync(new());
        await _linkFlow!.WaitAsync(TimeSpan.FromSeconds(10), Xunit.TestContext.Current.CancellationToken);

        var snackbar = Assert.Single(Snackbar.ShownSnackbars);
        Assert.Equal("Maryam Rahman already has two parents linked. Please unlink one first.", snackbar.Message);
        Assert.Equal(Severity.Error, snackbar.Severity);
        var maryam = await LoadStudentAsync(_maryam);
        Assert.Equal(_aisha, maryam.Parent1Id);
        Assert.Equal(_yusuf, maryam.Parent2Id);
    }

    private async Task<IRenderedComponent<StudentParentsCard>> RenderCardAsync(Guid studentId)
    {
        var profile = await GetStudentProfileAsync(studentId);
        return Render<StudentParentsCard>(parameters => parameters
            .Add(c => c.Profile, profile!)
            .Add(c => c.Changed, () => _changedCount++));
    }

    private async Task<(IRenderedComponent<DialogHost> Host, IRenderedComponent<StudentParentsCard> Card)> OpenPickerAsync(Guid studentId)
    {
        var host = Render<DialogHost>();
        var card = await RenderCardAsync(studentId);

        _linkFlow = card.Find("[data-testid=link-parent]").ClickAsync(new());

        host.WaitForElement("[data-testid=link-candidate]");
        return (host, card);
    }
}
