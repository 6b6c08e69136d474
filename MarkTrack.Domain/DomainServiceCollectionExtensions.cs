using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Audit;
using MarkTrack.Domain.Data;
using MarkTrack.Domain.Email;
using MarkTrack.Domain.Hifz;
using MarkTrack.Domain.Parents;
using MarkTrack.Domain.Portal;
using MarkTrack.Domain.Schools;
using MarkTrack.Domain.Setup;
using MarkTrack.Domain.Students;
using MarkTrack.Domain.Teaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
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
        // Interceptors registered in DI (tests add one to inject failures) join every DbContext.
        services.AddDbContext<MarkTrackDbContext>((provider, options) => options
            .UseSqlite(connectionString)
            .AddInterceptors(provider.GetServices<IInterceptor>()));
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
        services.AddScoped<PortalAccess>();
        services.AddScoped<ChildRecords>();
        services.AddSingleton<SchoolCalendar>();
        services.AddScoped<ClassService>();
        services.AddScoped<Gradebook>();
        services.AddScoped<AttendanceBook>();
        services.AddScoped<HifzBook>();
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditDirectory>();
        services.AddScoped<StudentLoader>();
        services.AddScoped<StudentService>();
        services.AddScoped<StudentLinking>();
        services.AddScoped<StudentDirectory>();
        services.AddScoped<ParentRemoval>();
        services.AddScoped<ParentLifecycle>();
        services.AddScoped<SchoolMemberships>();
        services.AddScoped<SchoolService>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<InstallationSetup>();
        return services;
    }
}
