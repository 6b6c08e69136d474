namespace MarkTrack.Domain.Grading;

/// <summary>A letter grade from a minimum percentage up, with its grade points on the 4.0 scale.</summary>
public sealed record LetterGrade(string Letter, decimal MinPercent, decimal Points);

/// <summary>The <c>Grading</c> configuration section.</summary>
public sealed class GradingOptions
{
    public const string SectionName = "Grading";

    /// <summary>
    /// The letter scale, highest first; null or empty uses <see cref="LetterScale.Default"/>.
    /// A list bound from configuration replaces the default whole.
    /// </summary>
    public List<LetterGrade>? LetterScale { get; set; }
}

/// <summary>Turns an average percentage into a letter and grade points.</summary>
public sealed class LetterScale
{
    /// <summary>The scale when none is configured: A from 93, A- from 90, and so on down to F below 60.</summary>
    public static readonly IReadOnlyList<LetterGrade> Default =
    [
        new("A", 93m, 4.0m),
        new("A-", 90m, 3.7m),
        new("B+", 87m, 3.3m),
        new("B", 83m, 3.0m),
        new("B-", 80m, 2.7m),
        new("C+", 77m, 2.3m),
        new("C", 73m, 2.0m),
        new("C-", 70m, 1.7m),
        new("D+", 67m, 1.3m),
        new("D", 63m, 1.0m),
        new("D-", 60m, 0.7m),
        new("F", 0m, 0m),
    ];

    private readonly LetterGrade[] _grades;

    public LetterScale(IEnumerable<LetterGrade>? grades)
    {
        var list = grades?.ToList() is { Count: > 0 } configured ? configured : Default.ToList();
        if (Validate(list) is { } problem)
            throw new InvalidOperationException($"The Grading:LetterScale setting is invalid: {problem}");
        _grades = list.OrderByDescending(g => g.MinPercent).ToArray();
    }

    public IReadOnlyList<LetterGrade> Grades => _grades;

    /// <summary>The highest grade whose minimum the percentage reaches; a percentage on a boundary gets the higher grade.</summary>
    public LetterGrade Grade(decimal percent) =>
        _grades.FirstOrDefault(g => percent >= g.MinPercent) ?? _grades[^1];

    /// <summary>Returns why a scale is unusable, or null when it is fine.</summary>
    public static string? Validate(IReadOnlyList<LetterGrade> grades)
    {
        if (grades.Any(g => string.IsNullOrWhiteSpace(g.Letter)))
            return "every grade needs a Letter.";
        if (grades.Any(g => g.Points is < 0m or > 4m))
            return "Points must be between 0 and 4.";
        if (grades.Any(g => g.MinPercent is < 0m or > 100m))
            return "MinPercent must be between 0 and 100.";
        if (grades.Select(g => g.MinPercent).Distinct().Count() != grades.Count)
            return "two grades have the same MinPercent.";
        if (!grades.Any(g => g.MinPercent == 0m))
            return "the lowest grade needs MinPercent 0, so every percentage gets a letter.";
        return null;
    }
}
