using System.Text.RegularExpressions;
using MarkTrack.Domain.Audit;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Parents;
using MarkTrack.Domain.Students;
using MarkTrack.Domain.Teaching;
using MarkTrack.Tests.Email;
using MarkTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MarkTrack.Tests.EndToEnd;

/// <summary>
/// Staff record a grade, an attendance mark and a Hifz lesson in the browser; the parent
/// signs in, sees all three in the portal and acknowledges the lesson, and staff see who
/// acknowledged it. Set MARKTRACK_SCREENSHOTS to a folder to keep screenshots of each page.
/// </summary>
public sealed class PortalJourneyTests : IAsyncLifetime
{
    private const string ParentEmail = "aisha.rahman@example.org";
    private const string ParentPassword = "Aisha-Own-Password-7";

    private LoopbackSmtpServer _smtp = null!;
    private MarkTrackApp _app = null!;
    private Chromium _chromium = null!;
    private readonly string? _screenshots = Environment.GetEnvironmentVariable("MARKTRACK_SCREENSHOTS");

    public async ValueTask InitializeAsync()
    {
        _smtp = new LoopbackSmtpServer(LoopbackSmtpServer.FindFreePort());
        _app = new MarkTrackApp(_smtp.Port);
        _app.Start();
        _chromium = await Chromium.LaunchAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _app.WriteWarningsTo(Xunit.TestContext.Current.TestOutputHelper);
        await _chromium.DisposeAsync();
        await _app.DisposeAsync();
        _smtp.Dispose();
    }

    [Fact]
    public async Task ParentSeesRecordsAndAcknowledges()
    {
        var (mathsId, hifzId) = await ArrangeFamilyAsync();
        var admin = await _chromium.NewPageAsync(_app.BaseUrl);
        await BrowserSteps.SignInAsync(admin, MarkTrackApp.AdminEmail, MarkTrackApp.AdminPassword);
        await admin.WaitForURLAsync("**/parents");

        await RecordGradeAsync(admin, mathsId);
        await RecordAttendanceAsync(admin);
        await RecordLessonAsync(admin, hifzId);

        var parent = await SignInParentAsync();
        var card = parent.Locator("[data-testid=child-card]");
        await Assertions.Expect(card.Locator("[data-testid=card-gpa]")).ToHaveTextAsync("3.30");
        await Assertions.Expect(card.Locator("[data-testid=card-attendance]")).ToHaveTextAsync("100.0%");
        await Assertions.Expect(card.GetByText("Hifz: please acknowledge")).ToBeVisibleAsync();
        await ScreenshotAsync(parent, "portal-my-children");

        await card.GetByRole(AriaRole.Link, new() { Name = "Open" }).ClickAsync();
        await BrowserSteps.WaitForInteractiveAsync(parent);
        var grades = parent.Locator("[data-testid=grades-table]");
        await Assertions.Expect(grades.GetByRole(AriaRole.Row, new() { Name = "Mathematics Mr Hussain 88.0% B+ 3.3" })).ToBeVisibleAsync();
        await Assertions.Expect(parent.Locator("[data-testid=overall-gpa]")).ToHaveTextAsync("3.30");
        await ScreenshotAsync(parent, "portal-grades");

        await parent.GetByRole(AriaRole.Tab, new() { Name = "Attendance" }).ClickAsync();
        await Assertions.Expect(parent.Locator("[data-testid=attendance-rate]")).ToHaveTextAsync("100.0%");
        await Assertions.Expect(parent.Locator("[data-testid=attendance-table]").GetByText("Late")).ToBeVisibleAsync();
        await ScreenshotAsync(parent, "portal-attendance");

        await parent.GetByRole(AriaRole.Tab, new() { Name = "Hifz" }).ClickAsync();
        await Assertions.Expect(parent.Locator("[data-testid=current-position]")).ToHaveTextAsync("An-Naas (114), ayah 6");
        await Assertions.Expect(parent.Locator("[data-testid=pages-memorized]")).ToHaveTextAsync("0");
        await Assertions.Expect(parent.GetByText("Beautiful recitation")).ToBeVisibleAsync();
        await parent.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await Assertions.Expect(parent.Locator("[data-testid=acknowledged]")).ToContainTextAsync("Acknowledged by Aisha Rahman");
        await ScreenshotAsync(parent, "portal-hifz");

        await admin.GotoAsync($"/classes/{hifzId}");
        await BrowserSteps.WaitForInteractiveAsync(admin);
        await admin.GetByRole(AriaRole.Tab, new() { Name = "Hifz" }).ClickAsync();
        await Assertions.Expect(admin.Locator("[data-testid=acknowledgments]").GetByText("By Aisha Rahman at")).ToBeVisibleAsync();
        await ScreenshotAsync(admin, "staff-hifz-day");
        Assert.Equal(1, await _app.QueryAsync(db => db.HifzAcknowledgments.CountAsync()));
        Assert.DoesNotContain(_app.Logs.Entries, e => e.Mentions(ParentPassword));
    }

    [Fact]
    public async Task OtherFamilyChildIsNotFound()
    {
        await ArrangeFamilyAsync();
        var zaid = await CreateOtherFamilyAsync();
        var parent = await SignInParentAsync();

        await parent.GotoAsync($"/my-children/{zaid}");
        await BrowserSteps.WaitForInteractiveAsync(parent);

        await Assertions.Expect(parent.Locator("[data-testid=child-not-found]")).ToBeVisibleAsync();
        await Assertions.Expect(parent.GetByText("Zaid Khan")).ToHaveCountAsync(0);
        await parent.GotoAsync("/classes");
        Assert.Contains("/Identity/Account/AccessDenied", parent.Url);
    }

