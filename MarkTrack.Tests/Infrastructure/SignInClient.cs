using System.Net;
using System.Text.RegularExpressions;

namespace MarkTrack.Tests.Infrastructure;

/// <summary>
/// An HTTP client that posts the app's sign-in form and keeps the cookies, like a browser
/// without JavaScript. It follows no redirects, so a test sees where each response points.
/// </summary>
internal sealed partial class SignInClient : IDisposable
{
    public const string LoginPath = "/Identity/Account/Login";

    private readonly HttpClient _http;

    public SignInClient(string baseUrl)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        _http = new HttpClient(handler) { BaseAddress = new Uri(baseUrl) };
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password)
    {
        var form = await _http.GetStringAsync(LoginPath);
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        Assert.NotEmpty(token);

        var fields = new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        };
        return await _http.PostAsync(LoginPath, new FormUrlEncodedContent(fields));
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(path);

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
