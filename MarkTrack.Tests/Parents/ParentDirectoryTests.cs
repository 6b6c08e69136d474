using MarkTrack.Domain.Parents;
using MarkTrack.Tests.Infrastructure;

namespace MarkTrack.Tests.Parents;

public sealed class ParentDirectoryTests : IAsyncLifetime
{
    private DomainTestHost _host = null!;
    private FamilyBuilder _families = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await DomainTestHost.StartAsync();
        _families = new FamilyBuilder(_host);
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("élodie")]
    [InlineData("ÉLODIE")]
    [InlineData("elodie")]
    public async Task SearchIgnoresCaseAndAccents(string search)
    {
        await _families.ParentAsync("Élodie Martin");
        await _families.ParentAsync("élodie Durand");
        await _families.ParentAsync("Yusuf Rahman");

        var page = await ListAsync(search);

        Assert.Equal(2, page.TotalCount);
        Assert.All(page.Rows, row => Assert.Contains("lodie", row.FullName));
    }

    [Fact]
    public async Task ListSortsAlphabeticallyWhateverTheCase()
    {
        await _families.ParentAsync("Yusuf Rahman");
        await _families.ParentAsync("de Souza");
        await _families.ParentAsync("Élodie Martin");
        await _families.ParentAsync("Aisha Rahman");

        var page = await ListAsync(null);

        Assert.Equal(["Aisha Rahman", "de Souza", "Élodie Martin", "Yusuf Rahman"], page.Rows.Select(r => r.FullName));
    }

    [Theory]
    [InlineData("100%")]
    [InlineData("under_")]
    public async Task SearchTreatsWildcardsLiterally(string search)
    {
        await _families.ParentAsync("Plain Name");

        var page = await ListAsync(search);

        Assert.Equal(0, page.TotalCount);
    }

    [Fact]
    public async Task ListPagesOnTheServer()
    {
        for (var i = 0; i < 12; i++)
            await _families.ParentAsync($"Parent {i:D2}");

        var second = await _host.RunAsync<ParentDirectory, ParentPage>(d => d.ListAsync(_host.School.Id, null, 1, 5, CancellationToken.None));

        Assert.Equal(12, second.TotalCount);
        Assert.Equal(["Parent 05", "Parent 06", "Parent 07", "Parent 08", "Parent 09"], second.Rows.Select(r => r.FullName));
    }

    private Task<ParentPage> ListAsync(string? search) =>
        _host.RunAsync<ParentDirectory, ParentPage>(d => d.ListAsync(_host.School.Id, search, 0, 25, CancellationToken.None));
}
