using MarkTrack.Domain.Email;
using MarkTrack.Domain.Setup;
using Microsoft.Extensions.Options;

namespace MarkTrack.Web.Hosting;

public static class StartupExtensions
{
    /// <summary>Migrates the database and creates what a fresh installation needs before requests arrive.</summary>
    public static async Task SetUpInstallationAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<InstallationSetup>().RunAsync(cancellationToken);
    }

    /// <summary>Logs where to sign in and, with demo data, which admin to sign in as.</summary>
    public static void LogSignInAddress(this IServiceProvider services)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("MarkTrack");
        var signInUrl = services.GetRequiredService<ISignInLinkProvider>().SignInUrl;
        logger.LogInformation("MarkTrack is running. Sign in at {SignInUrl}", signInUrl);

        var demo = services.GetRequiredService<IOptions<DemoDataOptions>>().Value;
        var bootstrap = services.GetRequiredService<IOptions<BootstrapOptions>>().Value;
        if (demo.Enabled && bootstrap.AdminEmail is not null)
        {
            logger.LogInformation(
                "Demo data is on. Sign in as the admin {AdminEmail} with the password set in Bootstrap:AdminPassword (appsettings.Development.json for the demo)",
                bootstrap.AdminEmail);
        }
    }
}
