using System.Net;
using System.Text.RegularExpressions;
using MarkTrack.Domain.Accounts;
using MarkTrack.Domain.Email;
using MarkTrack.Domain.Parents;
using MarkTrack.Tests.Email;
using MarkTrack.Tests.Infrastructure;
using MarkTrack.Web.Identity.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MarkTrack.Tests.Identity;

/// <summary>The sign-in page over real HTTP against the app on Kestrel.</summary>
public sealed class SignInHardeningTests : IAsyncLifetime
{
    private const string ParentEmail = "aisha@example.org";

    private LoopbackSmtpServer _smtp = null!;
    private MarkTrackApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _smtp = new LoopbackSmtpServer(LoopbackSmtpServer.FindFreePort());
        _app = new MarkTrackApp(_smtp.Port);
        _app.Start();
        await using var scope = _app.Services.CreateAsyncScope();
        var schoolId = await scope.ServiceProvider.GetRequiredService<MarkTrack.Domain.Data.MarkTrackDbContext>().Schools.Select(s => s.Id).SingleAsync();
        var created = await scope.ServiceProvider.GetRequiredService<ParentService>()
            .CreateAsync(new NewParent("Aisha Rahman", ParentEmail, null), schoolId, CancellationToken.None);
        Assert.True(created.Succeeded, created.Message);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _smtp.Dispose();
    }

    [Fact]
    public async Task UnknownEmailAndWrongPasswordGetSameMessage()
    {
        var form = await LoginFormAsync();

        var unknown = await form.PostAsync("nobody@example.org", "Wrong-Password-1");
        var wrong = await form.PostAsync(ParentEmail, "Wrong-Password-1");

        Assert.Contains(WebUtility.HtmlEncode(LoginModel.RejectedMessage), unknown);
        Assert.Contains(WebUtility.HtmlEncode(LoginModel.RejectedMessage), wrong);
    }

    [Fact]
    public async Task LockedOutAccountGetsSameMessage()
    {
        var form = await LoginFormAsync();
        for (var i = 0; i < AccountRules.MaxFailedSignIns; i++)
            await form.PostAsync(ParentEmail, "Wrong-Password-1");

        var afterLockout = await form.PostAsync(ParentEmail, "Wrong-Password-1");

        Assert.Contains(WebUtility.HtmlEncode(LoginModel.RejectedMessage), afterLockout);
        Assert.True(await IsLockedOutAsync());
    }

    [Fact]
    public async Task ParallelGuessesStopAtLockout()
    {
        var form = await LoginFormAsync();

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => form.PostAsync(ParentEmail, "Wrong-Password-1")));

        var passwordChecksThatFailed = _app.Logs.Entries.Count(e => e.Message.StartsWith("Rejected sign-in for account", StringComparison.Ordinal)
            && !e.Message.Contains("locked out", StringComparison.Ordinal));
        Assert.Equal(AccountRules.MaxFailedSignIns - 1, passwordChecksThatFailed);
        Assert.True(await IsLockedOutAsync());
    }

    [Fact]
    public async Task ResetLinkIgnoresForgedHost()
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(_app.BaseUrl) };
        var page = await client.GetStringAsync("/Identity/Account/ForgotPassword", Xunit.TestContext.Current.CancellationToken);
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Identity/Account/ForgotPassword")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = ParentEmail,
                ["__RequestVerificationToken"] = token,
            }),
        };
        request.Headers.Host = "attacker.invalid";

        await client.SendAsync(request, Xunit.TestContext.Current.CancellationToken);

        var delivered = await _smtp.WaitForMessagesAsync(2, TimeSpan.FromSeconds(30));
        var reset = Assert.Single(delivered, m => m.Subject == PasswordResetEmailModel.Subject);
        Assert.Contains($"{_app.BaseUrl}/Identity/Account/ResetPassword?code=", reset.TextBody);
        Assert.DoesNotContain("attacker.invalid", reset.TextBody);
        Assert.DoesNotContain("attacker.invalid", reset.HtmlBody);
    }

    private Task<bool> IsLockedOutAsync() =>
        _app.QueryAsync(db => db.Users.Where(u => u.Email == ParentEmail).Select(u => u.LockoutEnd != null).SingleAsync());

    private async Task<LoginForm> LoginFormAsync()
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(_app.BaseUrl),
        };
        var page = await client.GetStringAsync("/Identity/Account/Login", Xunit.TestContext.Current.CancellationToken);
        var token = Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        return new LoginForm(client, token);
    }

    private sealed record LoginForm(HttpClient Client, string Token)
    {
        public async Task<string> PostAsync(string email, string password)
        {
            var content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = email,
                ["Input.Password"] = password,
                ["__RequestVerificationToken"] = Token,
            });
            var response = await Client.PostAsync("/Identity/Account/Login", content);
            return await response.Content.ReadAsStringAsync();
        }
    }
}
