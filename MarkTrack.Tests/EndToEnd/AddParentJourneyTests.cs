using System.Text.RegularExpressions;
using MarkTrack.Tests.Email;
using MarkTrack.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace MarkTrack.Tests.EndToEnd;

/// <summary>
/// An admin adds a parent in the browser, the parent receives the welcome email over SMTP,
/// signs in with the emailed password, sets their own and lands in the portal.
/// </summary>
public sealed class AddParentJourneyTests : BrowserJourney
{
    private const string ParentEmail = "aisha.rahman@example.org";
    private const string ParentNewPassword = "Aisha-Own-Password-7";

    [Fact]
    public async Task ParentSignsInWithEmailedPassword()
    {
        var admin = await Browser.NewPageAsync(App.BaseUrl);
        await BrowserSteps.SignInAsync(admin, MarkTrackApp.AdminEmail, MarkTrackApp.AdminPassword);
        await admin.WaitForURLAsync("**/parents");
        await BrowserSteps.WaitForInteractiveAsync(admin);

        await BrowserSteps.AddParentAsync(admin, "Aisha Rahman", ParentEmail, "+44 20 7946 0011");

        await Assertions.Expect(admin.GetByText(
            $"Parent account created successfully! Login credentials have been emailed to {ParentEmail}."))
            .ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = "Aisha Rahman" })).ToBeVisibleAsync();

        var welcome = Assert.Single(await Smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(30)));
        Assert.Equal(ParentEmail, welcome.To.Mailboxes.Single().Address);
        Assert.Contains($"{App.BaseUrl}/Identity/Account/Login", welcome.TextBody);
        var temporaryPassword = Regex.Match(welcome.TextBody ?? "", @"^Temporary password: (\S+)\s*$", RegexOptions.Multiline).Groups[1].Value;
        Assert.NotEmpty(temporaryPassword);

        var parent = await Browser.NewPageAsync(App.BaseUrl);
        await BrowserSteps.SignInAsync(parent, ParentEmail, temporaryPassword);
        await parent.WaitForURLAsync("**/Identity/Account/Manage/ChangePassword");

        await parent.GotoAsync("/my-children");
        await parent.WaitForURLAsync("**/Identity/Account/Manage/ChangePassword");

        await parent.GetByLabel("Current password").FillAsync(temporaryPassword);
        await parent.GetByLabel("New password", new() { Exact = true }).FillAsync(ParentNewPassword);
        await parent.GetByLabel("Confirm new password").FillAsync(ParentNewPassword);
        await parent.GetByRole(AriaRole.Button, new() { Name = "Update password" }).ClickAsync();

        await parent.WaitForURLAsync("**/my-children");
        await Assertions.Expect(parent.GetByRole(AriaRole.Heading, new() { Name = "My Children" })).ToBeVisibleAsync();

        var account = await App.QueryAsync(db => db.Users.SingleAsync(u => u.Email == ParentEmail));
        Assert.NotNull(account.LastSignInAt);
        Assert.False(account.MustChangePassword);
        Assert.DoesNotContain(App.Logs.Entries, entry => entry.Mentions(temporaryPassword));
        Assert.DoesNotContain(App.Logs.Entries, entry => entry.Mentions(ParentNewPassword));
    }

    [Fact]
    public async Task ParentOpeningAdminPageIsDenied()
    {
        var admin = await Browser.NewPageAsync(App.BaseUrl);
        await BrowserSteps.SignInAsync(admin, MarkTrackApp.AdminEmail, MarkTrackApp.AdminPassword);
        await admin.WaitForURLAsync("**/parents");
        await BrowserSteps.WaitForInteractiveAsync(admin);
        await BrowserSteps.AddParentAsync(admin, "Yusuf Rahman", "yusuf@example.org");
        var welcome = Assert.Single(await Smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(30)));
        var temporaryPassword = Regex.Match(welcome.TextBody ?? "", @"^Temporary password: (\S+)\s*$", RegexOptions.Multiline).Groups[1].Value;

        var parent = await Browser.NewPageAsync(App.BaseUrl);
        await BrowserSteps.SignInAsync(parent, "yusuf@example.org", temporaryPassword);
        await parent.GetByLabel("Current password").FillAsync(temporaryPassword);
        await parent.GetByLabel("New password", new() { Exact = true }).FillAsync(ParentNewPassword);
        await parent.GetByLabel("Confirm new password").FillAsync(ParentNewPassword);
        await parent.GetByRole(AriaRole.Button, new() { Name = "Update password" }).ClickAsync();
        await parent.WaitForURLAsync("**/my-children");

        await parent.GotoAsync("/parents");

        Assert.Contains("/Identity/Account/AccessDenied", parent.Url);
        await Assertions.Expect(parent.GetByRole(AriaRole.Heading, new() { Name = "Access denied" })).ToBeVisibleAsync();
        await Assertions.Expect(parent.GetByRole(AriaRole.Button, new() { Name = "Add Parent" })).ToHaveCountAsync(0);
        await Assertions.Expect(parent.GetByText("yusuf@example.org")).ToHaveCountAsync(0);
    }
}
