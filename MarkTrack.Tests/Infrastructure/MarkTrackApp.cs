using System.Net;
using MarkTrack.Domain.Data;
using MarkTrack.Domain.Email;
using MarkTrack.Tests.Email;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace MarkTrack.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 on a free port, over a SQLite file of its own, with
/// email delivered to an SMTP server the test runs.
/// </summary>
internal sealed class MarkTrackApp : WebApplicationFactory<Program>
{
    public const string AdminEmail = "office@school.test";
    public const string AdminPassword = "Office-Password-2026";

    private readonly TestDatabaseFile _database = new();
    private readonly int _smtpPort;
    private readonly DirectoryInfo _keysDirectory = Directory.CreateTempSubdirectory("marktrack-keys-");

    private readonly TimeProvider? _clock;

    /// <param name="clock">Replaces the app's clock, so a test can move time forward; null keeps the system clock.</param>
    public MarkTrackApp(int smtpPort, TimeProvider? clock = null)
    {
        _smtpPort = smtpPort;
        _clock = clock;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string BaseUrl { get; private set; } = "";

    /// <summary>Every log entry the app wrote, to search for errors and leaked secrets.</summary>
    public ListLoggerProvider Logs { get; } = new();

    public void Start()
    {
        StartServer();
        var server = Services.GetRequiredService<IServer>();
        BaseUrl = server.Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    /// <summary>Reads the app's database through a DbContext of the app's own.</summary>
    public async Task<T> QueryAsync<T>(Func<MarkTrackDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<MarkTrackDbContext>());
    }

    /// <summary>Calls a service of the app in a scope of its own, as a page's event handler does.</summary>
    public async Task<TResult> RunAsync<TService, TResult>(Func<TService, Task<TResult>> call)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Decrypts the password in the newest credentials email queued for the account.</summary>
    public async Task<string> ReadNewestPasswordAsync(string accountId)
    {
        var protectedSecret = await QueryAsync(db => db.OutboxMessages
            .Where(m => m.AccountId == accountId && m.CredentialsKind != null)
            .OrderByDescending(m => m.Id)
            .Select(m => m.ProtectedSecret)
            .FirstAsync());
        return Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector(EmailOutbox.SecretProtectionPurpose)
            .Unprotect(protectedSecret!);
    }

    /// <summary>Copies the app's warnings and errors into the test's output, to explain a failure.</summary>
    public void WriteWarningsTo(ITestOutputHelper? output)
    {
        foreach (var entry in Logs.Entries.Where(e => e.Level >= LogLevel.Warning))
            output?.WriteLine($"{entry.Level} {entry.Category}: {entry.Message} {entry.Exception}");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development serves the packages' static assets (MudBlazor's CSS and JS) from the build output.
        builder.UseEnvironment("Development");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.UseSetting("ConnectionStrings:MarkTrack", _database.ConnectionString);
        builder.UseSetting("Bootstrap:AdminEmail", AdminEmail);
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Bootstrap:OrganizationName", "Test Organization");
        builder.UseSetting("Bootstrap:SchoolName", "Test School");
        builder.UseSetting("DemoData:Enabled", "false");
        builder.UseSetting("DataProtection:KeysDirectory", _keysDirectory.FullName);
        builder.UseSetting("Email:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Email:Smtp:Port", _smtpPort.ToString());
        builder.UseSetting("Email:Smtp:Security", "None");
        builder.UseSetting("Email:From", "MarkTrack Test <office@school.test>");
        if (_clock is not null)
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _database.Dispose();
        _keysDirectory.Delete(recursive: true);
    }
}
