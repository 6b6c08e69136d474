using System.Security.Claims;
using MarkTrack.Domain.Accounts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MarkTrack.Web.Identity;

/// <summary>
/// Checks the circuit's session before each inbound event (a click, a navigation, a
/// JavaScript reply). When the account was deactivated or its security stamp changed, the
/// event is dropped and the circuit is signed out, so its pages send the user to sign in.
/// </summary>
/// <remarks>
/// The check is one indexed SQLite lookup. Events of a circuit that is not signed in pass
/// unchecked, so the sign-out's own render and its replies go through.
/// </remarks>
public sealed class AccountSessionCircuitHandler(
    AuthenticationStateProvider authentication,
    IServiceScopeFactory scopeFactory,
    IOptions<IdentityOptions> options,
    NavigationManager navigation,
    ILogger<AccountSessionCircuitHandler> logger) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(
        Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            if (await IsSessionValidAsync())
                await next(context);
        };

    private async Task<bool> IsSessionValidAsync()
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (user.Identity?.IsAuthenticated != true)
            return true;

        var claims = options.Value.ClaimsIdentity;
        var accountId = user.FindFirstValue(claims.UserIdClaimType);
        var securityStamp = user.FindFirstValue(claims.SecurityStampClaimType);
        await using (var scope = scopeFactory.CreateAsyncScope())
        {
            var sessions = scope.ServiceProvider.GetRequiredService<AccountSessionValidator>();
            if (accountId is not null && await sessions.IsValidAsync(accountId, securityStamp, CancellationToken.None))
                return true;
        }

        logger.LogWarning(
            "Rejected a circuit event for account {AccountId}: the account cannot sign in or its session was ended",
            accountId);
        if (authentication is AccountRevalidatingAuthenticationStateProvider revalidating)
            revalidating.SignOutCircuit();

        // The dropped event may have been a navigation, which leaves the page where it is, so
        // the browser is sent to the sign-in page directly rather than through a re-render.
        navigation.NavigateTo(IdentityPages.Login, forceLoad: true);
        return false;
    }
}
