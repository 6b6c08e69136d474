using MarkTrack.Domain.Grading;

namespace MarkTrack.Tests.Grading;

public sealed class GradeCalculatorTests
{
    private static readonly LetterScale Scale = new(null);

    [Fact]
    public void NoScoresHaveNoAverage()
    {
        var grade = GradeCalculator.GradeClass([], credits: 1m, Scale);

        Assert.Null(grade.AveragePercent);
        Assert.Null(grade.Letter);
    }

    [Fact]
    public void AverageIsWeightWeighted()
    {
        // 18/20 = 90% with weight 1, 40/50 = 80% with weight 3: (90 + 240) / 4 = 82.5
        var average = GradeCalculator.AveragePercent([new(18m, 20m, 1m), new(40m, 50m, 3m)]);

        Assert.Equal(82.5m, average);
    }

    [Theory]
    [InlineData(93.0, "A", 4.0)]
    [InlineData(92.95, "A", 4.0)]
    [InlineData(92.94, "A-", 3.7)]
    [InlineData(90.0, "A-", 3.7)]
    [InlineData(89.99, "A-", 3.7)]
    [InlineData(89.94, "B+", 3.3)]
    [InlineData(87.0, "B+", 3.3)]
    [InlineData(83.0, "B", 3.0)]
    [InlineData(80.0, "B-", 2.7)]
    [InlineData(77.0, "C+", 2.3)]
    [InlineData(73.0, "C", 2.0)]
    [InlineData(70.0, "C-", 1.7)]
    [InlineData(67.0, "D+", 1.3)]
    [InlineData(63.0, "D", 1.0)]
    [InlineData(60.0, "D-", 0.7)]
    [InlineData(59.9, "F", 0.0)]
    [InlineData(0.0, "F", 0.0)]
    [InlineData(100.0, "A", 4.0)]
    public void BoundaryGetsHigherLetterAfterRounding(double points, string letter, double gradePoints)
    {
        var grade = GradeCalculator.GradeClass([new((decimal)points, 100m, 1m)], 1m, Scale);

        Assert.Equal(letter, grade.Letter!.Letter);
        Assert.Equal((decimal)gradePoints, grade.Letter.Points);
    }

    [Fact]
    public void AverageRoundsHalfAwayFromZero()
    {
        Assert.Equal(93.0m, GradeCalculator.AveragePercent([new(92.95m, 100m, 1m)]));
        Assert.Equal(92.9m, GradeCalculator.AveragePercent([new(92.94m, 100m, 1m)]));
    }

    [Fact]
    public void GpaIsCreditWeighted()
    {
        var a = GradeCalculator.GradeClass([new(95m, 100m, 1m)], 4m, Scale);
        var c = GradeCalculator.GradeClass([new(74m, 100m, 1m)], 1m, Scale);

        // (4.0 * 4 + 2.0 * 1) / 5 = 3.6
        Assert.Equal(3.6m, GradeCalculator.Gpa([a, c]));
    }

    [Fact]
    public void GpaLeavesOutClassesWithoutScores()
    {
        var graded = GradeCalculator.GradeClass([new(85m, 100m, 1m)], 1m, Scale);
        var ungraded = GradeCalculator.GradeClass([], 3m, Scale);

        Assert.Equal(3.0m, GradeCalculator.Gpa([graded, ungraded]));
    }

    [Fact]
    public void GpaOfOneClassIsItsPoints()
    {
        var only = GradeCalculator.GradeClass([new(88m, 100m, 1m)], 0.5m, Scale);

        Assert.Equal(3.3m, GradeCalculator.Gpa([only]));
    }

    [Fact]
    public void GpaWithoutGradesIsNull()
    {
        Assert.Null(GradeCalculator.Gpa([]));
        Assert.Null(GradeCalculator.Gpa([GradeCalculator.GradeClass([], 1m, Scale)]));
    }

    [Fact]
    public void GpaIgnoresZeroCreditClasses()
    {
        var counted = GradeCalculator.GradeClass([new(95m, 100m, 1m)], 1m, Scale);
        var zeroCredit = GradeCalculator.GradeClass([new(50m, 100m, 1m)], 0m, Scale);

        Assert.Equal(4.0m, GradeCalculator.Gpa([counted, zeroCredit]));
        Assert.Null(GradeCalculator.Gpa([zeroCredit]));
    }

    [Fact]
    public void GpaRoundsToTwoDecimals()
    {
        var a = GradeCalculator.GradeClass([new(95m, 100m, 1m)], 1m, Scale);
        var b = GradeCalculator.GradeClass([new(84m, 100m, 1m)], 1m, Scale);
        var cPlus = GradeCalculator.GradeClass([new(78m, 100m, 1m)], 1m, Scale);

        // (4.0 + 3.0 + 2.3) / 3 = 3.1
        Assert.Equal(3.1m, GradeCalculator.Gpa([a, b, cPlus]));
        Assert.Equal(3.35m, GradeCalculator.Gpa([a, GradeCalculator.GradeClass([new(81m, 100m, 1m)], 1m, Scale)]));
    }

    [Theory]
    [InlineData(3, 1, 4, 100.0)]
    [InlineData(0, 0, 4, 0.0)]
    [InlineData(1, 1, 3, 66.7)]
    [InlineData(0, 1, 1, 100.0)]
    public void AttendanceRateCountsPresentAndLate(int present, int late, int recorded, double expected)
    {
        Assert.Equal((decimal)expected, GradeCalculator.AttendanceRate(present, late, recorded));
    }

    [Fact]
    public void AttendanceRateWithoutRecordsIsNull()
    {
        Assert.Null(GradeCalculator.AttendanceRate(0, 0, 0));
    }
}
