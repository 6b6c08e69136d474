using BenchmarkDotNet.Attributes;
using MarkTrack.Domain;
using MarkTrack.Domain.Data;
using MarkTrack.Domain.Portal;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace MarkTrack.PortalBenchmarks;

/// <summary>
/// Compares the portal's child page (<see cref="ChildRecords.GetPageAsync"/> in a DI scope
/// of its own, as the page calls it) with the same eight SQL statements run through plain
/// Microsoft.Data.Sqlite, reading every row and doing nothing else.
/// </summary>
[MemoryDiagnoser]
public class ChildPageBenchmarks
{
    private string _databaseFile = "";
    private string _connectionString = "";
    private ServiceProvider _services = null!;
    private string _accountId = "";
    private Guid _studentId;

    [GlobalSetup]
    public void Setup()
    {
        _databaseFile = Path.Combine(Path.GetTempPath(), $"marktrack-bench-{Guid.NewGuid():N}.db");
        _connectionString = $"Data Source={_databaseFile}";
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMarkTrackDomain(_connectionString);
        _services = services.BuildServiceProvider();

        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MarkTrackDbContext>();
        (_accountId, _studentId) = ChildPageData.SeedAsync(db).GetAwaiter().GetResult();

        // Both benchmarks must find the child, or they would time an empty result.
        var page = PortalChildPage().GetAwaiter().GetResult()
            ?? throw new InvalidOperationException("The seeded child's page was not found.");
        if (page.Attendance.Recorded != ChildPageData.SchoolDays * ChildPageData.Classes || BareSqlite().GetAwaiter().GetResult() == 0)
            throw new InvalidOperationException("The seeded records were not read back.");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_databaseFile + suffix);
    }

    [Benchmark(Description = "Portal child page (EF Core + grades, rates, Hifz progress)")]
    public async Task<ChildPage?> PortalChildPage()
    {
        await using var scope = _services.CreateAsyncScope();
        var records = scope.ServiceProvider.GetRequiredService<ChildRecords>();
        return await records.GetPageAsync(_accountId, _studentId, CancellationToken.None);
    }

    [Benchmark(Baseline = true, Description = "Bare SQLite, same 8 statements and rows")]
    public async Task<int> BareSqlite()
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        var student = _studentId.ToString().ToUpperInvariant();
        var values = 0;
        foreach (var sql in BareQueries.All)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$student", student);
            command.Parameters.AddWithValue("$account", _accountId);
            command.Parameters.AddWithValue("$today", "2026-06-30");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!reader.IsDBNull(i))
                        values += reader.GetValue(i) is string ? 1 : 2;
                }
            }
        }

        return values;
    }
}
