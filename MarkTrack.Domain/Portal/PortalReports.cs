using MarkTrack.Domain.Hifz;
using MarkTrack.Domain.Teaching;

namespace MarkTrack.Domain.Portal;

/// <summary>A child's card on My Children.</summary>
public sealed record PortalChild(
    Guid StudentId,
    string FullName,
    IReadOnlyList<string> SchoolNames,
    decimal? Gpa,
    decimal? AttendanceRate,
    HifzTodayStatus HifzToday);

public enum HifzTodayStatus
{
    NoHifzClass,
    NoLessonToday,
    Waiting,
    Acknowledged,
}

public sealed record ClassGradeRow(
    Guid ClassId,
    string ClassName,
    string TeacherName,
    decimal Credits,
    decimal? AveragePercent,
    string? Letter,
    decimal? GradePoints);

/// <summary>The Grades tab: a row per class and the credit-weighted GPA on the 4.0 scale (null without grades).</summary>
public sealed record GradeReport(IReadOnlyList<ClassGradeRow> Classes, decimal? Gpa);

public sealed record AttendanceLine(DateOnly Date, string ClassName, AttendanceStatus Status);

/// <summary>The attendance rate of one calendar month, in percent.</summary>
public sealed record MonthlyRate(int Year, int Month, decimal Rate, int Recorded);

/// <summary>The Attendance tab: the rate over every recorded session, the latest sessions and a rate per month.</summary>
public sealed record AttendanceReport(
    decimal? Rate,
    IReadOnlyDictionary<AttendanceStatus, int> Counts,
    IReadOnlyList<AttendanceLine> Recent,
    IReadOnlyList<MonthlyRate> Months)
{
    public int Recorded => Counts.Values.Sum();
}

public sealed record PortalLesson(
    DateOnly Date,
    string ClassName,
    HifzLessonKind Kind,
    AyahRange Range,
    int Quality,
    string? Note);

/// <summary>Who acknowledged a day's lessons, at the school's local time.</summary>
public sealed record AcknowledgmentInfo(string AcknowledgedBy, DateTime AcknowledgedAt);

/// <summary>The Hifz tab. Today is the date in the school's time zone.</summary>
public sealed record HifzReport(
    bool HasHifzClass,
    HifzProgress Progress,
    IReadOnlyList<PortalLesson> RecentLessons,
    DateOnly Today,
    bool HasLessonToday,
    AcknowledgmentInfo? TodayAcknowledgment)
{
    public HifzTodayStatus TodayStatus =>
        !HasHifzClass && RecentLessons.Count == 0 ? HifzTodayStatus.NoHifzClass
        : TodayAcknowledgment is not null ? HifzTodayStatus.Acknowledged
        : HasLessonToday ? HifzTodayStatus.Waiting
        : HifzTodayStatus.NoLessonToday;
}

/// <summary>Everything a child's portal page shows.</summary>
public sealed record ChildPage(
    Guid StudentId,
    string FullName,
    IReadOnlyList<string> SchoolNames,
    GradeReport Grades,
    AttendanceReport Attendance,
    HifzReport Hifz);
