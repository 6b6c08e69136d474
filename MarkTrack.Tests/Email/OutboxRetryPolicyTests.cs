using MarkTrack.Domain.Email;

namespace MarkTrack.Tests.Email;

public sealed class OutboxRetryPolicyTests
{
    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(9, 2560)]
    [InlineData(10, 3600)]
    [InlineData(50, 3600)]
    public void RetryDelayDoublesUpToOneHour(int failedAttempts, int expectedSeconds)
    {
        var delay = OutboxRetryPolicy.DelayAfter(failedAttempts);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), delay);
    }

    [Fact]
    public void RetryStopsAtMaxAttempts()
    {
        var now = new DateTime(2026, 9, 1, 8, 0, 0, DateTimeKind.Utc);

        Assert.Equal(now.AddSeconds(40), OutboxRetryPolicy.NextAttemptAt(3, maxAttempts: 4, now));
        Assert.Null(OutboxRetryPolicy.NextAttemptAt(4, maxAttempts: 4, now));
    }
}
