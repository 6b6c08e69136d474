using System.Security.Claims;
using Bunit;
using MarkTrack.Domain.Teaching;
using MarkTrack.Tests.Infrastructure;
using MarkTrack.Tests.Portal;
using MarkTrack.Web.Components.Pages.Portal;
using MarkTrack.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MarkTrack.Tests.Components.Portal;

public sealed class ChildRecordsPageTests : MudTestContext, IAsyncLifetime
{
    private static readonly DateOnly Day = new(2026, 9, 1);

    private readonly HostSlot _slot;
    private DomainTestHost _host = null!;
    private PortalFamily _family = null!;

    public ChildRecordsPageTests()
        : this(new HostSlot())
    {
    }

    private ChildRecordsPageTests(HostSlot slot)
        : base(services => services.AddSingleton(_ => new DomainScope(slot.Host!.Services.GetRequiredService<IServiceScopeFactory>())))
    {
        _slot = slot;
    }

    public async ValueTask InitializeAsync()
    {
        _host = await DomainTestHost.StartAsync();
        _slot.Host = _host;
        _family = await PortalFamily.CreateAsync(_host);
        var records = new RecordsBuilder(_host);
        var maths = await records.ClassAsync("Mathematics", credits: 1m, teacher: "Mr Hussain", students: _family.Maryam);
        var hifz = await records.ClassAsync("Hifz A", credits: 0m, isHifz: true, students: [_family.Maryam, _family.Zaid]);
        await records.ScoreAsync(maths, _family.Maryam, 91m);
        await records.AttendanceAsync(maths, Day, (_family.Maryam, AttendanceStatus.Absent));
        await records.LessonAsync(hifz, _family.Maryam, Day, new(114, 1, 114, 6), note: "Strong tajweed");
        await records.LessonAsync(hifz, _family.Zaid, Day, new(113, 1, 113, 5), note: "Zaid's note");
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _host.DisposeAsync();
    }

    [Fact]
    public void GradesTabShowsClassRows()
    {
        var page = RenderFor(_family.AishaAccountId, _family.Maryam);

        var grades = page.WaitForElement("[data-testid=grades-table]");
        Assert.Contains("Mathematics", grades.TextContent);
        Assert.Contains("Mr Hussain", grades.TextContent);
        Assert.Contains("91.0%", grades.TextContent);
        Assert.Contains("A-", grades.TextContent);
        Assert.Equal("3.70", page.Find("[data-testid=overall-gpa]").TextContent.Trim());
    }

    [Fact]
    public async Task AttendanceTabShowsRate()
    {
        var page = RenderFor(_family.AishaAccountId, _family.Maryam);
        page.WaitForElement("[data-testid=grades-table]");

        await ClickTabAsync(page, "Attendance");

        Assert.Equal("0.0%", page.Find("[data-testid=attendance-rate]").TextContent.Trim());
        Assert.Contains("Absent", page.Find("[data-testid=attendance-table]").TextContent);
    }

    [Fact]
    public async Task HifzTabAcknowledgesOnce()
    {
        _host.Clock.Advance(TimeSpan.FromHours(2));
        var page = RenderFor(_family.YusufAccountId, _family.Maryam);
        page.WaitForElement("[data-testid=grades-table]");
        await ClickTabAsync(page, "Hifz");
        Assert.Contains("Strong tajweed", page.Find("[data-testid=lessons-table]").TextContent);

        await page.Find("[data-testid=acknowledge]").ClickAsync(new());

        var acknowledged = page.WaitForElement("[data-testid=acknowledged]");
        Assert.Equal("Acknowledged by Yusuf Rahman at 10:00", acknowledged.TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=acknowledge]"));
    }

    [Fact]
    public void OtherFamilyChildRendersNotFound()
    {
        var page = RenderFor(_family.AishaAccountId, _family.Zaid);

        page.WaitForElement("[data-testid=child-not-found]");
        Assert.DoesNotContain("Zaid", page.Markup);
        Assert.Empty(page.FindAll("[data-testid=child-tabs]"));
    }

    [Fact]
    public async Task UnlinkedParentSeesNotFoundAtNextTab()
    {
        var page = RenderFor(_family.AishaAccountId, _family.Maryam);
        page.WaitForElement("[data-testid=grades-table]");
        var aisha = await _host.QueryAsync(db => db.Parents.Where(p => p.AccountId == _family.AishaAccountId).Select(p => p.Id).SingleAsync());
        var unlinked = await new FamilyBuilder(_host).UnlinkAsync(aisha, _family.Maryam);

        await ClickTabAsync(page, "Attendance");

        Assert.True(unlinked.Succeeded, unlinked.Message);
        page.WaitForElement("[data-testid=child-not-found]");
        Assert.Empty(page.FindAll("[data-testid=child-tabs]"));
        Assert.DoesNotContain("Maryam", page.Markup);
    }

    private IRenderedComponent<ChildRecordsPage> RenderFor(string accountId, Guid studentId)
    {
        Authorization.SetAuthorized("parent@example.org");
        Authorization.SetRoles("Parent");
        Authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, accountId));
        return Render<ChildRecordsPage>(parameters => parameters.Add(p => p.StudentId, studentId));
    }

    private static async Task ClickTabAsync(IRenderedComponent<ChildRecordsPage> page, string name)
    {
        var tab = page.FindAll(".mud-tab").Single(t => t.TextContent.Trim() == name);
        await tab.ClickAsync(new());
    }

    /// <summary>The host, started after the constructor has registered the services that read it.</summary>
    private sealed class HostSlot
    {
        public DomainTestHost? Host { get; set; }
    }
}
