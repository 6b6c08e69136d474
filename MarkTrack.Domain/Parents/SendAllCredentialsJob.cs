using MarkTrack.Domain.Common;

namespace MarkTrack.Domain.Parents;

/// <summary>
/// One Send All Credentials run for a school, shared by every page that shows it. Its state
/// changes on a background thread, and <see cref="Changed"/> signals the pages to render again.
/// </summary>
public sealed class SendAllCredentialsJob
{
    private int _outcomeShown;

    internal SendAllCredentialsJob(Guid schoolId, DateTime startedAt)
    {
        SchoolId = schoolId;
        StartedAt = startedAt;
    }

    public Guid SchoolId { get; }

    public DateTime StartedAt { get; }

    public DateTime? FinishedAt { get; private set; }

    /// <summary>The latest progress, replaced as a whole so that a reader never sees half an update.</summary>
    public SendAllProgress Progress { get; private set; } = new(0, 0, 0);

    /// <summary>The final message, or null while the run goes on.</summary>
    public Result? Outcome { get; private set; }

    public bool IsRunning => Outcome is null;

    /// <summary>Completes when the run has finished, whatever its outcome.</summary>
    public Task Completion { get; internal set; } = Task.CompletedTask;

    /// <summary>Raised on the job's thread after each progress update and when the run finishes.</summary>
    public event Action? Changed;

    /// <summary>
    /// Returns true to exactly one caller after the run finished, so that the outcome is
    /// shown once: by the page that watched the run, or by the next page to open.
    /// </summary>
    public bool TryClaimOutcome() => Outcome is not null && Interlocked.Exchange(ref _outcomeShown, 1) == 0;

    internal void Report(SendAllProgress progress)
    {
        Progress = progress;
        Changed?.Invoke();
    }

    internal void Finish(Result outcome, DateTime finishedAt)
    {
        FinishedAt = finishedAt;
        Outcome = outcome;
        Changed?.Invoke();
    }
}
