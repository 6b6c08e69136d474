using MarkTrack.Domain.Hifz;
using MarkTrack.Domain.Portal;
using MarkTrack.Domain.Teaching;
using MarkTrack.Tests.Infrastructure;

namespace MarkTrack.Tests.Portal;

/// <summary>
/// A child's page loads in a fixed number of SQL commands: a child with ten times the
/// records costs the same commands as a child with one of each.
/// </summary>
public sealed class ChildPageQueryCountTests : IAsyncLifetime
{
    private static readonly DateOnly FirstDay = new(2026, 6, 1);

    private DomainTestHost _host = null!;
    private RecordsBuilder _records = null!;
    private PortalFamily _family = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await DomainTestHost.StartAsync();
        _records = new RecordsBuilder(_host);
        _family = await PortalFamily.CreateAsync(_host);
        _host.Clock.Advance(TimeSpan.FromDays(90));
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task CommandCountDoesNotGrowWithRecords()
    {
        await SeedAsync(_family.Zaid, classes: 1, assessmentsPerClass: 1, days: 1);
        await SeedAsync(_family.Maryam, classes: 3, assessmentsPerClass: 10, days: 30);

        var fewRecords = await CountCommandsAsync(_family.FatimaAccountId, _family.Zaid);
        var manyRecords = await CountCommandsAsync(_family.AishaAccountId, _family.Maryam);

        var output = Xunit.TestContext.Current.TestOutputHelper;
        output?.WriteLine($"1 class, 1 assessment, 1 day: {fewRecords.Count} commands");
        output?.WriteLine($"3 classes, 30 assessments, 30 days: {manyRecords.Count} commands");
        foreach (var command in manyRecords)
            output?.WriteLine(command.Split('\n')[0]);
        Assert.Equal(fewRecords.Count, manyRecords.Count);
        Assert.InRange(manyRecords.Count, 1, 10);
    }

    private async Task<IReadOnlyList<string>> CountCommandsAsync(string accountId, Guid studentId)
    {
        _host.Commands.Reset();
        var page = await _host.RunAsync<ChildRecords, ChildPage?>(r => r.GetPageAsync(accountId, studentId, CancellationToken.None));
        Assert.NotNull(page);
        return _host.Commands.Commands;
    }

    private async Task SeedAsync(Guid studentId, int classes, int assessmentsPerClass, int days)
    {
        var hifz = await _records.ClassAsync($"Hifz {studentId:N}"[..12], isHifz: true, students: studentId);
        for (var c = 0; c < classes; c++)
        {
            var classId = await _records.ClassAsync($"Class {c} {studentId:N}"[..16], students: studentId);
            for (var a = 0; a < assessmentsPerClass; a++)
                await _records.ScoreAsync(classId, studentId, 60m + a);
            for (var d = 0; d < days; d++)
                await _records.AttendanceAsync(classId, FirstDay.AddDays(d), (studentId, AttendanceStatus.Present));
        }

        for (var d = 0; d < days; d++)
        {
            var surah = 114 - d % 30;
            await _records.LessonAsync(hifz, studentId, FirstDay.AddDays(d), new(surah, 1, surah, 3), note: $"Day {d}");
        }
    }
}
