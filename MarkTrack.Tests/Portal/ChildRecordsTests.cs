using MarkTrack.Domain.Common;
using MarkTrack.Domain.Hifz;
using MarkTrack.Domain.Portal;
using MarkTrack.Domain.Teaching;
using MarkTrack.Tests.Infrastructure;

namespace MarkTrack.Tests.Portal;

public sealed class ChildRecordsTests : IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 9, 1);

    private DomainTestHost _host = null!;
    private RecordsBuilder _records = null!;
    private PortalFamily _family = null!;

    public async ValueTask InitializeAsync()
    {
        _host = await DomainTestHost.StartAsync();
        _records = new RecordsBuilder(_host);
        _family = await PortalFamily.CreateAsync(_host);
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task GradesShowRowPerClassAndGpa()
    {
        var maths = await _records.ClassAsync("Mathematics", credits: 4m, teacher: "Mr Hussain", students: _family.Maryam);
        var arabic = await _records.ClassAsync("Arabic", credits: 1m, teacher: "Ustadha Noor", students: _family.Maryam);
        await _records.ClassAsync("Art", credits: 2m, students: _family.Maryam);
        await _records.ScoreAsync(maths, _family.Maryam, 18m, maxPoints: 20m, weight: 1m);
        await _records.ScoreAsync(maths, _family.Maryam, 48m, maxPoints: 50m, weight: 3m);
        await _records.ScoreAsync(arabic, _family.Maryam, 74m);

        var page = await GetPageAsync(_family.AishaAccountId, _family.Maryam);

        var rows = page!.Grades.Classes;
        Assert.Equal(["Arabic", "Art", "Mathematics"], rows.Select(r => r.ClassName));
        var mathsRow = rows.Single(r => r.ClassName == "Mathematics");
        Assert.Equal("Mr Hussain", mathsRow.TeacherName);
        Assert.Equal(94.5m, mathsRow.AveragePercent);
        Assert.Equal("A", mathsRow.Letter);
        Assert.Equal(4.0m, mathsRow.GradePoints);
        var art = rows.Single(r => r.ClassName == "Art");
        Assert.Null(art.AveragePercent);
        Assert.Null(art.Letter);
        Assert.Equal(3.6m, page.Grades.Gpa);
    }

    [Fact]
    public async Task AttendanceShowsLatestThirtyAndRate()
    {
        var maths = await _records.ClassAsync("Mathematics", students: _family.Maryam);
        _host.Clock.Advance(TimeSpan.FromDays(60));
        for (var i = 0; i < 40; i++)
        {
            var status = (i % 10) switch
            {
                0 => AttendanceStatus.Absent,
                1 => AttendanceStatus.Excused,
                2 => AttendanceStatus.Late,
                _ => AttendanceStatus.Present,
            };
            await _records.AttendanceAsync(maths, Day.AddDays(i), (_family.Maryam, status));
        }

        var page = await GetPageAsync(_family.AishaAccountId, _family.Maryam);

        var attendance = page!.Attendance;
        Assert.Equal(30, attendance.Recent.Count);
        Assert.Equal(Day.AddDays(39), attendance.Recent[0].Date);
        Assert.Equal(40, attendance.Recorded);
        Assert.Equal(80.0m, attendance.Rate);
        Assert.Equal([(2026, 9), (2026, 10)], attendance.Months.Select(m => (m.Year, m.Month)));
        Assert.Equal(30, attendance.Months[0].Recorded);
        Assert.Equal(80.0m, attendance.Months[0].Rate);
    }

    [Fact]
    public async Task ExcusedOnlyAttendanceRateIsZero()
    {
        var maths = await _records.ClassAsync("Mathematics", students: _family.Maryam);
        await _records.AttendanceAsync(maths, Day, (_family.Maryam, AttendanceStatus.Excused));

        var page = await GetPageAsync(_family.AishaAccountId, _family.Maryam);

        Assert.Equal(0.0m, page!.Attendance.Rate);
    }

    [Fact]
    public async Task NoAttendanceHasNoRate()
    {
        var page = await GetPageAsync(_family.AishaAccountId, _family.Maryam);

        Assert.Null(page!.Attendance.Rate);
        Assert.Empty(page.Attendance.Months);
    }

    [Fact]
    public async Task HifzShowsProgressAndRecentLessons()
    {
        var hifz = await _records.ClassAsync("Hifz A", credits: 0m, isHifz: true, students: _family.Maryam);
        await _records.LessonAsync(hifz, _family.Maryam, Day.AddDays(-2), new(112, 1, 114, 6), note: "Page 604 done");
        await _records.LessonAsync(hifz, _family.Maryam, Day.AddDays(-1), new(111, 1, 111, 5));
        await _records.LessonAsync(hifz, _family.Maryam, Day, new(112, 1, 114, 6), HifzLessonKind.RecentRevision, 5, "Fluent");

        var page = await GetPageAsync(_family.AishaAccountId, _family.Maryam);

        var report = page!.Hifz;
        Assert.True(report.HasHifzClass);
        Assert.Equal(20, report.Progress.MemorizedAyahs);
        Assert.Equal(1, report.Progress.PagesMemorized);
        Assert.Equal(new QuranPosition(111, 5), report.Progress.Current);
        Assert.Equal([Day, Day.AddDays(-1), Day.AddDays(-2)], report.RecentLessons.Select(l => l.Date));
        Assert.Equal("Fluent", report.RecentLessons[0].Note);
        Assert.True(report.HasLessonToday);
        Assert.Equal(HifzTodayStatus.Waiting, report.TodayStatus);
    }

    [Fact]
    public async Task BothParentsSeeSamePage()
    {
        var maths = await _records.ClassAsync("Mathematics", students: _family.Maryam);
        await _records.ScoreAsync(maths, _family.Maryam, 88m);

        var fromAisha = await GetPageAsync(_family.AishaAccountId, _family.Maryam);
        var fromYusuf = await GetPageAsync(_family.YusufAccountId, _family.Maryam);

        Assert.Equal(fromAisha!.Grades.Gpa, fromYusuf!.Grades.Gpa);
        Assert.Equal(fromAisha.Grades.Classes, fromYusuf.Grades.Classes);
    }

    [Fact]
    public async Task IndependentStudentSeesOwnPage()
    {
        var families = new FamilyBuilder(_host);
        var bilal = await families.IndependentAsync("Bilal Ahmed", "bilal@example.org");
        var maths = await _records.ClassAsync("Mathematics", students: bilal);
        await _records.ScoreAsync(maths, bilal, 91m);
        var bilalAccount = await PortalFamily.StudentAccountOfAsync(_host, bilal);

        var page = await GetPageAsync(bilalAccount, bilal);
        var cards = await _host.RunAsync<PortalDirectory, IReadOnlyList<PortalChild>>(d => d.ListChildrenAsync(bilalAccount, CancellationToken.None));

        Assert.Equal("A-", page!.Grades.Classes.Single().Letter);
        Assert.Equal("Bilal Ahmed", Assert.Single(cards).FullName);
    }

    [Fact]
    public async Task CardsSummarizeEachChild()
    {
        var maths = await _records.ClassAsync("Mathematics", students: _family.Maryam);
        var hifz = await _records.ClassAsync("Hifz A", credits: 0m, isHifz: true, students: _family.Maryam);
        await _records.ScoreAsync(maths, _family.Maryam, 85m);
        await _records.AttendanceAsync(maths, Day, (_family.Maryam, AttendanceStatus.Late));
        await _records.LessonAsync(hifz, _family.Maryam, Day, new(114, 1, 114, 6));

        var cards = await _host.RunAsync<PortalDirectory, IReadOnlyList<PortalChild>>(d => d.ListChildrenAsync(_family.YusufAccountId, CancellationToken.None));

        var card = Assert.Single(cards);
        Assert.Equal("Maryam Rahman", card.FullName);
        Assert.Equal(["Test School"], card.SchoolNames);
        Assert.Equal(3.0m, card.Gpa);
        Assert.Equal(100.0m, card.AttendanceRate);
        Assert.Equal(HifzTodayStatus.Waiting, card.HifzToday);
    }

    [Fact]
    public async Task AcknowledgeOncePerDayForBothParents()
    {
        var hifz = await _records.ClassAsync("Hifz A", isHifz: true, students: _family.Maryam);
        await _records.LessonAsync(hifz, _family.Maryam, Day, new(114, 1, 114, 6));

        var first = await AcknowledgeAsync(_family.AishaAccountId, _family.Maryam);
        var second = await AcknowledgeAsync(_family.YusufAccountId, _family.Maryam);

        Assert.Equal("Today's Hifz lessons of Maryam Rahman are acknowledged. Thank you.", first.Message);
        Assert.False(second.Succeeded);
        Assert.Equal("Today's Hifz lessons of Maryam Rahman were already acknowledged by Aisha Rahman at 08:00.", second.Message);
        var page = await GetPageAsync(_family.YusufAccountId, _family.Maryam);
        Assert.Equal(HifzTodayStatus.Acknowledged, page!.Hifz.TodayStatus);
        Assert.Equal("Aisha Rahman", page.Hifz.TodayAcknowledgment!.AcknowledgedBy);
    }

    [Fact]
    public async Task AcknowledgeWithoutLessonTodayIsRefused()
    {
        var hifz = await _records.ClassAsync("Hifz A", isHifz: true, students: _family.Maryam);
        await _records.LessonAsync(hifz, _family.Maryam, Day.AddDays(-1), new(114, 1, 114, 6));

        var result = await AcknowledgeAsync(_family.AishaAccountId, _family.Maryam);

        Assert.False(result.Succeeded);
        Assert.StartsWith("There is no Hifz lesson for Maryam Rahman today yet", result.Message);
    }

    private Task<ChildPage?> GetPageAsync(string accountId, Guid studentId) =>
        _host.RunAsync<ChildRecords, ChildPage?>(r => r.GetPageAsync(accountId, studentId, CancellationToken.None));

    private Task<Result> AcknowledgeAsync(string accountId, Guid studentId) =>
        _host.RunAsync<ChildRecords, Result>(r => r.AcknowledgeHifzAsync(accountId, studentId, CancellationToken.None));
}
