using MarkTrack.Domain.Common;
using MarkTrack.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace MarkTrack.Domain.Teaching;

public sealed record AssessmentInput(string? Title, DateOnly? Date, decimal? MaxPoints, decimal? Weight);

public sealed record AssessmentRow(Guid Id, string Title, DateOnly Date, decimal MaxPoints, decimal Weight, int ScoredCount)
{
    public AssessmentInput ToInput() => new(Title, Date, MaxPoints, Weight);
}

/// <summary>One student's line in the score grid; Points is null when the student has no score.</summary>
public sealed record ScoreRow(Guid StudentId, string FullName, decimal? Points);

public sealed record ScoreGrid(Guid AssessmentId, string ClassName, string Title, decimal MaxPoints, IReadOnlyList<ScoreRow> Rows);

/// <summary>A score typed in the grid; null Points removes the student's score.</summary>
public sealed record ScoreEntry(Guid StudentId, decimal? Points);

/// <summary>A class's assessments and the score grid of each.</summary>
public sealed class Gradebook(MarkTrackDbContext db, TimeProvider clock, ILogger<Gradebook> logger)
{
    public Task<List<AssessmentRow>> ListAssessmentsAsync(Guid classId, CancellationToken cancellationToken) =>
        db.Assessments
            .Where(a => a.ClassId == classId)
            .OrderByDescending(a => a.Date).ThenBy(a => a.Title)
            .Select(a => new AssessmentRow(
                a.Id, a.Title, a.Date, a.MaxPoints, a.Weight, db.Scores.Count(s => s.AssessmentId == a.Id)))
            .ToListAsync(cancellationToken);

    public async Task<Result<Guid>> AddAssessmentAsync(Guid classId, AssessmentInput input, CancellationToken cancellationToken)
    {
        if (!await db.Classes.AnyAsync(c => c.Id == classId, cancellationToken))
            return Result<Guid>.Failure(TeachingMessages.ClassNotFound);
        if (Validate(input, out var details) is { } invalid)
            return Result<Guid>.Failure(invalid.Message, invalid.Field);

        var assessment = new Assessment(classId, details, clock.GetUtcNow().UtcDateTime);
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Added assessment {AssessmentId} to class {ClassId}", assessment.Id, classId);
        return Result<Guid>.Success(assessment.Id, TeachingMessages.AssessmentAdded(assessment.Title));
    }

    public async Task<Result> UpdateAssessmentAsync(Guid assessmentId, AssessmentInput input, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.FirstOrDefaultAsync(a => a.Id == assessmentId, cancellationToken);
        if (assessment is null)
            return Result.Failure(TeachingMessages.AssessmentNotFound);
        if (Validate(input, out var details) is { } invalid)
            return invalid;

        var above = await db.Scores.CountAsync(
            s => s.AssessmentId == assessmentId && s.Points > details.MaxPoints, cancellationToken);
        if (above > 0)
            return Result.Failure(TeachingMessages.ScoresAboveMaximum(above, details.MaxPoints), "MaxPoints");

        assessment.Change(details);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Changed assessment {AssessmentId}", assessment.Id);
        return Result.Success(TeachingMessages.AssessmentSaved(assessment.Title));
    }

    public async Task<Result> DeleteAssessmentAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments.FirstOrDefaultAsync(a => a.Id == assessmentId, cancellationToken);
        if (assessment is null)
            return Result.Failure(TeachingMessages.AssessmentNotFound);

