using System.Security.Claims;
using Bunit;
using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Audit;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Parents;
using MarkTrack.Domain.Students;
using MarkTrack.Web.Hosting;
using MarkTrack.Web.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace MarkTrack.Tests.Infrastructure;

/// <summary>
/// A bUnit context whose components reach a real <see cref="DomainTestHost"/> through
/// <see cref="DomainScope"/>, signed in as the installation's first admin.
/// </summary>
public abstract class LinkingTestContext : BunitContext, IAsyncLifetime
{
    private readonly Bunit.TestDoubles.BunitAuthorizationContext _authorization;

    /// <remarks>
    /// Like <see cref="MudTestContext"/>, but registers the domain services first: bUnit takes no
    /// registrations after the renderer info is set, because setting it resolves the renderer.
    /// </remarks>
    protected LinkingTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(_ => new DomainScope(Host.Services.GetRequiredService<IServiceScopeFactory>()));
        Services.AddScoped<CurrentSchool>();
        Services.AddScoped<AdminActor>();
        _authorization = AddAuthorization();
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    protected DomainTestHost Host { get; private set; } = null!;

    protected ISnackbar Snackbar => Services.GetRequiredService<ISnackbar>();

    public async ValueTask InitializeAsync()
    {
        Host = await DomainTestHost.StartAsync();
        var admin = await Host.QueryAsync(db => db.Users.SingleAsync(u => u.Kind == AccountKind.Admin));
        _authorization.SetAuthorized(admin.Email!);
        _authorization.SetRoles(Roles.Admin);
        _authorization.SetClaims(
            new Claim(ClaimTypes.NameIdentifier, admin.Id),
            new Claim(AccountClaimsPrincipalFactory.FullNameClaim, admin.FullName));
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Host.DisposeAsync();
    }

    protected async Task<Guid> AddParentAsync(string fullName, string email)
    {
        var created = await Host.RunAsync<ParentService, Result<Parent>>(
            s => s.CreateAsync(new NewParent(fullName, email, null), Host.School.Id, CancellationToken.None));
        Assert.True(created.Succeeded, created.Message);
        return created.Value!.Id;
    }

    /// <summary>Adds a child of the parent, or an independent student when the parent is null.</summary>
    protected async Task<Guid> AddStudentAsync(string fullName, string? email, Guid? parentId)
    {
        var created = await Host.RunAsync<StudentService, Result<Student>>(s => s.CreateAsync(
            new NewStudent(fullName, email, parentId),
            Host.School.Id,
            Actor.System,
            CancellationToken.None));
        Assert.True(created.Succeeded, created.Message);
        return created.Value!.Id;
    }

    protected async Task LinkAsync(Guid parentId, Guid studentId)
    {
        var linked = await Host.RunAsync<StudentLinking, Result>(
            l => l.LinkAsync(parentId, studentId, Actor.System, CancellationToken.None));
        Assert.True(linked.Succeeded, linked.Message);
    }

    protected Task<Student> LoadStudentAsync(Guid studentId) =>
        Host.QueryAsync(db => db.Students.AsNoTracking().SingleAsync(s => s.Id == studentId));

    protected Task<ParentProfile?> GetParentProfileAsync(Guid parentId) =>
        Host.RunAsync<ParentDirectory, ParentProfile?>(d => d.GetProfileAsync(parentId, CancellationToken.None));

    protected Task<StudentProfile?> GetStudentProfileAsync(Guid studentId) =>
        Host.RunAsync<StudentDirectory, StudentProfile?>(d => d.GetProfileAsync(studentId, CancellationToken.None));

    /// <summary>Returns the candidate rows of the open link picker, keyed by the person's name.</summary>
    protected static Dictionary<string, AngleSharp.Dom.IElement> FindCandidates(IRenderedComponent<DialogHost> host) =>
        host.FindAll("[data-testid=link-candidate]").ToDictionary(e => e.GetAttribute("data-name")!);
}
