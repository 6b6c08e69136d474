using System.Net;
using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Common;
using MarkTrack.Domain.Data;
using MarkTrack.Domain.Parents;
using MarkTrack.Tests.Email;
using MarkTrack.Tests.Infrastructure;
using MarkTrack.Web.Identity.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MarkTrack.Tests.Identity;

/// <summary>The real app on a clock the tests move, shared by the sign-in tests.</summary>
public sealed class SignInAppFixture : IAsyncLifetime
{
    private LoopbackSmtpServer _smtp = null!;

    public TestClock Clock { get; } = new(DateTimeOffset.UtcNow);

    internal MarkTrackApp App { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        _smtp = new LoopbackSmtpServer(LoopbackSmtpServer.FindFreePort());
        App = new MarkTrackApp(_smtp.Port, Clock);
        App.Start();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        _smtp.Dispose();
    }
}

/// <summary>Signs in over HTTP, as a browser posts the sign-in form, against the real app.</summary>
public sealed class SignInTests(SignInAppFixture fixture) : IClassFixture<SignInAppFixture>, IDisposable
{
    private const string ChangePasswordPath = "/Identity/Account/Manage/ChangePassword";

    private readonly SignInClient _client = new(fixture.App.BaseUrl);

    private MarkTrackApp App => fixture.App;

    public void Dispose()
    {
        App.WriteWarningsTo(Xunit.TestContext.Current.TestOutputHelper);
        _client.Dispose();
    }

    [Fact]
    public async Task UnknownEmailAndWrongPasswordGetSameMessage()
    {
        await AddParentAsync("same.message@example.org");

        var unknownEmail = await _client.SignInAsync("nobody@example.org", "Wrong-Password-1");
        var wrongPassword = await _client.SignInAsync("same.message@example.org", "Wrong-Password-1");

        Assert.Equal(HttpStatusCode.OK, unknownEmail.StatusCode);
        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        var unknownEmailErrors = await ReadErrorSummaryAsync(unknownEmail);
        var wrongPasswordErrors = await ReadErrorSummaryAsync(wrongPassword);
        Assert.Contains(LoginModel.RejectedMessage, unknownEmailErrors);
        Assert.Equal(unknownEmailErrors, wrongPasswordErrors);
    }