        db.Assessments.Remove(assessment);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Deleted assessment {AssessmentId} with its scores", assessment.Id);
        return Result.Success(TeachingMessages.AssessmentDeleted(assessment.Title));
    }

    /// <summary>The class's students with their scores on the assessment, empty where there is none.</summary>
    public async Task<ScoreGrid?> GetScoreGridAsync(Guid assessmentId, CancellationToken cancellationToken)
    {
        var assessment = await db.Assessments
            .Where(a => a.Id == assessmentId)
            .Select(a => new { a.Id, a.ClassId, a.Title, a.MaxPoints, ClassName = db.Classes.First(c => c.Id == a.ClassId).Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (assessment is null)
            return null;

        var rows = await db.StudentsIn(assessment.ClassId)
            .Select(s => new
            {
                s.Id,
                s.Account.FullName,
                Points = db.Scores
                    .Where(score => score.AssessmentId == assessmentId && score.StudentId == s.Id)
                    .Select(score => (decimal?)score.Points)
                    .FirstOrDefault(),
            })
            .OrderBy(r => r.FullName)
            .ToListAsync(cancellationToken);
        return new ScoreGrid(
            assessment.Id,
            assessment.ClassName,
            assessment.Title,
            assessment.MaxPoints,
            rows.Select(r => new ScoreRow(r.Id, r.FullName, r.Points)).ToList());
    }

    /// <summary>
    /// Saves the whole grid in one transaction: every typed score is checked first, and one
    /// invalid score saves nothing. An empty cell removes the student's score.
    /// </summary>
    public async Task<Result> SaveScoresAsync(Guid assessmentId, IReadOnlyList<ScoreEntry> entries, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var assessment = await db.Assessments.FirstOrDefaultAsync(a => a.Id == assessmentId, cancellationToken);
        if (assessment is null)
            return Result.Failure(TeachingMessages.AssessmentNotFound);

        var names = await db.StudentsIn(assessment.ClassId)
            .Select(s => new { s.Id, s.Account.FullName })
            .ToDictionaryAsync(s => s.Id, s => s.FullName, cancellationToken);
        if (CheckEntries(entries, names, assessment.MaxPoints) is { } invalid)
            return invalid;

        var studentIds = entries.Select(e => e.StudentId).ToList();
        var existing = await db.Scores
            .Where(s => s.AssessmentId == assessmentId && studentIds.Contains(s.StudentId))
            .ToDictionaryAsync(s => s.StudentId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in entries)
            Apply(assessmentId, entry, existing.GetValueOrDefault(entry.StudentId), now);

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var scored = entries.Count(e => e.Points is not null);
        logger.LogInformation(
            "Saved scores of assessment {AssessmentId}: {ScoredCount} scored, {MissingCount} without a score",
            assessmentId, scored, entries.Count - scored);
        return Result.Success(TeachingMessages.ScoresSaved(assessment.Title, scored, entries.Count - scored));
    }

    private static Result? CheckEntries(IReadOnlyList<ScoreEntry> entries, Dictionary<Guid, string> names, decimal maxPoints)
    {
        if (entries.Select(e => e.StudentId).Distinct().Count() != entries.Count)
            return Result.Failure(TeachingMessages.SavedByOthers);

        foreach (var entry in entries)
        {
            if (!names.TryGetValue(entry.StudentId, out var name))
                return Result.Failure(TeachingMessages.StudentNotInClass);
            if (entry.Points is { } points && (points < 0m || points > maxPoints))
                return Result.Failure(TeachingMessages.ScoreOutOfRange(name, points, maxPoints), entry.StudentId.ToString());
        }

        return null;
    }

    private void Apply(Guid assessmentId, ScoreEntry entry, Score? existing, DateTime now)
    {
        if (entry.Points is not { } points)
        {
            if (existing is not null)
                db.Scores.Remove(existing);
            return;
        }

        if (existing is null)
            db.Scores.Add(new Score(assessmentId, entry.StudentId, points, now));
        else if (existing.Points != points)
            existing.Change(points, now);
    }

    private static Result? Validate(AssessmentInput input, out AssessmentDetails details)
    {
        var title = TextInput.Clean(input.Title);
        details = new AssessmentDetails(title ?? "", input.Date ?? default, input.MaxPoints ?? 0m, input.Weight ?? 0m);

        if (TextInput.Check(title, "Title", Assessment.TitleMaxLength, TeachingMessages.TitleRequired) is { } titleProblem)
            return Result.Failure(titleProblem, "Title");
        if (input.Date is null)
            return Result.Failure(TeachingMessages.DateRequired, "Date");
        if (input.MaxPoints is null)
            return Result.Failure(TeachingMessages.MaxPointsRequired, "MaxPoints");
        if (input.MaxPoints is <= 0m or > Assessment.MaxMaximumPoints)
            return Result.Failure(TeachingMessages.MaxPointsOutOfRange, "MaxPoints");
        if (input.Weight is null)
            return Result.Failure(TeachingMessages.WeightRequired, "Weight");
        if (input.Weight is <= 0m or > Assessment.MaxWeight)
            return Result.Failure(TeachingMessages.WeightOutOfRange, "Weight");
        return null;
    }
}
