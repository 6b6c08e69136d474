using Microsoft.Data.Sqlite;

namespace MarkTrack.Web.Hosting;

public static class SqliteConnectionStrings
{
    public const string Key = "MarkTrack";
    public const string Default = "Data Source=App_Data/marktrack.db";

    /// <summary>
    /// Resolves a relative database file against the content root, so the app finds the same
    /// file whichever folder it is started from, and creates the file's folder.
    /// </summary>
    public static string Resolve(string? configured, string contentRootPath)
    {
        var builder = new SqliteConnectionStringBuilder(configured ?? Default);
        var dataSource = builder.DataSource;
        var isFile = builder.Mode is not SqliteOpenMode.Memory
            && dataSource != ":memory:"
            && !dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
        if (isFile && !Path.IsPathRooted(dataSource))
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRootPath, dataSource));
        if (isFile)
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        return builder.ToString();
    }
}
