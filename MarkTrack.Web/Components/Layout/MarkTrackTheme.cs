using MudBlazor;

namespace MarkTrack.Web.Components.Layout;

public static class MarkTrackTheme
{
    /// <summary>
    /// System fonts instead of MudBlazor's default Roboto, which loads from a font host that
    /// school networks often block.
    /// </summary>
    private static readonly string[] FontStack =
        ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1b5e20",
            Secondary = "#00796b",
            AppbarBackground = "#1b5e20",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = FontStack },
        },
    };
}
