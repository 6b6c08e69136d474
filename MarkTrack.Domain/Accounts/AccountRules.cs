using Microsoft.AspNetCore.Identity;

namespace MarkTrack.Domain.Accounts;

/// <summary>The Identity settings every MarkTrack account follows.</summary>
public static class AccountRules
{
    public const int PasswordMinLength = 10;
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    public static void Configure(IdentityOptions options)
    {
        // Admins create every account and mark it verified; there is no self-registration to confirm.
        options.SignIn.RequireConfirmedAccount = false;
        options.SignIn.RequireConfirmedEmail = false;
        options.User.RequireUniqueEmail = true;

        // The user name is the email, and PersonInput already validates emails. Identity's default
        // character list would reject valid addresses such as o'brien@example.org or jürgen@example.org.
        options.User.AllowedUserNameCharacters = "";
        options.Password.RequiredLength = PasswordMinLength;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
    }
}
