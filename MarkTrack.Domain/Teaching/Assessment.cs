namespace MarkTrack.Domain.Teaching;

/// <summary>A graded piece of work in a class: a test, a quiz or a project.</summary>
public sealed class Assessment
{
    public const int TitleMaxLength = 200;
    public const decimal MaxMaximumPoints = 10_000m;
    public const decimal MaxWeight = 100m;

    private Assessment()
    {
    }

    public Assessment(Guid classId, AssessmentDetails details, DateTime createdAt)
    {
        Id = Guid.NewGuid();
        ClassId = classId;
        CreatedAt = createdAt;
        Change(details);
    }

    public Guid Id { get; private set; }

    public Guid ClassId { get; private set; }

    public string Title { get; private set; } = "";

    public DateOnly Date { get; private set; }

    /// <summary>The points a perfect score earns; scores range from zero to this.</summary>
    public decimal MaxPoints { get; private set; }

    /// <summary>The assessment's relative weight in the class average, such as 1 for a quiz and 3 for an exam.</summary>
    public decimal Weight { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public void Change(AssessmentDetails details)
    {
        Title = details.Title;
        Date = details.Date;
        MaxPoints = details.MaxPoints;
        Weight = details.Weight;
    }
}

public sealed record AssessmentDetails(string Title, DateOnly Date, decimal MaxPoints, decimal Weight);

/// <summary>A student's points on an assessment. A student without a row has no score, which is not a zero.</summary>
public sealed class Score
{
    private Score()
    {
    }

    public Score(Guid assessmentId, Guid studentId, decimal points, DateTime recordedAt)
    {
        AssessmentId = assessmentId;
        StudentId = studentId;
        Points = points;
        RecordedAt = recordedAt;
    }

    public Guid AssessmentId { get; private set; }

    public Guid StudentId { get; private set; }

    public decimal Points { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public void Change(decimal points, DateTime recordedAt)
    {
        Points = points;
        RecordedAt = recordedAt;
    }
}
