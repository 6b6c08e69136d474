using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MarkTrack.Domain.Schools;

/// <summary>The <c>Schools</c> configuration section.</summary>
public sealed class SchoolOptions
{
    public const string SectionName = "Schools";

    /// <summary>The IANA time zone id of every school that has not chosen its own.</summary>
    public string DefaultTimeZone { get; set; } = "UTC";
}

/// <summary>
/// Turns the injected clock into a school's local date and time. Every "today" and "per day"
/// rule reads the time here, so tests can move the clock and change the zone.
/// </summary>
public sealed class SchoolCalendar(TimeProvider clock, IOptions<SchoolOptions> options, ILogger<SchoolCalendar> logger)
{
    /// <summary>Finds an IANA time zone; returns null for an unknown id.</summary>
    public static TimeZoneInfo? FindTimeZone(string? timeZoneId)
    {
        if (string.IsNullOrWhiteSpace(timeZoneId))
            return null;

        return TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId.Trim(), out var zone) ? zone : null;
    }

    public string DefaultTimeZoneId => options.Value.DefaultTimeZone;

    /// <summary>The school's zone: its own, else the configured default, else UTC.</summary>
    public TimeZoneInfo TimeZoneOf(string? schoolTimeZoneId)
    {
        if (FindTimeZone(schoolTimeZoneId) is { } own)
            return own;
        if (FindTimeZone(options.Value.DefaultTimeZone) is { } configured)
            return configured;

        logger.LogWarning(
            "The time zone {TimeZoneId} in Schools:DefaultTimeZone is unknown; using UTC",
            options.Value.DefaultTimeZone);
        return TimeZoneInfo.Utc;
    }

    public DateTimeOffset Now(string? schoolTimeZoneId) =>
        TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneOf(schoolTimeZoneId));

    public DateOnly Today(string? schoolTimeZoneId) => DateOnly.FromDateTime(Now(schoolTimeZoneId).DateTime);

    /// <summary>Shows a UTC time as the school's local time.</summary>
    public DateTime ToLocal(DateTime utc, string? schoolTimeZoneId) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), TimeZoneOf(schoolTimeZoneId));
}
