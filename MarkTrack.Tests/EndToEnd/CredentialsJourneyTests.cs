using System.Text.RegularExpressions;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Parents;
using MarkTrack.Tests.Email;
using MarkTrack.Tests.Infrastructure;
using MarkTrack.Web.Identity.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MimeKit;

namespace MarkTrack.Tests.EndToEnd;

/// <summary>The real app, its SMTP server and Chromium, shared by the credentials journeys.</summary>
public sealed class CredentialsJourneyFixture : IAsyncLifetime
{
    internal LoopbackSmtpServer Smtp { get; private set; } = null!;

    internal MarkTrackApp App { get; private set; } = null!;

    internal Chromium Chromium { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Smtp = new LoopbackSmtpServer(LoopbackSmtpServer.FindFreePort());
        App = new MarkTrackApp(Smtp.Port);
        App.Start();
        Chromium = await Chromium.LaunchAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Chromium.DisposeAsync();
        await App.DisposeAsync();
        Smtp.Dispose();
    }
}

/// <summary>
/// An admin resends credentials and deactivates a parent in the browser, and the parent's
/// browser shows the effect: only the newest password signs in, and deactivation ends the
/// open session at the next click.
/// </summary>
public sealed class CredentialsJourneyTests(CredentialsJourneyFixture fixture)
    : IClassFixture<CredentialsJourneyFixture>, IDisposable
{
    private static readonly TimeSpan MailTimeout = TimeSpan.FromSeconds(30);

    private MarkTrackApp App => fixture.App;

    public void Dispose() => App.WriteWarningsTo(Xunit.TestContext.Current.TestOutputHelper);

    [Fact]
    public async Task OnlyNewestEmailedPasswordSignsIn()
    {
        const string email = "resend.parent@example.org";
        await AddParentAsync("Resend Parent", email);
        var welcome = Assert.Single(await fixture.Smtp.WaitForMessagesToAsync(email, 1, MailTimeout));
        var admin = await SignInAdminAsync();

        var row = admin.Locator("tr", new() { HasText = "Resend Parent" });
        await row.GetByRole(AriaRole.Button, new() { Name = "Resend" }).ClickAsync();
        await Assertions.Expect(admin.GetByText(CredentialsMessages.Resent(email))).ToBeVisibleAsync();
        var emails = await fixture.Smtp.WaitForMessagesToAsync(email, 2, MailTimeout);
        var welcomePassword = PasswordIn(welcome);
        // The SMTP server keeps no order, so the newest email is the one that is not the welcome.
        var newestPassword = emails.Select(PasswordIn).Single(password => password != welcomePassword);

        var parent = await fixture.Chromium.NewPageAsync(App.BaseUrl);
        await BrowserSteps.SignInAsync(parent, email, welcomePassword);
        await Assertions.Expect(parent.GetByText(LoginModel.RejectedMessage)).ToBeVisibleAsync();
        await BrowserSteps.SignInAsync(parent, email, newestPassword);
        await parent.WaitForURLAsync("**/Identity/Account/Manage/ChangePassword");

        Assert.Equal(2, emails.Count);
        await Assertions.Expect(row.GetByTestId("credentials-delivery")).ToHaveTextAsync("Sent");
        Assert.DoesNotContain(App.Logs.Entries, entry => entry.Mentions(welcomePassword));
        Assert.DoesNotContain(App.Logs.Entries, entry => entry.Mentions(newestPassword));
    }

    [Fact]
    public async Task DeactivationSignsParentOutAtNextClick()
    {
        const string email = "deactivated.parent@example.org";
        const string ownPassword = "Deactivated-Own-Password-7";
        var parentId = await AddParentAsync("Deactivated Parent", email);
        var parentAccountId = await App.QueryAsync(db => db.Parents.Where(p => p.Id == parentId).Select(p => p.AccountId).SingleAsync());
        var parent = await SignInParentWithOwnPasswordAsync(email, await App.ReadNewestPasswordAsync(parentAccountId), ownPassword);
        var admin = await SignInAdminAsync();

        await admin.GotoAsync($"/parents/{parentId}");
        await BrowserSteps.WaitForInteractiveAsync(admin);
        await admin.GetByTestId("deactivate-parent").ClickAsync();
        await admin.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Deactivate" }).ClickAsync();
        await Assertions.Expect(admin.GetByText(CredentialsMessages.Deactivated("Deactivated Parent"))).ToBeVisibleAsync();

        await parent.GetByRole(AriaRole.Link, new() { Name = "My Children" }).ClickAsync();
        // The refused circuit may start two navigations to the sign-in page, and the first can
        // be aborted, so the test checks where the page ends up rather than one navigation.
        await Assertions.Expect(parent).ToHaveURLAsync(
            new System.Text.RegularExpressions.Regex("/Identity/Account/Login"),
            new() { Timeout = 30_000 });
        await parent.GotoAsync("/my-children");
        await parent.WaitForURLAsync("**/Identity/Account/Login**");
        await BrowserSteps.SignInAsync(parent, email, ownPassword);
        await Assertions.Expect(parent.GetByText(LoginModel.RejectedMessage)).ToBeVisibleAsync();

        await admin.GotoAsync("/parents");
        var row = admin.Locator("tr", new() { HasText = "Deactivated Parent" });
        await Assertions.Expect(row.GetByTestId("deactivated-chip")).ToBeVisibleAsync();
    }

    private async Task<Guid> AddParentAsync(string fullName, string email)
    {
        var schoolId = await App.QueryAsync(db => db.Schools.Select(s => s.Id).SingleAsync());
        var created = await App.RunAsync<ParentService, Result<Parent>>(s =>
            s.CreateAsync(new NewParent(fullName, email, null), schoolId, CancellationToken.None));
        Assert.True(created.Succeeded, created.Message);
        return created.Value!.Id;
    }

    private async Task<IPage> SignInAdminAsync()
    {
        var admin = await fixture.Chromium.NewPageAsync(App.BaseUrl);
        await BrowserSteps.SignInAsync(admin, MarkTrackApp.AdminEmail, MarkTrackApp.AdminPassword);
        await admin.WaitForURLAsync("**/parents");
        await BrowserSteps.WaitForInteractiveAsync(admin);
        return admin;
    }

    /// <summary>Signs the parent in, replaces the temporary password, and waits in the portal's live circuit.</summary>
    private async Task<IPage> SignInParentWithOwnPasswordAsync(string email, string temporaryPassword, string ownPassword)
    {
        var parent = await fixture.Chromium.NewPageAsync(App.BaseUrl);
        await BrowserSteps.SignInAsync(parent, email, temporaryPassword);
        await parent.GetByLabel("Current password").FillAsync(temporaryPassword);
        await parent.GetByLabel("New password", new() { Exact = true }).FillAsync(ownPassword);
        await parent.GetByLabel("Confirm new password").FillAsync(ownPassword);
        await parent.GetByRole(AriaRole.Button, new() { Name = "Update password" }).ClickAsync();
        await parent.WaitForURLAsync("**/my-children");
        await BrowserSteps.WaitForInteractiveAsync(parent);
        return parent;
    }

    private static string PasswordIn(MimeMessage message)
    {
        var password = Regex.Match(message.TextBody ?? "", @"^Temporary password: (\S+)\s*$", RegexOptions.Multiline).Groups[1].Value;
        Assert.NotEmpty(password);
        return password;
    }
}
