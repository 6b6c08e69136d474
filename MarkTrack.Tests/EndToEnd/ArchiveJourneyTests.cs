using MarkTrack.Domain.Students;
using MarkTrack.Tests.Email;
using MarkTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace MarkTrack.Tests.EndToEnd;

/// <summary>
/// An admin archives a parent with one solo and one co-parented child from the profile,
/// checks the preview and the Students list, then restores the parent from the Archived list.
/// </summary>
public sealed class ArchiveJourneyTests : BrowserJourney
{
    [Fact]
    public async Task ArchiveThenRestoreParent()
    {
        var families = new FamilyBuilder(App.Services, await SchoolIdAsync());
        var aisha = await families.ParentAsync("Aisha Rahman");
        var yusuf = await families.ParentAsync("Yusuf Rahman");
        var ibrahim = await families.ChildAsync("Ibrahim Rahman", aisha);
        var maryam = await families.ChildAsync("Maryam Rahman", aisha);
        var linked = await families.LinkAsync(yusuf, maryam);
        Assert.True(linked.Succeeded, linked.Message);

        var admin = await Browser.NewPageAsync(App.BaseUrl);
        await BrowserSteps.SignInAsync(admin, MarkTrackApp.AdminEmail, MarkTrackApp.AdminPassword);
        await admin.WaitForURLAsync("**/parents");

        await BrowserSteps.OpenAsync(admin, $"/parents/{aisha}");
        await admin.Locator("[data-testid=archive-parent]").ClickAsync();
        await Assertions.Expect(admin.Locator("[data-testid=archive-child]")).ToHaveTextAsync(["Ibrahim Rahman"]);
        await Assertions.Expect(admin.Locator("[data-testid=kept-child]"))
            .ToHaveTextAsync(["Maryam Rahman, with Yusuf Rahman as Parent 1"]);
        await admin.Locator("[data-testid=confirm-archive]").ClickAsync();
        await BrowserSteps.ExpectTextAsync(
            admin,
            "Aisha Rahman archived. 1 child archived; 1 child kept (second parent promoted to primary).");

        await BrowserSteps.OpenAsync(admin, "/students");
        await ExpectSlotAsync(admin, "Maryam Rahman", "Parent 1", "Yusuf Rahman");
        await Assertions.Expect(StudentRow(admin, "Ibrahim Rahman")).ToHaveCountAsync(0);

        await BrowserSteps.OpenAsync(admin, "/parents");
        await admin.Locator("[data-testid=archived-parents]").ClickAsync();
        await admin.WaitForURLAsync("**/parents/archived");
        await BrowserSteps.WaitForInteractiveAsync(admin);
        await admin.Locator("[data-testid=archived-table] tbody tr", new() { HasText = "Aisha Rahman" })
            .Locator("[data-testid=restore-archived]")
            .ClickAsync();
        await Assertions.Expect(admin.Locator(".mud-dialog"))
            .ToContainTextAsync("Restore Aisha Rahman and the 1 child archived with them?");
        await admin.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Restore" }).ClickAsync();
        await BrowserSteps.ExpectTextAsync(admin, "Aisha Rahman restored with 1 child.");
        await Assertions.Expect(admin.GetByText("No archived parents in this school.")).ToBeVisibleAsync();

        await BrowserSteps.OpenAsync(admin, "/parents");
        var parentsTable = admin.Locator("[data-testid=parents-table]");
        await Assertions.Expect(parentsTable.GetByRole(AriaRole.Link, new() { Name = "Aisha Rahman" })).ToBeVisibleAsync();
        await BrowserSteps.OpenAsync(admin, "/students");
        await ExpectSlotAsync(admin, "Ibrahim Rahman", "Parent 1", "Aisha Rahman");
        await ExpectSlotAsync(admin, "Maryam Rahman", "Parent 1", "Yusuf Rahman");
        await ExpectSlotAsync(admin, "Maryam Rahman", "Parent 2", "Aisha Rahman");

        var restoredChild = await LoadStudentAsync(ibrahim);
        Assert.False(restoredChild.Account.IsArchived);
        Assert.Null(restoredChild.ArchivedWithParentId);
        var keptChild = await LoadStudentAsync(maryam);
        Assert.False(keptChild.Account.IsArchived);
        Assert.Equal(yusuf, keptChild.Parent1Id);
        Assert.Equal(aisha, keptChild.Parent2Id);
    }

    private static ILocator StudentRow(IPage page, string name)
    {
        var nameLink = page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
        return page.Locator("[data-testid=students-table] tbody tr", new() { Has = nameLink });
    }

    /// <summary>Expects the Students list to show the parent in the student's Parent 1 or Parent 2 column.</summary>
    private static Task ExpectSlotAsync(IPage page, string student, string column, string parent) =>
        Assertions.Expect(StudentRow(page, student).Locator($"td[data-label='{column}']")).ToHaveTextAsync(parent);

    private Task<Student> LoadStudentAsync(Guid studentId) =>
        App.QueryAsync(db => db.Students.AsNoTracking().Include(s => s.Account).SingleAsync(s => s.Id == studentId));

    private Task<Guid> SchoolIdAsync() => App.QueryAsync(db => db.Schools.Select(s => s.Id).SingleAsync());
}
