using MarkTrack.Domain.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MarkTrack.Domain.Accounts;

public static class IdentityBuilderExtensions
{
    /// <summary>Adds roles, the EF Core stores over MarkTrack's database and MarkTrack's user manager.</summary>
    public static IdentityBuilder AddMarkTrackAccounts(this IdentityBuilder builder) =>
        builder
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<MarkTrackDbContext>()
            .AddUserManager<AccountUserManager>();
}
