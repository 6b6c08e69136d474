using System.Globalization;

namespace MarkTrack.Web.Components.Pages.Portal;

/// <summary>Formats the portal's grades, rates and dates. A missing value shows as a dash.</summary>
public static class PortalFormat
{
    public const string Missing = "—";

    public static string Gpa(decimal? gpa) => gpa?.ToString("0.00", CultureInfo.InvariantCulture) ?? Missing;

    public static string Percent(decimal? percent) =>
        percent is { } value ? value.ToString("0.0", CultureInfo.InvariantCulture) + "%" : Missing;

    public static string Points(decimal? points) => points?.ToString("0.0", CultureInfo.InvariantCulture) ?? Missing;

    public static string Day(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
