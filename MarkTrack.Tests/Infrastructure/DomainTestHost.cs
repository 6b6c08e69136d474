using MarkTrack.Domain;
using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Data;
using MarkTrack.Domain.Email;
using MarkTrack.Domain.Grading;
using MarkTrack.Domain.Schools;
using MarkTrack.Domain.Setup;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using MarkTrack.Tests.Email;

namespace MarkTrack.Tests.Infrastructure;

/// <summary>
/// The domain services over a migrated SQLite file of the test's own, with the installation
/// set up (roles, organization, first school, first admin) and a clock the test controls.
/// </summary>
public sealed class DomainTestHost : IAsyncDisposable
{
    public const string AdminEmail = "office@school.test";
    public const string AdminPassword = "Office-Password-2026";
    public const string SignInUrl = "http://127.0.0.1:5000/Identity/Account/Login";

    private readonly TestDatabaseFile _database = new();
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("marktrack-host-").FullName;

    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? _templatePath;

    private DomainTestHost(IReadOnlyDictionary<string, string?>? settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Bootstrap:AdminEmail"] = AdminEmail,
                ["Bootstrap:AdminPassword"] = AdminPassword,
                ["Bootstrap:OrganizationName"] = "Test Organization",
                ["Bootstrap:SchoolName"] = "Test School",
                ["Email:PickupDirectory"] = "mail",
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddMarkTrackDomain(_database.ConnectionString);
        services.AddMarkTrackEmail(configuration, _contentRoot);
        services.Configure<BootstrapOptions>(configuration.GetSection(BootstrapOptions.SectionName));
        services.Configure<DemoDataOptions>(configuration.GetSection(DemoDataOptions.SectionName));
        services.Configure<SchoolOptions>(configuration.GetSection(SchoolOptions.SectionName));
        services.Configure<GradingOptions>(configuration.GetSection(GradingOptions.SectionName));
        services.AddIdentityCore<Account>(AccountRules.Configure).AddMarkTrackAccounts();
        services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        services.AddSingleton<IInterceptor>(Failures);
        services.AddSingleton<IInterceptor>(Commands);
        services.Replace(ServiceDescriptor.Singleton<ISignInLinkProvider>(new FixedSignInLink()));
        Services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    public TestClock Clock { get; } = new();

    /// <summary>Fails chosen SQL commands of every DbContext the host makes.</summary>
    public FailureInjector Failures { get; } = new();

    /// <summary>Every log entry the domain services wrote.</summary>
    internal ListLoggerProvider Logs { get; } = new();

    /// <summary>Counts the SQL commands of every DbContext the host makes.</summary>
    public CommandCounter Commands { get; } = new();

    public ServiceProvider Services { get; }

    public string ConnectionString => _database.ConnectionString;

    public School School { get; private set; } = null!;

    /// <param name="settings">Configuration keys to add or override, such as <c>Schools:DefaultTimeZone</c>.</param>
    public static async Task<DomainTestHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var templatePath = await GetTemplateAsync();
        var host = new DomainTestHost(settings);
        File.Copy(templatePath, host._database.FilePath);
        host.School = await host.QueryAsync(db => db.Schools.SingleAsync());
        return host;
    }

    /// <summary>
    /// Sets up one installation per test run and returns its database file, which every host
    /// copies. Migrating and hashing the first admin's password (PBKDF2) for each test cost
    /// about a quarter of a second per test, measured on a 2-core machine.
    /// </summary>
    private static async Task<string> GetTemplateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (_templatePath is not null)
                return _templatePath;

            await using var template = new DomainTestHost(null);
            await template.RunAsync<InstallationSetup>(setup => setup.RunAsync(CancellationToken.None));
            // Moves every committed page from the write-ahead log into the file that is copied.
            await template.QueryAsync(db => db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);"));

            var path = Path.Combine(Path.GetDirectoryName(template._database.FilePath)!, $"template-{Guid.NewGuid():N}.db");
            File.Copy(template._database.FilePath, path);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
            return _templatePath = path;
        }
        finally
        {
            TemplateLock.Release();
        }
    }
    /// <summary>Calls a service in a scope of its own, as a page's event handler does.</summary>
    public async Task<TResult> RunAsync<TService, TResult>(Func<TService, Task<TResult>> call)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async Task RunAsync<TService>(Func<TService, Task> call)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        await call(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Reads the database through a fresh DbContext, so nothing cached hides what was saved.</summary>
    public async Task<T> QueryAsync<T>(Func<MarkTrackDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<MarkTrackDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        _database.Dispose();
        Directory.Delete(_contentRoot, recursive: true);
    }

    private sealed class FixedSignInLink : ISignInLinkProvider
    {
        public string PublicBaseUrl => "http://127.0.0.1:5000";

        public string SignInUrl => DomainTestHost.SignInUrl;
    }
}
