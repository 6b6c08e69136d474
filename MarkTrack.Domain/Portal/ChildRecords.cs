using MarkTrack.Domain.Common;
using MarkTrack.Domain.Data;
using MarkTrack.Domain.Grading;
using MarkTrack.Domain.Hifz;
using MarkTrack.Domain.Schools;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MarkTrack.Domain.Portal;

/// <summary>
/// A child's grades, attendance and Hifz records as the portal shows them, and the daily
/// Hifz acknowledgment. Every method first checks, through <see cref="PortalAccess"/>, that
/// the signed-in account may see the child, and returns "not found" when it may not.
/// A child's page loads in a fixed number of queries however many records the child has.
/// </summary>
public sealed class ChildRecords(
    MarkTrackDbContext db,
    PortalAccess access,
    SchoolCalendar calendar,
    IOptions<GradingOptions> grading,
    TimeProvider clock,
    ILogger<ChildRecords> logger)
{
    public const int RecentAttendanceCount = 30;
    public const int RecentLessonCount = 10;
    public const int ChartMonthCount = 12;

    private readonly LetterScale _scale = new(grading.Value.LetterScale);

    /// <summary>Returns the child's page, or null when the account may not see the child.</summary>
    public async Task<ChildPage?> GetPageAsync(string accountId, Guid studentId, CancellationToken cancellationToken)
    {
        var child = await FindChildAsync(accountId, studentId, cancellationToken);
        if (child is null)
        {
            access.LogRefusal(accountId, "child page");
            return null;
        }

        var classes = await LoadClassesAsync(studentId, cancellationToken);
        var grades = await LoadGradesAsync(studentId, classes, cancellationToken);
        var attendance = await AttendanceReports.LoadAsync(db, studentId, cancellationToken);
        var zone = HifzTimeZone(child, classes);
        var hifz = await HifzReports.LoadAsync(db, studentId, HasHifzClass(classes), zone, calendar, cancellationToken);
        return new ChildPage(child.Id, child.FullName, child.SchoolNames, grades, attendance, hifz);
    }

    /// <summary>The My Children cards of every child the account may see.</summary>
    public async Task<IReadOnlyList<PortalChild>> ListCardsAsync(string accountId, CancellationToken cancellationToken)
    {
        var children = await ToVisibleChildren(access.VisibleStudents(accountId).OrderBy(s => s.Account.FullName))
            .ToListAsync(cancellationToken);
        var cards = new List<PortalChild>(children.Count);
        foreach (var child in children)
        {
            var classes = await LoadClassesAsync(child.Id, cancellationToken);
            var grades = await LoadGradesAsync(child.Id, classes, cancellationToken);
            var rate = await AttendanceReports.LoadRateAsync(db, child.Id, cancellationToken);
            var zone = HifzTimeZone(child, classes);
            var today = await HifzReports.LoadTodayAsync(db, child.Id, HasHifzClass(classes), zone, calendar, cancellationToken);
            cards.Add(new PortalChild(child.Id, child.FullName, child.SchoolNames, grades.Gpa, rate, today));
        }

        return cards;
    }

    /// <summary>
    /// Records that the account acknowledged the child's Hifz lessons of today, in the
    /// school's time zone. Once per child per day: a second tap, by either parent, changes nothing.
    /// </summary>
    public async Task<Result> AcknowledgeHifzAsync(string accountId, Guid studentId, CancellationToken cancellationToken)
    {
        var child = await FindChildAsync(accountId, studentId, cancellationToken);
        if (child is null)
        {
            access.LogRefusal(accountId, "Hifz acknowledgment");
            return Result.Failure(PortalAccess.NotFound);
        }

        var classes = await LoadClassesAsync(studentId, cancellationToken);
        var zone = HifzTimeZone(child, classes);
        var today = calendar.Today(zone);
        if (!await db.HifzLessons.AnyAsync(l => l.StudentId == studentId && l.Date == today, cancellationToken))
            return Result.Failure(PortalMessages.NoLessonToday(child.FullName));
        if (await HifzReports.FindAcknowledgmentAsync(db, studentId, today, zone, calendar, cancellationToken) is { } earlier)
            return Result.Failure(PortalMessages.AlreadyAcknowledged(child.FullName, earlier.AcknowledgedBy, earlier.AcknowledgedAt));

        var name = await db.Users.Where(a => a.Id == accountId).Select(a => a.FullName).FirstAsync(cancellationToken);
        db.HifzAcknowledgments.Add(new HifzAcknowledgment(studentId, today, accountId, name, clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueConstraintViolation())
        {
            logger.LogInformation("Both parents acknowledged the Hifz lessons of student {StudentId} at once", studentId);
            db.ChangeTracker.Clear();
            var first = await HifzReports.FindAcknowledgmentAsync(db, studentId, today, zone, calendar, cancellationToken);
            return Result.Failure(PortalMessages.AlreadyAcknowledged(child.FullName, first!.AcknowledgedBy, first.AcknowledgedAt));
        }

        logger.LogInformation(
            "Account {AccountId} acknowledged the Hifz lessons of student {StudentId} for {Date}", accountId, studentId, today);
        return Result.Success(PortalMessages.Acknowledged(child.FullName));
    }

    private Task<VisibleChild?> FindChildAsync(string accountId, Guid studentId, CancellationToken cancellationToken) =>
        ToVisibleChildren(access.VisibleStudents(accountId).Where(s => s.Id == studentId)).FirstOrDefaultAsync(cancellationToken);

    private IQueryable<VisibleChild> ToVisibleChildren(IQueryable<Students.Student> students) =>
        students.Select(s => new VisibleChild(
            s.Id,
            s.Account.FullName,
            db.Enrollments
                .Where(e => e.StudentId == s.Id)
                .Join(db.Schools, e => e.SchoolId, school => school.Id, (e, school) => school.Name)
                .OrderBy(name => name)
                .ToList(),
            db.Enrollments
                .Where(e => e.StudentId == s.Id)
                .Join(db.Schools, e => e.SchoolId, school => school.Id, (e, school) => school)
                .OrderBy(school => school.Name)
                .Select(school => school.TimeZoneId)
                .FirstOrDefault()));

    private async Task<List<EnrolledClass>> LoadClassesAsync(Guid studentId, CancellationToken cancellationToken)
    {
        var classes = await db.ClassEnrollments
            .Where(e => e.StudentId == studentId)
            .Join(db.Classes, e => e.ClassId, c => c.Id, (e, c) => c)
            .Join(db.Schools, c => c.SchoolId, s => s.Id, (c, s) => new
            {
                c.Id, c.Name, c.TeacherName, c.Credits, c.IsHifz, SchoolName = s.Name, s.TimeZoneId,
            })
            .OrderBy(c => c.Name)
            .ToListAsync(cancellationToken);
        return classes
            .Select(c => new EnrolledClass(c.Id, c.Name, c.TeacherName, c.Credits, c.IsHifz, c.SchoolName, c.TimeZoneId))
            .ToList();
    }

    private async Task<GradeReport> LoadGradesAsync(Guid studentId, List<EnrolledClass> classes, CancellationToken cancellationToken)
    {
        var scores = await db.Scores
            .Where(s => s.StudentId == studentId)
            .Join(db.Assessments, s => s.AssessmentId, a => a.Id, (s, a) => new { a.ClassId, s.Points, a.MaxPoints, a.Weight })
            .ToListAsync(cancellationToken);
        var byClass = scores.ToLookup(s => s.ClassId, s => new ScoredAssessment(s.Points, s.MaxPoints, s.Weight));

        var rows = new List<ClassGradeRow>();
        var grades = new List<ClassGrade>();
        foreach (var schoolClass in classes)
        {
            var grade = GradeCalculator.GradeClass(byClass[schoolClass.Id], schoolClass.Credits, _scale);
            grades.Add(grade);
            rows.Add(new ClassGradeRow(
                schoolClass.Id,
                schoolClass.Name,
                schoolClass.TeacherName,
                schoolClass.Credits,
                grade.AveragePercent,
                grade.Letter?.Letter,
                grade.Letter?.Points));
        }

        return new GradeReport(rows, GradeCalculator.Gpa(grades));
    }

    private static bool HasHifzClass(List<EnrolledClass> classes) => classes.Any(c => c.IsHifz);

    /// <summary>
    /// The time zone that decides a child's Hifz "today": the school of the child's first Hifz
    /// class by school name, else the child's first school by name.
    /// </summary>
    private static string? HifzTimeZone(VisibleChild child, List<EnrolledClass> classes)
    {
        var hifzClass = classes.Where(c => c.IsHifz).OrderBy(c => c.SchoolName).FirstOrDefault();
        return hifzClass is not null ? hifzClass.TimeZoneId : child.FirstSchoolTimeZoneId;
    }

    private sealed record VisibleChild(Guid Id, string FullName, List<string> SchoolNames, string? FirstSchoolTimeZoneId);

    private sealed record EnrolledClass(
        Guid Id,
        string Name,
        string TeacherName,
        decimal Credits,
        bool IsHifz,
        string SchoolName,
        string? TimeZoneId);
}
