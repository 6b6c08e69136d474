namespace MarkTrack.Web.Hosting;

/// <summary>
/// Runs each domain call in a DI scope of its own. A Blazor circuit lives for minutes, and
/// one DbContext shared by its overlapping event handlers would fail or serve stale rows.
/// </summary>
public sealed class DomainScope(IServiceScopeFactory scopes)
{
    public async Task<TResult> RunAsync<TService, TResult>(Func<TService, Task<TResult>> call)
        where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }
}
