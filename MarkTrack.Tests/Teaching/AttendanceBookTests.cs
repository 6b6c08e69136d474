using MarkTrack.Domain.Common;
using MarkTrack.Domain.Teaching;
using MarkTrack.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Tests.Teaching;

public sealed class AttendanceBookTests : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 9, 1);

    private DomainTestHost _host = null!;
    private RecordsBuilder _records = null!;
    private Guid _maryam;
    private Guid _ibrahim;
    private Guid _classId;

    public async ValueTask InitializeAsync()
    {
        _host = await DomainTestHost.StartAsync();
        _records = new RecordsBuilder(_host);
        var families = new FamilyBuilder(_host);
        var parent = await families.ParentAsync("Aisha Rahman");
        _maryam = await families.ChildAsync("Maryam Rahman", parent);
        _ibrahim = await families.ChildAsync("Ibrahim Rahman", parent);
        _classId = await _records.ClassAsync("Mathematics 5", students: [_maryam, _ibrahim]);
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task NewGridDefaultsToPresent()
    {
        var grid = await GetGridAsync(Day);

        Assert.All(grid.Rows, row => Assert.Equal(AttendanceStatus.Present, row.Status));
        Assert.All(grid.Rows, row => Assert.False(row.IsRecorded));
    }

    [Fact]
    public async Task SavedGridCanBeChangedLater()
    {
        await _records.AttendanceAsync(_classId, Day, (_maryam, AttendanceStatus.Present), (_ibrahim, AttendanceStatus.Absent));

        var result = await SaveAsync(Day, (_maryam, AttendanceStatus.Late), (_ibrahim, AttendanceStatus.Excused));

        Assert.Equal("Attendance saved for Mathematics 5 on 1 Sep 2026: 0 present, 1 late, 0 absent, 1 excused.", result.Message);
        var grid = await GetGridAsync(Day);
        Assert.Equal([AttendanceStatus.Excused, AttendanceStatus.Late], grid.Rows.Select(r => r.Status));
        Assert.Equal(2, await _host.QueryAsync(db => db.AttendanceRecords.CountAsync()));
    }

    [Fact]
    public async Task FutureDateIsRejected()
    {
        var result = await SaveAsync(Day.AddDays(1), (_maryam, AttendanceStatus.Present));

        Assert.Equal(TeachingMessages.DateInFuture, result.Message);
        Assert.Equal(0, await _host.QueryAsync(db => db.AttendanceRecords.CountAsync()));
    }

    [Fact]
    public async Task StudentOutsideClassSavesNothing()
    {
        var families = new FamilyBuilder(_host);
        var stranger = await families.ChildAsync("Zaid Khan", await families.ParentAsync("Fatima Khan"));

        var result = await SaveAsync(Day, (_maryam, AttendanceStatus.Present), (stranger, AttendanceStatus.Absent));

        Assert.Equal(TeachingMessages.StudentNotInClass, result.Message);
        Assert.Equal(0, await _host.QueryAsync(db => db.AttendanceRecords.CountAsync()));
    }

    [Fact]
    public async Task DatabaseRejectsSecondRecordOfDay()
    {
        await _records.AttendanceAsync(_classId, Day, (_maryam, AttendanceStatus.Present));

        var failure = await Assert.ThrowsAsync<SqliteException>(() => _host.QueryAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO AttendanceRecords (Id, ClassId, StudentId, Date, Status, RecordedAt) VALUES ({Guid.NewGuid()}, {_classId}, {_maryam}, '2026-09-01', 'Late', '2026-09-01')")));

        Assert.Contains("UNIQUE", failure.Message);
    }

    private async Task<AttendanceGrid> GetGridAsync(DateOnly date) =>
        (await _host.RunAsync<AttendanceBook, AttendanceGrid?>(a => a.GetGridAsync(_classId, date, CancellationToken.None)))!;

    private Task<Result> SaveAsync(DateOnly date, params (Guid StudentId, AttendanceStatus Status)[] marks) =>
        _host.RunAsync<AttendanceBook, Result>(a => a.SaveAsync(
            _classId,
            date,
            marks.Select(m => new AttendanceEntry(m.StudentId, m.Status)).ToList(),
            CancellationToken.None));
}
