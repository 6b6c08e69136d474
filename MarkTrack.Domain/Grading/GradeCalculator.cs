using MarkTrack.Domain.Teaching;

namespace MarkTrack.Domain.Grading;

/// <summary>A scored assessment, as the class average reads it.</summary>
public sealed record ScoredAssessment(decimal Points, decimal MaxPoints, decimal Weight);

/// <summary>A class's average and grade; Average is null when nothing is scored yet.</summary>
public sealed record ClassGrade(decimal? AveragePercent, LetterGrade? Letter, decimal Credits);

/// <summary>The grade arithmetic, in decimal so that a boundary such as 93.0 is exact.</summary>
public static class GradeCalculator
{
    /// <summary>
    /// The weight-weighted mean of points / maximum over the scored assessments, as a
    /// percentage rounded to one decimal (half away from zero), or null when none is scored.
    /// The letter is read from the rounded value, so a shown 93.0 is always an A.
    /// </summary>
    public static decimal? AveragePercent(IEnumerable<ScoredAssessment> scored)
    {
        var weightSum = 0m;
        var weighted = 0m;
        foreach (var item in scored)
        {
            weightSum += item.Weight;
            weighted += item.Weight * item.Points / item.MaxPoints;
        }

        if (weightSum == 0m)
            return null;
        return Math.Round(weighted / weightSum * 100m, 1, MidpointRounding.AwayFromZero);
    }

    public static ClassGrade GradeClass(IEnumerable<ScoredAssessment> scored, decimal credits, LetterScale scale)
    {
        var average = AveragePercent(scored);
        return new ClassGrade(average, average is { } value ? scale.Grade(value) : null, credits);
    }

    /// <summary>
    /// The credit-weighted mean of grade points over classes that have an average, rounded to
    /// two decimals; null when no such class carries credits.
    /// </summary>
    public static decimal? Gpa(IEnumerable<ClassGrade> classes)
    {
        var credits = 0m;
        var points = 0m;
        foreach (var grade in classes.Where(c => c.Letter is not null))
        {
            credits += grade.Credits;
            points += grade.Credits * grade.Letter!.Points;
        }

        if (credits == 0m)
            return null;
        return Math.Round(points / credits, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>(Present + Late) / all recorded sessions as a percentage to one decimal; null with no records.</summary>
    public static decimal? AttendanceRate(int present, int late, int recorded)
    {
        if (recorded == 0)
            return null;
        return Math.Round((present + late) * 100m / recorded, 1, MidpointRounding.AwayFromZero);
    }

    public static bool CountsAsAttended(AttendanceStatus status) =>
        status is AttendanceStatus.Present or AttendanceStatus.Late;
}
