using MarkTrack.Domain.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MarkTrack.Domain.Accounts;

public static class IdentityBuilderExtensions
{
    /// <summary>
    /// Adds roles, the EF Core stores over MarkTrack's database, MarkTrack's user manager, user
    /// validator and password hasher in place of Identity's, and the token providers behind
    /// password resets.
    /// </summary>
    public static IdentityBuilder AddMarkTrackAccounts(this IdentityBuilder builder)
    {
        builder.Services.RemoveAll<IUserValidator<Account>>();
        builder.Services.Replace(ServiceDescriptor.Scoped<IPasswordHasher<Account>, AccountPasswordHasher>());
        return builder
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<MarkTrackDbContext>()
            .AddUserManager<AccountUserManager>()
            .AddDefaultTokenProviders()
            .AddUserValidator<AccountUserValidator>();
    }
}
