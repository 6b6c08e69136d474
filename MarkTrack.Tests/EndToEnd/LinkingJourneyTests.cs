using MarkTrack.Domain.Audit;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Parents;
using MarkTrack.Domain.Students;
using MarkTrack.Tests.Email;
using MarkTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MarkTrack.Tests.EndToEnd;

/// <summary>
/// An admin links two parents to one child in the browser, sees a third refused, then
/// unlinks Parent 1 and sees Parent 2 promoted.
/// </summary>
public sealed class LinkingJourneyTests : BrowserJourney
{
    [Fact]
    public async Task SecondParentIsPromotedAfterUnlink()
    {
        var aisha = await AddParentAsync("Aisha Rahman", "aisha@example.org");
        var yusuf = await AddParentAsync("Yusuf Rahman", "yusuf@example.org");
        var fatima = await AddParentAsync("Fatima Khan", "fatima@example.org");
        var maryam = await AddIndependentStudentAsync("Maryam Rahman", "maryam@example.org");
        var admin = await Browser.NewPageAsync(App.BaseUrl);
        await BrowserSteps.SignInAsync(admin, MarkTrackApp.AdminEmail, MarkTrackApp.AdminPassword);
        await admin.WaitForURLAsync("**/parents");

        await BrowserSteps.OpenAsync(admin, $"/parents/{aisha}");
        await PickAsync(admin, "link-student", "Maryam Rahman");
        await BrowserSteps.ExpectTextAsync(admin, "Maryam Rahman has been linked as a child of Aisha Rahman");
        await Assertions.Expect(admin.Locator("[data-testid=child-row]")).ToContainTextAsync("Parent 1 (primary)");

        await BrowserSteps.OpenAsync(admin, $"/students/{maryam}");
        await PickAsync(admin, "link-parent", "Yusuf Rahman");
        await BrowserSteps.ExpectTextAsync(admin, "Maryam Rahman has been linked as a child of Yusuf Rahman");
        await Assertions.Expect(admin.Locator("[data-testid=slot-2]")).ToContainTextAsync("Yusuf Rahman");

        await BrowserSteps.OpenAsync(admin, $"/parents/{fatima}");
        await PickAsync(admin, "link-student", "Maryam Rahman");
        await BrowserSteps.ExpectTextAsync(admin, "Maryam Rahman already has two parents linked. Please unlink one first.");

        await BrowserSteps.OpenAsync(admin, $"/students/{maryam}");
        await admin.Locator("[data-testid=slot-1] [data-testid=unlink-parent]").ClickAsync();
        await Assertions.Expect(admin.Locator("[data-testid=unlink-dialog]")).ToContainTextAsync("No records will be deleted.");
        await admin.Locator("[data-testid=unlink-confirm]").ClickAsync();
        await BrowserSteps.ExpectTextAsync(admin, "Link to Maryam Rahman has been removed. The second parent is now the primary.");
        await Assertions.Expect(admin.Locator("[data-testid=slot-1]")).ToContainTextAsync("Yusuf Rahman");
        await Assertions.Expect(admin.Locator("[data-testid=slot-2]")).ToContainTextAsync("Empty");
        await Assertions.Expect(admin.Locator("[data-testid=history]"))
            .ToContainTextAsync("Yusuf Rahman promoted to Parent 1 of Maryam Rahman");

        var student = await App.QueryAsync(db => db.Students.SingleAsync(s => s.Id == maryam));
        Assert.Equal(yusuf, student.Parent1Id);
        Assert.Null(student.Parent2Id);
        Assert.Equal(StudentKind.Child, student.Kind);
        var fatimaLinks = await App.QueryAsync(db => db.Students.CountAsync(s => s.Parent1Id == fatima || s.Parent2Id == fatima));
        Assert.Equal(0, fatimaLinks);
    }

    /// <summary>Opens a link picker with the given button, picks the named person and confirms.</summary>
    private static async Task PickAsync(IPage page, string buttonTestId, string name)
    {
        await page.Locator($"[data-testid={buttonTestId}]").ClickAsync();
        await page.Locator($"[data-testid=link-candidate][data-name='{name}']").ClickAsync();
        await page.Locator("[data-testid=link-confirm]").ClickAsync();
    }

    private async Task<Guid> AddParentAsync(string fullName, string email)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var schoolId = await SchoolIdAsync();
        var parents = scope.ServiceProvider.GetRequiredService<ParentService>();
        var created = await parents.CreateAsync(new NewParent(fullName, email, null), schoolId, CancellationToken.None);
        Assert.True(created.Succeeded, created.Message);
        return created.Value!.Id;
    }

    private async Task<Guid> AddIndependentStudentAsync(string fullName, string email)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var schoolId = await SchoolIdAsync();
        var students = scope.ServiceProvider.GetRequiredService<StudentService>();
        Result<Student> created = await students.CreateAsync(
            new NewStudent(fullName, email, null),
            schoolId,
            Actor.System,
            CancellationToken.None);
        Assert.True(created.Succeeded, created.Message);
        return created.Value!.Id;
    }

    private Task<Guid> SchoolIdAsync() => App.QueryAsync(db => db.Schools.Select(s => s.Id).SingleAsync());
}