    [Fact]
    public async Task FreshTemporaryPasswordLeadsToPasswordChange()
    {
        var (_, password) = await AddParentAsync("fresh@example.org");

        var response = await _client.SignInAsync("fresh@example.org", password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ChangePasswordPath, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task FifthFailureLocksAccount()
    {
        var (_, password) = await AddParentAsync("lockout@example.org");

        var failures = new List<HttpResponseMessage>();
        for (var attempt = 1; attempt <= AccountRules.MaxFailedSignIns; attempt++)
            failures.Add(await _client.SignInAsync("lockout@example.org", $"Wrong-Password-{attempt}"));
        var rightPassword = await _client.SignInAsync("lockout@example.org", password);

        Assert.All(failures, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
        Assert.Contains(LoginModel.RejectedMessage, await ReadErrorSummaryAsync(failures[^1]));
        Assert.Contains(LoginModel.RejectedMessage, await ReadErrorSummaryAsync(rightPassword));
        var account = await App.QueryAsync(db => db.Users.SingleAsync(a => a.Email == "lockout@example.org"));
        Assert.True(account.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(14));
        Assert.Null(account.LastSignInAt);
    }

    [Fact]
    public async Task ExpiredTemporaryPasswordIsRejected()
    {
        var (parent, password) = await AddParentAsync("expired@example.org");
        fixture.Clock.Advance(TimeSpan.FromDays(14));

        var response = await _client.SignInAsync("expired@example.org", password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(
            "Your temporary password has expired. Ask the school office to send you new login details.",
            await ReadErrorSummaryAsync(response));
        var account = await App.QueryAsync(db => db.Users.SingleAsync(a => a.Id == parent.AccountId));
        Assert.Null(account.LastSignInAt);
        Assert.Equal(0, account.AccessFailedCount);
    }

    [Fact]
    public async Task WrongPasswordAfterExpiryGetsGenericMessage()
    {
        await AddParentAsync("expired.wrong@example.org");
        fixture.Clock.Advance(TimeSpan.FromDays(14));

        var response = await _client.SignInAsync("expired.wrong@example.org", "Wrong-Password-1");

        var errors = await ReadErrorSummaryAsync(response);
        Assert.Contains(LoginModel.RejectedMessage, errors);
        Assert.DoesNotContain("expired", errors);
    }

    [Fact]
    public async Task DeactivatedParentIsRejectedAtSignIn()
    {
        var (parent, password) = await AddParentAsync("deactivated@example.org");
        await DeactivateAsync(parent);

        var response = await _client.SignInAsync("deactivated@example.org", password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(LoginModel.RejectedMessage, await ReadErrorSummaryAsync(response));
    }

    [Fact]
    public Task DeactivationEndsOpenSession() =>
        AssertChangeEndsOpenSessionAsync("session@example.org", DeactivateAsync);

    [Fact]
    public Task NewTemporaryPasswordEndsOpenSession() =>
        AssertChangeEndsOpenSessionAsync("reissued@example.org", IssueNewTemporaryPasswordAsync);

    [Fact]
    public async Task SignInLogsNoPassword()
    {
        var (_, password) = await AddParentAsync("logs@example.org");

        await _client.SignInAsync("logs@example.org", "Wrong-Password-Logged-1");
        await _client.SignInAsync("logs@example.org", password);

        Assert.Contains(App.Logs.Entries, entry => entry.Message.Contains("signed in"));
        Assert.DoesNotContain(App.Logs.Entries, entry => entry.Mentions(password));
        Assert.DoesNotContain(App.Logs.Entries, entry => entry.Mentions("Wrong-Password-Logged-1"));
    }

    private async Task<(Parent Parent, string Password)> AddParentAsync(string email)
    {
        var schoolId = await App.QueryAsync(db => db.Schools.Select(s => s.Id).SingleAsync());
        var created = await App.RunAsync<ParentService, Result<Parent>>(s =>
            s.CreateAsync(new NewParent("Test Parent", email, null), schoolId, CancellationToken.None));
        Assert.True(created.Succeeded, created.Message);
        return (created.Value!, await App.ReadNewestPasswordAsync(created.Value!.AccountId));
    }

    /// <summary>
    /// Signs a parent in, applies the change, and checks that the next request of the same
    /// session is sent to the sign-in page.
    /// </summary>
    private async Task AssertChangeEndsOpenSessionAsync(string email, Func<Parent, Task> change)
    {
        var (parent, password) = await AddParentAsync(email);
        await _client.SignInAsync(email, password);
        var beforeChange = await _client.GetAsync(ChangePasswordPath);

        await change(parent);
        var afterChange = await _client.GetAsync(ChangePasswordPath);

        Assert.Equal(HttpStatusCode.OK, beforeChange.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterChange.StatusCode);
        Assert.StartsWith($"{App.BaseUrl}{SignInClient.LoginPath}", afterChange.Headers.Location?.OriginalString);
    }

    private async Task DeactivateAsync(Parent parent)
    {
        var result = await App.RunAsync<ParentActivationService, Result>(s =>
            s.DeactivateAsync(parent.Id, CancellationToken.None));
        Assert.True(result.Succeeded, result.Message);
    }

    /// <summary>Issues a new temporary password as a resend racing the sign-in would.</summary>
    private async Task IssueNewTemporaryPasswordAsync(Parent parent)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MarkTrackDbContext>();
        var account = await db.Users.SingleAsync(a => a.Id == parent.AccountId);

        await scope.ServiceProvider.GetRequiredService<TemporaryPasswordIssuer>().IssueAsync(account);
        await db.SaveChangesAsync();
    }

    /// <summary>Returns the text of the sign-in page's error summary.</summary>
    private static async Task<string> ReadErrorSummaryAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(Xunit.TestContext.Current.CancellationToken);
        var start = html.IndexOf("validation-summary-errors", StringComparison.Ordinal);
        Assert.True(start >= 0, "The page has no error summary.");
        var end = html.IndexOf("</div>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}
