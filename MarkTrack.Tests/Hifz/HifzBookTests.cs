using MarkTrack.Domain.Common;
using MarkTrack.Domain.Hifz;
using MarkTrack.Domain.Portal;
using MarkTrack.Domain.Teaching;
using MarkTrack.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Tests.Hifz;

public sealed class HifzBookTests : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 9, 1);

    private DomainTestHost _host = null!;
    private RecordsBuilder _records = null!;
    private Guid _parent;
    private Guid _maryam;
    private Guid _ibrahim;
    private Guid _classId;

    public async ValueTask InitializeAsync()
    {
        _host = await DomainTestHost.StartAsync();
        _records = new RecordsBuilder(_host);
        var families = new FamilyBuilder(_host);
        _parent = await families.ParentAsync("Aisha Rahman");
        _maryam = await families.ChildAsync("Maryam Rahman", _parent);
        _ibrahim = await families.ChildAsync("Ibrahim Rahman", _parent);
        _classId = await _records.ClassAsync("Hifz A", isHifz: true, students: [_maryam, _ibrahim]);
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(115, 1, 115, 2, "FromSurah", "From: Pick a surah from 1 to 114.")]
    [InlineData(114, 7, 114, 7, "FromAyah", "From: surah 114 has ayahs 1 to 6, so ayah 7 does not exist.")]
    [InlineData(1, 1, 1, 8, "ToAyah", "To: surah 1 has ayahs 1 to 7, so ayah 8 does not exist.")]
    [InlineData(114, 1, 113, 5, "ToAyah", "The lesson ends before it starts.")]
    [InlineData(67, 10, 67, 9, "ToAyah", "The lesson ends before it starts.")]
    public async Task InvalidRangeIsRejected(int fromSurah, int fromAyah, int toSurah, int toAyah, string field, string message)
    {
        var result = await RecordAsync(new HifzLessonInput(_maryam, Day, HifzLessonKind.NewLesson, new(fromSurah, fromAyah, toSurah, toAyah), 4, null));

        Assert.False(result.Succeeded);
        Assert.Equal(field, result.Field);
        Assert.StartsWith(message, result.Message);
        Assert.Equal(0, await _host.QueryAsync(db => db.HifzLessons.CountAsync()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public async Task QualityOutsideOneToFiveIsRejected(int quality)
    {
        var result = await RecordAsync(new HifzLessonInput(_maryam, Day, HifzLessonKind.NewLesson, new(114, 1, 114, 6), quality, null));

        Assert.Equal("Quality", result.Field);
    }

    [Fact]
    public async Task FutureLessonIsRejected()
    {
        var result = await RecordAsync(new HifzLessonInput(_maryam, Day.AddDays(1), HifzLessonKind.NewLesson, new(114, 1, 114, 6), 4, null));

        Assert.Equal(TeachingMessages.DateInFuture, result.Message);
    }

    [Fact]
    public async Task LessonInOrdinaryClassIsRejected()
    {
        var maths = await _records.ClassAsync("Mathematics", students: _maryam);

        var result = await _host.RunAsync<HifzBook, Result>(h => h.RecordLessonAsync(
            maths, new HifzLessonInput(_maryam, Day, HifzLessonKind.NewLesson, new(114, 1, 114, 6), 4, null), CancellationToken.None));

        Assert.Equal(TeachingMessages.NotAHifzClass, result.Message);
    }

    [Fact]
    public async Task SameKindSameDayReplacesLesson()
    {
        await _records.LessonAsync(_classId, _maryam, Day, new(114, 1, 114, 3), note: "Good start");

        var result = await RecordAsync(new HifzLessonInput(_maryam, Day, HifzLessonKind.NewLesson, new(114, 1, 114, 6), 5, "  Whole surah  "));

        Assert.Equal("New lesson recorded for Maryam Rahman on 1 Sep 2026.", result.Message);
        var lesson = await _host.QueryAsync(db => db.HifzLessons.SingleAsync());
        Assert.Equal(new AyahRange(114, 1, 114, 6), lesson.Range);
        Assert.Equal("Whole surah", lesson.Note);
        Assert.Equal(5, lesson.Quality);
    }

    [Fact]
    public async Task DatabaseRejectsAyahBeyondSurah()
    {
        var failure = await Assert.ThrowsAsync<SqliteException>(() => _host.QueryAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO HifzLessons (Id, ClassId, StudentId, Date, Kind, FromSurah, FromAyah, ToSurah, ToAyah, Quality, RecordedAt)
            VALUES ({Guid.NewGuid()}, {_classId}, {_maryam}, '2026-09-01', 'NewLesson', 114, 1, 114, 7, 3, '2026-09-01')
            """)));

        Assert.Contains("CK_HifzLesson_To", failure.Message);
    }

    [Fact]
    public async Task DayShowsWhoAcknowledgedAndWhoIsWaiting()
    {
        await _records.LessonAsync(_classId, _maryam, Day, new(114, 1, 114, 6));
        await _records.LessonAsync(_classId, _ibrahim, Day, new(113, 1, 113, 5));
        var accountId = await _host.QueryAsync(db => db.Parents.Where(p => p.Id == _parent).Select(p => p.AccountId).SingleAsync());
        _host.Clock.Advance(TimeSpan.FromHours(9));
        var acknowledged = await _host.RunAsync<ChildRecords, Result>(r => r.AcknowledgeHifzAsync(accountId, _maryam, CancellationToken.None));

        var day = await _host.RunAsync<HifzBook, HifzDay?>(h => h.GetDayAsync(_classId, Day, CancellationToken.None));

        Assert.True(acknowledged.Succeeded, acknowledged.Message);
        Assert.Equal(2, day!.Lessons.Count);
        var ibrahim = day.Acknowledgments.Single(a => a.StudentName == "Ibrahim Rahman");
        var maryam = day.Acknowledgments.Single(a => a.StudentName == "Maryam Rahman");
        Assert.True(ibrahim.IsWaiting);
        Assert.Equal("Aisha Rahman", maryam.AcknowledgedBy);
        Assert.Equal(new DateTime(2026, 9, 1, 17, 0, 0), maryam.AcknowledgedAt);
    }

    private Task<Result> RecordAsync(HifzLessonInput input) =>
        _host.RunAsync<HifzBook, Result>(h => h.RecordLessonAsync(_classId, input, CancellationToken.None));
}
