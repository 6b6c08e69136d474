using MarkTrack.Domain.Common;
using MarkTrack.Domain.Hifz;
using MarkTrack.Domain.Portal;
using MarkTrack.Domain.Schools;
using MarkTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Tests.Portal;

/// <summary>
/// "Today" for the daily acknowledgment is the school's date. Asia/Karachi is UTC+5 all year,
/// so 19:00 UTC is already midnight there while the UTC date has not changed.
/// </summary>
public sealed class AcknowledgmentTimeZoneTests : IAsyncLifetime
{
    private static readonly DateOnly FirstDay = new(2026, 9, 1);

    private DomainTestHost _host = null!;
    private RecordsBuilder _records = null!;
    private PortalFamily _family = null!;
    private Guid _hifzClass;

    public async ValueTask InitializeAsync()
    {
        _host = await DomainTestHost.StartAsync(new Dictionary<string, string?> { ["Schools:DefaultTimeZone"] = "Asia/Karachi" });
        _records = new RecordsBuilder(_host);
        _family = await PortalFamily.CreateAsync(_host);
        _hifzClass = await _records.ClassAsync("Hifz A", isHifz: true, students: _family.Maryam);
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task NewDayStartsAtSchoolMidnight()
    {
        await _records.LessonAsync(_hifzClass, _family.Maryam, FirstDay, new(114, 1, 114, 6));
        _host.Clock.Advance(TimeSpan.FromHours(10.5)); // 18:30 UTC, 23:30 in Karachi on 1 September

        var beforeMidnight = await AcknowledgeAsync(_family.AishaAccountId);
        var againBeforeMidnight = await AcknowledgeAsync(_family.YusufAccountId);
        _host.Clock.Advance(TimeSpan.FromHours(1)); // 19:30 UTC on 1 September, 00:30 on 2 September in Karachi
        var beforeTodaysLesson = await AcknowledgeAsync(_family.YusufAccountId);
        await _records.LessonAsync(_hifzClass, _family.Maryam, FirstDay.AddDays(1), new(113, 1, 113, 5));
        var afterMidnight = await AcknowledgeAsync(_family.YusufAccountId);

        Assert.True(beforeMidnight.Succeeded, beforeMidnight.Message);
        Assert.Equal(
            "Today's Hifz lessons of Maryam Rahman were already acknowledged by Aisha Rahman at 23:30.",
            againBeforeMidnight.Message);
        Assert.StartsWith("There is no Hifz lesson for Maryam Rahman today yet", beforeTodaysLesson.Message);
        Assert.True(afterMidnight.Succeeded, afterMidnight.Message);
        var saved = await _host.QueryAsync(db => db.HifzAcknowledgments.OrderBy(a => a.Date).ToListAsync());
        Assert.Equal([FirstDay, FirstDay.AddDays(1)], saved.Select(a => a.Date));
        Assert.Equal(["Aisha Rahman", "Yusuf Rahman"], saved.Select(a => a.AcknowledgedByName));
        Assert.All(saved, a => Assert.Equal(new DateOnly(2026, 9, 1), DateOnly.FromDateTime(a.AcknowledgedAt)));
    }

    [Fact]
    public async Task SchoolZoneOverridesDefault()
    {
        var changed = await _host.RunAsync<SchoolService, Result>(s => s.ChangeTimeZoneAsync(_host.School.Id, "America/New_York", CancellationToken.None));
        _host.Clock.Advance(TimeSpan.FromHours(-6)); // 02:00 UTC on 1 September, still 31 August in New York

        var page = await _host.RunAsync<ChildRecords, ChildPage?>(r => r.GetPageAsync(_family.AishaAccountId, _family.Maryam, CancellationToken.None));

        Assert.True(changed.Succeeded, changed.Message);
        Assert.Equal(new DateOnly(2026, 8, 31), page!.Hifz.Today);
    }

    [Fact]
    public async Task UnknownZoneIsRejected()
    {
        var result = await _host.RunAsync<SchoolService, Result>(s => s.ChangeTimeZoneAsync(_host.School.Id, "Mars/Olympus", CancellationToken.None));

        Assert.False(result.Succeeded);
        Assert.Equal("TimeZoneId", result.Field);
        Assert.StartsWith("Mars/Olympus is not a known time zone.", result.Message);
    }

    private Task<Result> AcknowledgeAsync(string accountId) =>
        _host.RunAsync<ChildRecords, Result>(r => r.AcknowledgeHifzAsync(accountId, _family.Maryam, CancellationToken.None));
}
