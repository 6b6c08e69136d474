using Microsoft.Data.Sqlite;

namespace MarkTrack.Tests.Infrastructure;

/// <summary>A SQLite file of one test's own in the temp folder, deleted afterwards.</summary>
public sealed class TestDatabaseFile : IDisposable
{
    public TestDatabaseFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), "marktrack-tests");
        Directory.CreateDirectory(folder);
        FilePath = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
    }

    public string FilePath { get; }

    public string ConnectionString => $"Data Source={FilePath}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(FilePath + suffix);
    }
}
