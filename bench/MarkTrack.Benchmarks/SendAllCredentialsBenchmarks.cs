using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Parents;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MarkTrack.Benchmarks;

/// <summary>
/// Send All Credentials for a school of 1,000 parents, end to end (new temporary passwords
/// saved, 1,000 emails queued in the outbox), against its budget: the time of 20 password
/// hashes by Identity's default hasher (PBKDF2-HMAC-SHA512, 100,000 iterations). The Ratio
/// column is the result, and 1.00 or less meets the budget.
/// </summary>
[Config(typeof(MacroBenchmarkConfig))]
public class SendAllCredentialsBenchmarks
{
    public const int ParentCount = 1000;
    public const int BudgetHashCount = 20;

    private readonly PasswordHasher<Account> _identityHasher = new();
    private readonly Account _account = new(AccountKind.Parent, Guid.NewGuid(), "Budget Parent", "budget@bench.example", DateTime.UtcNow);
    private BenchmarkHost _host = null!;

    [GlobalSetup]
    public async Task SetUpAsync() => _host = await BenchmarkHost.StartAsync(ParentCount);

    [GlobalCleanup]
    public async Task CleanUpAsync() => await _host.DisposeAsync();

    [Benchmark(Baseline = true, Description = "20 PBKDF2 hashes (Identity default)")]
    public int TwentyIdentityHashes()
    {
        var length = 0;
        for (var i = 0; i < BudgetHashCount; i++)
            length += _identityHasher.HashPassword(_account, "Kx7pQ-2mWzR-h4TnB-9vYcD").Length;
        return length;
    }

    /// <summary>
    /// Runs Send All as the Parents page starts it, through the job registry. Every run finds
    /// the same 1,000 recipients, because none of them signs in between runs.
    /// </summary>
    [Benchmark(Description = "Send All Credentials, 1,000 parents")]
    public async Task<int> SendAllToThousandParents()
    {
        var job = _host.Services.GetRequiredService<SendAllCredentialsJobs>().Start(_host.School.Id);
        await job.Completion;
        if (job.Outcome is not { Succeeded: true } || job.Progress.Sent != ParentCount)
            throw new InvalidOperationException($"Send All failed or sent {job.Progress.Sent} of {ParentCount}: {job.Outcome?.Message}");
        return job.Progress.Sent;
    }

    /// <summary>
    /// Runs each benchmark in this process, one operation per iteration. Each operation takes
    /// hundreds of milliseconds, so the throughput engine's pilot stage would add nothing.
    /// </summary>
    private sealed class MacroBenchmarkConfig : ManualConfig
    {
        public MacroBenchmarkConfig()
        {
            AddJob(Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(5)
                .WithIterationCount(15));
        }
    }
}
