using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Data;
using MarkTrack.Domain.Email;
using MarkTrack.Domain.Parents;
using MarkTrack.Domain.Portal;
using MarkTrack.Domain.Schools;
using MarkTrack.Domain.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MarkTrack.Domain;

public static class DomainServiceCollectionExtensions
{
    /// <summary>
    /// Registers the DbContext over SQLite and every domain service. The caller binds
    /// <see cref="AuthOptions"/> to configuration, or its defaults apply.
    /// </summary>
    public static IServiceCollection AddMarkTrackDomain(this IServiceCollection services, string connectionString)
    {
        services.AddDbContext<MarkTrackDbContext>(options => options.UseSqlite(connectionString));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<TemporaryPasswordGenerator>();
        services.AddScoped<TemporaryPasswordIssuer>();
        services.AddOptions<AuthOptions>();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.AddSingleton<TemporaryPasswordExpiry>();
        services.AddScoped<AccountSessionValidator>();
        services.AddScoped<EmailOutbox>();
        services.AddScoped<ParentService>();
        services.AddScoped<ParentCredentialsService>();
        services.AddScoped<ParentActivationService>();
        services.AddScoped<CredentialsDirectory>();
        services.AddSingleton<SendAllCredentialsJobs>();
        services.AddHostedService(provider => provider.GetRequiredService<SendAllCredentialsJobs>());
        services.AddScoped<PasswordResetService>();
        services.AddScoped<ParentDirectory>();
        services.AddScoped<AdminWorkspace>();
        services.AddScoped<PortalDirectory>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<InstallationSetup>();
        return services;
    }
}
