using System.Security.Claims;
using MarkTrack.Domain.Schools;
using Microsoft.AspNetCore.Components.Authorization;

namespace MarkTrack.Web.Hosting;

/// <summary>
/// The school the signed-in admin is working in, shared by the switcher and the pages of
/// one circuit. Pages reload their lists on <see cref="Changed"/>.
/// </summary>
public sealed class CurrentSchool(DomainScope domain, AuthenticationStateProvider authentication)
{
    public Workspace? Workspace { get; private set; }

    public Guid? Id => Workspace?.CurrentSchool.Id;

    public event Func<Task>? Changed;

    public async Task<Workspace?> LoadAsync(CancellationToken cancellationToken = default)
    {
        if (Workspace is not null)
            return Workspace;

        var accountId = await GetAccountIdAsync();
        if (accountId is null)
            return null;

        Workspace = await domain.RunAsync<AdminWorkspace, Workspace?>(w => w.GetAsync(accountId, cancellationToken));
        return Workspace;
    }

    /// <summary>Reloads the school list after a school was added or renamed, and raises <see cref="Changed"/>.</summary>
    public async Task ReloadAsync()
    {
        Workspace = null;
        await LoadAsync();
        if (Changed is { } handlers)
            await handlers.Invoke();
    }

    public async Task SwitchAsync(Guid schoolId)
    {
        var accountId = await GetAccountIdAsync();
        if (accountId is null)
            return;

        Workspace = await domain.RunAsync<AdminWorkspace, Workspace?>(w => w.SwitchAsync(accountId, schoolId, CancellationToken.None));
        if (Changed is { } handlers)
            await handlers.Invoke();
    }

    private async Task<string?> GetAccountIdAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return state.User.FindFirstValue(ClaimTypes.NameIdentifier);
    }
}