    private async Task RecordGradeAsync(IPage admin, Guid mathsId)
    {
        await admin.GotoAsync($"/classes/{mathsId}");
        await BrowserSteps.WaitForInteractiveAsync(admin);
        await admin.GetByRole(AriaRole.Tab, new() { Name = "Grades" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add Assessment" }).ClickAsync();
        await admin.Locator("input[data-testid=assessment-title]").FillAsync("Unit 1 test");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(admin.GetByText("Unit 1 test has been added.")).ToBeVisibleAsync();

        await admin.GetByRole(AriaRole.Button, new() { Name = "Scores" }).ClickAsync();
        await admin.GetByLabel("Score of Maryam Rahman").FillAsync("88");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save Scores" }).ClickAsync();
        await Assertions.Expect(admin.GetByText("Scores saved for Unit 1 test: 1 scored, 0 without a score.")).ToBeVisibleAsync();
        await ScreenshotAsync(admin, "staff-grades");
    }

    private async Task RecordAttendanceAsync(IPage admin)
    {
        await admin.GetByRole(AriaRole.Tab, new() { Name = "Attendance" }).ClickAsync();
        await admin.Locator("[data-testid=attendance-grid]").GetByText("Late").ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save Attendance" }).ClickAsync();
        await Assertions.Expect(admin.GetByText(new Regex("Attendance saved for Mathematics on .*: 0 present, 1 late"))).ToBeVisibleAsync();
        await ScreenshotAsync(admin, "staff-attendance");
    }

    private async Task RecordLessonAsync(IPage admin, Guid hifzId)
    {
        await admin.GotoAsync($"/classes/{hifzId}");
        await BrowserSteps.WaitForInteractiveAsync(admin);
        await admin.GetByRole(AriaRole.Tab, new() { Name = "Hifz" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Record Lesson" }).ClickAsync();
        await admin.Locator("input[data-testid=lesson-to-ayah]").FillAsync("6");
        await admin.Locator("textarea[data-testid=lesson-note]").FillAsync("Beautiful recitation");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save Lesson" }).ClickAsync();
        await Assertions.Expect(admin.GetByText(new Regex("New lesson recorded for Maryam Rahman on"))).ToBeVisibleAsync();
        await Assertions.Expect(admin.Locator("[data-testid=acknowledgments]").GetByText("Waiting")).ToBeVisibleAsync();
    }

    private async Task<IPage> SignInParentAsync()
    {
        var welcome = (await _smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(30)))
            .First(m => m.To.Mailboxes.Single().Address == ParentEmail);
        var temporaryPassword = Regex.Match(welcome.TextBody ?? "", @"^Temporary password: (\S+)\s*$", RegexOptions.Multiline).Groups[1].Value;
        var parent = await _chromium.NewPageAsync(_app.BaseUrl);
        await BrowserSteps.SignInAsync(parent, ParentEmail, temporaryPassword);
        await parent.GetByLabel("Current password").FillAsync(temporaryPassword);
        await parent.GetByLabel("New password", new() { Exact = true }).FillAsync(ParentPassword);
        await parent.GetByLabel("Confirm new password").FillAsync(ParentPassword);
        await parent.GetByRole(AriaRole.Button, new() { Name = "Update password" }).ClickAsync();
        await parent.WaitForURLAsync("**/my-children");
        await BrowserSteps.WaitForInteractiveAsync(parent);
        return parent;
    }

    /// <summary>Creates Aisha with her daughter Maryam, enrolled in Mathematics and a Hifz class, through the app's services.</summary>
    private async Task<(Guid MathsId, Guid HifzId)> ArrangeFamilyAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var schoolId = await _app.QueryAsync(db => db.Schools.Select(s => s.Id).SingleAsync());
        var parent = await services.GetRequiredService<ParentService>()
            .CreateAsync(new NewParent("Aisha Rahman", ParentEmail, null), schoolId, CancellationToken.None);
        var child = await services.GetRequiredService<StudentService>()
            .CreateAsync(new NewStudent("Maryam Rahman", null, parent.Value!.Id), schoolId, Actor.System, CancellationToken.None);
        var classes = services.GetRequiredService<ClassService>();
        var maths = await classes.AddAsync(schoolId, new ClassInput("Mathematics", "Mr Hussain", 1m, "2026-27", false), CancellationToken.None);
        var hifz = await classes.AddAsync(schoolId, new ClassInput("Hifz A", "Qari Bilal", 0m, "2026-27", true), CancellationToken.None);
        Assert.True((await classes.EnrollAsync(maths.Value, [child.Value!.Id], CancellationToken.None)).Succeeded);
        Assert.True((await classes.EnrollAsync(hifz.Value, [child.Value.Id], CancellationToken.None)).Succeeded);
        return (maths.Value, hifz.Value);
    }

    private async Task<Guid> CreateOtherFamilyAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var schoolId = await _app.QueryAsync(db => db.Schools.Select(s => s.Id).SingleAsync());
        var parent = await services.GetRequiredService<ParentService>()
            .CreateAsync(new NewParent("Fatima Khan", "fatima.khan@example.org", null), schoolId, CancellationToken.None);
        var child = await services.GetRequiredService<StudentService>()
            .CreateAsync(new NewStudent("Zaid Khan", null, parent.Value!.Id), schoolId, Actor.System, CancellationToken.None);
        return child.Value!.Id;
    }

    private async Task ScreenshotAsync(IPage page, string name)
    {
        if (_screenshots is null)
            return;

        Directory.CreateDirectory(_screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(_screenshots, $"{name}.png"), FullPage = true });
    }
}
