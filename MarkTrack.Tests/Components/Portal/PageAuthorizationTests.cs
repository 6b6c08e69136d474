using MarkTrack.Domain.Accounts;
using MarkTrack.Web.Components.Pages.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace MarkTrack.Tests.Components.Portal;

/// <summary>The staff pages are for admins only, and the portal pages for parents and independent students.</summary>
public sealed class PageAuthorizationTests
{
    private static readonly Type[] Pages = typeof(ChildRecordsPage).Assembly.GetTypes()
        .Where(t => t.GetCustomAttributes(typeof(RouteAttribute), false).Length > 0)
        .ToArray();

    [Fact]
    public void TeachingPagesRequireAdmin()
    {
        var teaching = Pages.Where(t => t.Namespace!.EndsWith(".Pages.Teaching")).ToList();

        Assert.Equal(2, teaching.Count);
        Assert.All(teaching, page => Assert.Equal(Roles.Admin, RolesOf(page)));
    }

    [Fact]
    public void PortalPagesRequireParentOrStudent()
    {
        var portal = Pages.Where(t => t.Namespace!.EndsWith(".Pages.Portal")).ToList();

        Assert.Equal(2, portal.Count);
        Assert.All(portal, page => Assert.Equal("Parent,Student", RolesOf(page)));
    }

    private static string? RolesOf(Type page) =>
        page.GetCustomAttributes(typeof(AuthorizeAttribute), false).Cast<AuthorizeAttribute>().SingleOrDefault()?.Roles;
}
