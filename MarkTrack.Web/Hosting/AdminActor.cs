using MarkTrack.Domain.Audit;
using MarkTrack.Web.Identity;
using Microsoft.AspNetCore.Components.Authorization;

namespace MarkTrack.Web.Hosting;

/// <summary>The signed-in admin as the audit log names them, for components without the cascading state.</summary>
public sealed class AdminActor(AuthenticationStateProvider authentication)
{
    public async Task<Actor> GetAsync() => (await authentication.GetAuthenticationStateAsync()).User.ToActor();
}
