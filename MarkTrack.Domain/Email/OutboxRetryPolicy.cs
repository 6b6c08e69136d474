namespace MarkTrack.Domain.Email;

/// <summary>When to try a failed message again: 10 s after the first failure, doubling up to 1 h.</summary>
internal static class OutboxRetryPolicy
{
    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(10);

    public static readonly TimeSpan MaxDelay = TimeSpan.FromHours(1);

    /// <summary>Returns the delay after the given number of failed attempts, counting from 1.</summary>
    public static TimeSpan DelayAfter(int failedAttempts)
    {
        // Past 2^9 the doubled delay is over the cap anyway; the limit keeps the shift in range.
        var doublings = Math.Clamp(failedAttempts - 1, 0, 9);
        var delay = FirstDelay * (1 << doublings);
        return delay < MaxDelay ? delay : MaxDelay;
    }

    /// <summary>Returns when to try again after a failed attempt, or null to give up.</summary>
    public static DateTime? NextAttemptAt(int failedAttempts, int maxAttempts, DateTime now) =>
        failedAttempts >= maxAttempts ? null : now + DelayAfter(failedAttempts);
}
