using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Data;
using MarkTrack.Domain.Email;
using MarkTrack.Domain.Parents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MarkTrack.Domain;

public static class DomainServiceCollectionExtensions
{
    /// <summary>Registers the DbContext over SQLite and every domain service.</summary>
    public static IServiceCollection AddMarkTrackDomain(this IServiceCollection services, string connectionString)
    {
        services.AddDbContext<MarkTrackDbContext>(options => options.UseSqlite(connectionString));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<TemporaryPasswordGenerator>();
        services.AddScoped<EmailOutbox>();
        services.AddScoped<ParentService>();
        return services;
    }
}
