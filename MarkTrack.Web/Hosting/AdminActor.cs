using System.Security.Claims;
using MarkTrack.Domain.Audit;
using MarkTrack.Web.Identity;
using Microsoft.AspNetCore.Components.Authorization;

namespace MarkTrack.Web.Hosting;

/// <summary>The signed-in admin as the audit log names them.</summary>
public sealed class AdminActor(AuthenticationStateProvider authentication)
{
    public async Task<Actor> GetAsync()
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        var name = user.FindFirstValue(AccountClaimsPrincipalFactory.FullNameClaim) ?? user.Identity?.Name ?? "Unknown admin";
        return new Actor(user.FindFirstValue(ClaimTypes.NameIdentifier), name);
    }
}
