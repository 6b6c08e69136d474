using System.Security.Claims;
using MarkTrack.Domain.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MarkTrack.Web.Identity;

/// <summary>
/// Re-checks an idle circuit's account every minute: a changed security stamp, or an account
/// that can no longer sign in, ends the circuit's authentication.
/// <see cref="AccountSessionCircuitHandler"/> makes the same check before each circuit event.
/// </summary>
public sealed class AccountRevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopeFactory,
    IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState,
        CancellationToken cancellationToken)
    {
        var user = authenticationState.User;
        var accountId = user.FindFirstValue(options.Value.ClaimsIdentity.UserIdClaimType);
        if (accountId is null)
            return false;

        await using var scope = scopeFactory.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<AccountSessionValidator>();
        var securityStamp = user.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        return await sessions.IsValidAsync(accountId, securityStamp, cancellationToken);
    }

    /// <summary>Ends the circuit's authentication now, as a failed revalidation would.</summary>
    public void SignOutCircuit()
    {
        var anonymous = new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()));
        SetAuthenticationState(Task.FromResult(anonymous));
    }
}
