using MarkTrack.Domain.Grading;

namespace MarkTrack.Tests.Grading;

public sealed class LetterScaleTests
{
    [Fact]
    public void DefaultScaleHasTwelveGrades()
    {
        var scale = new LetterScale(null);

        Assert.Equal(["A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-", "F"], scale.Grades.Select(g => g.Letter));
        Assert.Equal([4.0m, 3.7m, 3.3m, 3.0m, 2.7m, 2.3m, 2.0m, 1.7m, 1.3m, 1.0m, 0.7m, 0m], scale.Grades.Select(g => g.Points));
    }

    [Fact]
    public void ConfiguredScaleReplacesDefault()
    {
        var scale = new LetterScale([new("Pass", 50m, 4m), new("Fail", 0m, 0m)]);

        Assert.Equal("Pass", scale.Grade(50m).Letter);
        Assert.Equal("Fail", scale.Grade(49.9m).Letter);
    }

    [Fact]
    public void ScaleWithoutZeroIsRejected()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => new LetterScale([new("A", 90m, 4m)]));

        Assert.Contains("MinPercent 0", failure.Message);
    }

    [Fact]
    public void PointsAboveFourAreRejected()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => new LetterScale([new("A", 0m, 5m)]));

        Assert.Contains("Points must be between 0 and 4", failure.Message);
    }
}
