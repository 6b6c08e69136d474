using System.Security.Claims;
using MarkTrack.Domain.Accounts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace MarkTrack.Web.Identity;

/// <summary>
/// Re-checks a connected circuit's account every minute: a changed security stamp, or an
/// account that can no longer sign in, ends the circuit's authentication.
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
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
        var account = await users.GetUserAsync(authenticationState.User);
        if (account is null || !account.CanSignIn)
            return false;
        if (!users.SupportsUserSecurityStamp)
            return true;

        var principalStamp = authenticationState.User.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        var currentStamp = await users.GetSecurityStampAsync(account);
        return principalStamp == currentStamp;
    }
}
