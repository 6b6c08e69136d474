using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace MarkTrack.Tests.Infrastructure;

/// <summary>A bUnit context with MudBlazor's services and loose JavaScript interop.</summary>
public abstract class MudTestContext : BunitContext
{
    /// <summary>The signed-in user the components see; anonymous until a test sets it.</summary>
    protected BunitAuthorizationContext Authorization { get; }

    protected MudTestContext()
        : this(_ => { })
    {
    }

    /// <param name="configureServices">
    /// Adds the test's own services. It runs before the renderer is set up, because bUnit
    /// accepts no registration after its first service lookup.
    /// </param>
    protected MudTestContext(Action<IServiceCollection> configureServices)
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        configureServices(Services);
        AddServices(Services);
        Authorization = AddAuthorization();
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    /// <summary>
    /// Adds a test's own services, like the constructor's delegate. It runs in the base
    /// constructor, so before the derived constructor's body.
    /// </summary>
    protected virtual void AddServices(IServiceCollection services)
    {
    }
}
