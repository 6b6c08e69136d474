using System.Collections.Concurrent;
using MarkTrack.Domain.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MarkTrack.Domain.Parents;

/// <summary>
/// Runs Send All Credentials in the background, at most one run per school at a time, and
/// keeps each school's latest run so that a page opened later finds it again. Runs live on
/// the thread pool, never on a Blazor circuit, so an admin may leave the page meanwhile.
/// </summary>
/// <remarks>
/// NOTE: runs are kept in this process's memory. After a restart the page shows no trace of
/// a run the shutdown stopped, though the parents it had not reached are still counted in N.
/// Two app processes over one database could each run Send All for the same school.
/// </remarks>
public sealed class SendAllCredentialsJobs(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger<SendAllCredentialsJobs> logger) : IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<Guid, SendAllCredentialsJob> _latest = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _startLock = new();

    /// <summary>Returns the school's running or latest finished run, or null when there was none since start.</summary>
    public SendAllCredentialsJob? Find(Guid schoolId) => _latest.GetValueOrDefault(schoolId);

    /// <summary>Starts a run for the school, or returns the one already running there.</summary>
    public SendAllCredentialsJob Start(Guid schoolId)
    {
        lock (_startLock)
        {
            if (_latest.TryGetValue(schoolId, out var running) && running.IsRunning)
                return running;

            var job = new SendAllCredentialsJob(schoolId, clock.GetUtcNow().UtcDateTime);
            _latest[schoolId] = job;
            job.Completion = Task.Run(() => RunAsync(job));
            return job;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Cancels running jobs and waits for them until the host's shutdown timeout.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        var running = _latest.Values.Select(job => job.Completion);
        try
        {
            await Task.WhenAll(running).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Stopped waiting for Send All Credentials runs because the shutdown timeout elapsed");
        }
    }

    /// <summary>
    /// Cancels running jobs. The container may call it twice (the hosted-service registration
    /// shares this instance), and cancelling again is harmless.
    /// </summary>
    public void Dispose() => _stopping.Cancel();

    private async Task RunAsync(SendAllCredentialsJob job)
    {
        Result outcome;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var service = scope.ServiceProvider.GetRequiredService<ParentCredentialsService>();
            var result = await service.SendAllAsync(job.SchoolId, job.Report, _stopping.Token);
            outcome = new Result(result.Succeeded, result.Message);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            logger.LogWarning(
                "Send All Credentials for school {SchoolId} stopped at shutdown after {SentCount} parents",
                job.SchoolId,
                job.Progress.Sent);
            outcome = Result.Failure(CredentialsMessages.SendAllStopped(job.Progress.Sent));
        }
        catch (Exception exception)
        {
            // A failed run must still finish its job, or the school could never start another.
            logger.LogError(
                exception,
                "Send All Credentials for school {SchoolId} failed after {SentCount} parents",
                job.SchoolId,
                job.Progress.Sent);
            outcome = Result.Failure(CredentialsMessages.SendAllFailed(job.Progress.Sent));
        }

        job.Finish(outcome, clock.GetUtcNow().UtcDateTime);
    }
}
