using MarkTrack.Domain;
using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Data;
using MarkTrack.Domain.Email;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MarkTrack.Tests.Email;

/// <summary>
/// The email services over a SQLite file and Data Protection keys in a folder, as the app
/// registers them. Two hosts over the same <see cref="EmailTestFolder"/> behave like one app
/// before and after a restart.
/// </summary>
internal sealed class EmailTestHost : IAsyncDisposable
{
    public const string SignInUrl = "http://localhost:5000/Identity/Account/Login";

    private readonly ServiceProvider _services;

    public EmailTestHost(EmailTestFolder folder, ManualTimeProvider clock, IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(Logs));
        services.AddMarkTrackDomain($"Data Source={folder.DatabasePath}");
        services.AddSingleton<TimeProvider>(clock);
        services.AddDataProtection()
            .SetApplicationName("MarkTrack.Tests")
            .PersistKeysToFileSystem(new DirectoryInfo(folder.KeysPath));
        services.AddMarkTrackEmail(configuration, folder.Path);
        services.AddSingleton<ISignInLinkProvider>(new FixedSignInLink(SignInUrl));
        _services = services.BuildServiceProvider(validateScopes: true);
    }

    public ListLoggerProvider Logs { get; } = new();

    public IServiceProvider Services => _services;

    internal OutboxDeliveryService Delivery => _services.GetRequiredService<OutboxDeliveryService>();

    /// <summary>Creates a host that sends over SMTP without TLS to 127.0.0.1, with extra settings on top.</summary>
    public static EmailTestHost WithSmtp(
        EmailTestFolder folder,
        ManualTimeProvider clock,
        int port,
        IDictionary<string, string?>? extraSettings = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Email:From"] = "Al-Noor Office <office@alnoor.example>",
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = port.ToString(),
            ["Email:Smtp:Security"] = "None",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
            settings[key] = value;

        return new EmailTestHost(folder, clock, settings);
    }

    public async Task CreateDatabaseAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MarkTrackDbContext>().Database.EnsureCreatedAsync();
    }

    /// <summary>Queues a welcome email through <see cref="EmailOutbox"/> and saves it.</summary>
    public async Task<long> QueueWelcomeAsync(string fullName, string email, string password)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarkTrackDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<EmailOutbox>();
        var account = new Account(AccountKind.Parent, Guid.NewGuid(), fullName, email, DateTime.UtcNow);

        var message = await outbox.QueueCredentialsAsync(
            account,
            password,
            CredentialsEmailKind.ParentWelcome,
            "Al-Noor Academy",
            CancellationToken.None);
        await db.SaveChangesAsync();
        return message.Id;
    }

    public async Task<long> SaveMessageAsync(OutboxMessage message)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarkTrackDbContext>();
        db.OutboxMessages.Add(message);
        await db.SaveChangesAsync();
        return message.Id;
    }

    public async Task<OutboxMessage> LoadMessageAsync(long id)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarkTrackDbContext>();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }

    private sealed record FixedSignInLink(string SignInUrl) : ISignInLinkProvider
    {
        public string PublicBaseUrl => new Uri(SignInUrl).GetLeftPart(UriPartial.Authority);
    }
}

/// <summary>A temporary folder for one test's database, keys and pickup files, deleted on dispose.</summary>
internal sealed class EmailTestFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("marktrack-email-").FullName;

    public string DatabasePath => System.IO.Path.Combine(Path, "marktrack.db");

    public string KeysPath => System.IO.Path.Combine(Path, "keys");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
