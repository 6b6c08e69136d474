using MarkTrack.Domain;
using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Data;
using MarkTrack.Domain.Email;
using MarkTrack.Domain.Parents;
using MarkTrack.Domain.Schools;
using MarkTrack.Domain.Setup;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MarkTrack.Benchmarks;

/// <summary>
/// The domain services as the app registers them, over a SQLite file in the temp folder with
/// one school of parents who have never signed in. Logging has no provider, as with a log
/// level above Information, and the email delivery service is not started.
/// </summary>
internal sealed class BenchmarkHost : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("marktrack-bench-").FullName;

    private BenchmarkHost()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Bootstrap:AdminEmail"] = "office@bench.example",
                ["Bootstrap:AdminPassword"] = "Office-Password-2026",
                ["Email:PickupDirectory"] = Path.Combine(_folder, "mail"),
            })
            .Build();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMarkTrackDomain($"Data Source={Path.Combine(_folder, "bench.db")}");
        services.AddMarkTrackEmail(configuration, _folder);
        services.Configure<BootstrapOptions>(configuration.GetSection(BootstrapOptions.SectionName));
        services.Configure<DemoDataOptions>(configuration.GetSection(DemoDataOptions.SectionName));
        services.AddIdentityCore<Account>(AccountRules.Configure).AddMarkTrackAccounts();
        services.Replace(ServiceDescriptor.Singleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider()));
        services.AddSingleton<ISignInLinkProvider>(new FixedSignInLink());
        Services = services.BuildServiceProvider();
    }

    public ServiceProvider Services { get; }

    public School School { get; private set; } = null!;

    /// <summary>Migrates a new database and adds <paramref name="parentCount"/> parents to its school.</summary>
    public static async Task<BenchmarkHost> StartAsync(int parentCount)
    {
        var host = new BenchmarkHost();
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<InstallationSetup>().RunAsync(CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<MarkTrackDbContext>();
        host.School = await db.Schools.SingleAsync();

        var now = DateTime.UtcNow;
        for (var i = 0; i < parentCount; i++)
        {
            var email = $"parent{i:0000}@bench.example";
            var account = new Account(AccountKind.Parent, host.School.OrganizationId, $"Parent {i:0000}", email, now);
            account.EnableLogin();
            db.Parents.Add(new Parent(account, host.School.Id, now));
        }

        await db.SaveChangesAsync();
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class FixedSignInLink : ISignInLinkProvider
    {
        public string PublicBaseUrl => "http://127.0.0.1:5000";

        public string SignInUrl => PublicBaseUrl + "/Identity/Account/Login";
    }
}
