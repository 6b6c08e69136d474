using System.Security.Claims;
using MarkTrack.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MarkTrack.Web.Identity;

/// <summary>Adds the full name and the temporary-password state to the sign-in cookie.</summary>
public sealed class AccountClaimsPrincipalFactory(
    UserManager<Account> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<Account, IdentityRole>(userManager, roleManager, options)
{
    public const string FullNameClaim = "marktrack:full_name";
    public const string MustChangePasswordClaim = "marktrack:must_change_password";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(Account user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(FullNameClaim, user.FullName));
        if (user.MustChangePassword)
            identity.AddClaim(new Claim(MustChangePasswordClaim, "true"));
        return identity;
    }
}
