using Bunit;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Teaching;
using MarkTrack.Tests.Infrastructure;
using MarkTrack.Web.Components.Pages.Teaching;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace MarkTrack.Tests.Components.Teaching;

public sealed class ScoreGridDialogTests : MudTestContext
{
    private static readonly Guid Zaid = Guid.NewGuid();

    private IReadOnlyList<ScoreEntry>? _saved;

    [Theory]
    [InlineData("17,5", 17.5)]
    [InlineData("17.5", 17.5)]
    [InlineData(" 20 ", 20)]
    [InlineData("0", 0)]
    public async Task ScoreReadsPointOrComma(string typed, double expected)
    {
        var (host, _) = await OpenAsync();

        await host.Find("input[data-testid=score-input]").InputAsync(new() { Value = typed });
        await host.Find("[data-testid=save-scores]").ClickAsync(new());

        Assert.NotNull(_saved);
        Assert.Equal((decimal)expected, Assert.Single(_saved).Points);
    }

    [Fact]
    public async Task EmptyScoreSavesAsNoScore()
    {
        var (host, _) = await OpenAsync();

        await host.Find("input[data-testid=score-input]").InputAsync(new() { Value = " " });
        await host.Find("[data-testid=save-scores]").ClickAsync(new());

        Assert.NotNull(_saved);
        Assert.Null(Assert.Single(_saved).Points);
    }

    [Theory]
    [InlineData("25")]
    [InlineData("-3")]
    [InlineData("abc")]
    [InlineData("1.5.2")]
    public async Task InvalidScoreSavesNothing(string typed)
    {
        var (host, dialog) = await OpenAsync();

        await host.Find("input[data-testid=score-input]").InputAsync(new() { Value = typed });
        await host.Find("[data-testid=save-scores]").ClickAsync(new());

        Assert.Null(_saved);
        Assert.False(dialog.Result.IsCompleted);
        Assert.Contains("Fix the score of Zaid Khan", host.Find("[data-testid=score-error]").TextContent);
    }

    private async Task<(IRenderedComponent<DialogHost> Host, IDialogReference Dialog)> OpenAsync()
    {
        var host = Render<DialogHost>();
        var grid = new ScoreGrid(Guid.NewGuid(), "Mathematics", "Quiz 1", 20m, [new ScoreRow(Zaid, "Zaid Khan", null)]);
        var parameters = new DialogParameters<ScoreGridDialog>
        {
            { d => d.Grid, grid },
            { d => d.SaveAsync, SaveAsync },
        };
        var dialogs = Services.GetRequiredService<IDialogService>();
        var dialog = await host.InvokeAsync(() => dialogs.ShowAsync<ScoreGridDialog>("Quiz 1", parameters));
        return (host, dialog);
    }

    private Task<Result> SaveAsync(IReadOnlyList<ScoreEntry> entries)
    {
        _saved = entries;
        return Task.FromResult(Result.Success("Saved."));
    }
}
