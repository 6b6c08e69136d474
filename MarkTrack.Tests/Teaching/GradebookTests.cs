using MarkTrack.Domain.Common;
using MarkTrack.Domain.Teaching;
using MarkTrack.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MarkTrack.Tests.Teaching;

public sealed class GradebookTests : IAsyncLifetime
{
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

    [Theory]
    [InlineData("", 20.0, 1.0, "Title")]
    [InlineData("Quiz", null, 1.0, "MaxPoints")]
    [InlineData("Quiz", 0.0, 1.0, "MaxPoints")]
    [InlineData("Quiz", 20.0, 0.0, "Weight")]
    [InlineData("Quiz", 20.0, null, "Weight")]
    public async Task InvalidAssessmentIsRejected(string title, double? maxPoints, double? weight, string field)
    {
        var input = new AssessmentInput(title, new DateOnly(2026, 9, 1), (decimal?)maxPoints, (decimal?)weight);

        var result = await _host.RunAsync<Gradebook, Result<Guid>>(g => g.AddAssessmentAsync(_classId, input, CancellationToken.None));

        Assert.False(result.Succeeded);
        Assert.Equal(field, result.Field);
        Assert.Equal(0, await _host.QueryAsync(db => db.Assessments.CountAsync()));
    }

    [Fact]
    public async Task GridShowsMissingScoresAsEmpty()
    {
        var quiz = await _records.AssessmentAsync(_classId, "Quiz 1", maxPoints: 20m);
        await SaveAsync(quiz, (_maryam, 18m));

        var grid = await _host.RunAsync<Gradebook, ScoreGrid?>(g => g.GetScoreGridAsync(quiz, CancellationToken.None));

        Assert.Equal([("Ibrahim Rahman", (decimal?)null), ("Maryam Rahman", 18m)], grid!.Rows.Select(r => (r.FullName, r.Points)));
    }

    [Fact]
    public async Task ScoreAboveMaximumSavesNothing()
    {
        var quiz = await _records.AssessmentAsync(_classId, "Quiz 1", maxPoints: 20m);

        var result = await SaveAsync(quiz, (_maryam, 18m), (_ibrahim, 21m));

        Assert.False(result.Succeeded);
        Assert.Equal("Ibrahim Rahman: 21 is not a valid score. Type a score from 0 to 20, or leave it empty.", result.Message);
        Assert.Equal(0, await _host.QueryAsync(db => db.Scores.CountAsync()));
    }

    [Fact]
    public async Task NegativeScoreIsRejected()
    {
        var quiz = await _records.AssessmentAsync(_classId, "Quiz 1", maxPoints: 20m);

        var result = await SaveAsync(quiz, (_maryam, -1m));

        Assert.False(result.Succeeded);
        Assert.Equal(0, await _host.QueryAsync(db => db.Scores.CountAsync()));
    }

    [Fact]
    public async Task EmptyCellRemovesScore()
    {
        var quiz = await _records.AssessmentAsync(_classId, "Quiz 1", maxPoints: 20m);
        await SaveAsync(quiz, (_maryam, 18m), (_ibrahim, 12m));

        var result = await SaveAsync(quiz, (_maryam, 19m), (_ibrahim, null));

        Assert.Equal("Scores saved for Quiz 1: 1 scored, 1 without a score.", result.Message);
        var scores = await _host.QueryAsync(db => db.Scores.ToListAsync());
        var only = Assert.Single(scores);
        Assert.Equal(19m, only.Points);
    }

    [Fact]
    public async Task GridSaveRollsBackWhole()
    {
        var quiz = await _records.AssessmentAsync(_classId, "Quiz 1", maxPoints: 20m);
        _host.Failures.FailOn("INSERT INTO \"Scores\"");

        await Assert.ThrowsAnyAsync<Exception>(() => SaveAsync(quiz, (_maryam, 18m), (_ibrahim, 12m)));

        _host.Failures.Clear();
        Assert.Equal(0, await _host.QueryAsync(db => db.Scores.CountAsync()));
    }

    [Fact]
    public async Task MaximumBelowSavedScoreIsRejected()
    {
        var quiz = await _records.AssessmentAsync(_classId, "Quiz 1", maxPoints: 20m);
        await SaveAsync(quiz, (_maryam, 18m));

        var result = await _host.RunAsync<Gradebook, Result>(g =>
            g.UpdateAssessmentAsync(quiz, new AssessmentInput("Quiz 1", new DateOnly(2026, 9, 1), 15m, 1m), CancellationToken.None));

        Assert.Equal("MaxPoints", result.Field);
        Assert.StartsWith("1 saved score(s) are above 15.", result.Message);
    }

    [Fact]
    public async Task DatabaseRejectsScoreAboveMaximum()
    {
        var quiz = await _records.AssessmentAsync(_classId, "Quiz 1", maxPoints: 20m);

        var failure = await Assert.ThrowsAsync<SqliteException>(() => _host.QueryAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO Scores (AssessmentId, StudentId, Points, RecordedAt) VALUES ({quiz}, {_maryam}, 20.5, '2026-09-01')")));

        Assert.Contains("CK_Score_WithinMaximum", failure.Message);
    }

    [Fact]
    public async Task DatabaseRejectsLoweredMaximum()
    {
        var quiz = await _records.AssessmentAsync(_classId, "Quiz 1", maxPoints: 20m);
        await SaveAsync(quiz, (_maryam, 18m));

        var failure = await Assert.ThrowsAsync<SqliteException>(() => _host.QueryAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE Assessments SET MaxPoints = 10 WHERE Id = {quiz}")));

        Assert.Contains("CK_Score_WithinMaximum", failure.Message);
    }

    [Fact]
    public async Task DeleteRemovesScores()
    {
        var quiz = await _records.AssessmentAsync(_classId, "Quiz 1", maxPoints: 20m);
        await SaveAsync(quiz, (_maryam, 18m));

        var result = await _host.RunAsync<Gradebook, Result>(g => g.DeleteAssessmentAsync(quiz, CancellationToken.None));

        Assert.Equal("Quiz 1 and its scores have been deleted.", result.Message);
        Assert.Equal(0, await _host.QueryAsync(db => db.Scores.CountAsync()));
    }

    private Task<Result> SaveAsync(Guid assessmentId, params (Guid StudentId, decimal? Points)[] scores) =>
        _host.RunAsync<Gradebook, Result>(g => g.SaveScoresAsync(
            assessmentId,
            scores.Select(s => new ScoreEntry(s.StudentId, s.Points)).ToList(),
            CancellationToken.None));
}
