using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace MarkTrack.Tests.Infrastructure;

/// <summary>A bUnit context with MudBlazor's services and loose JavaScript interop.</summary>
public abstract class MudTestContext : BunitContext
{
    protected MudTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        AddServices(Services);
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    /// <summary>
    /// Adds a test's own services. bUnit accepts registrations only until its renderer starts,
    /// which the constructor does, so this runs before the derived constructor's body.
    /// </summary>
    protected virtual void AddServices(IServiceCollection services)
    {
    }
}
