using MarkTrack.Domain.Email;
using MarkTrack.Web.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MarkTrack.Web.Hosting;

/// <summary>
/// Builds the sign-in address for emails from <c>App:PublicUrl</c>, or, when that is not
/// set, from the first address the server listens on.
/// </summary>
public sealed class SignInLinkProvider(IConfiguration configuration, IServer server) : ISignInLinkProvider
{
    public const string PublicUrlKey = "App:PublicUrl";

    public string SignInUrl => PublicBaseUrl + IdentityPages.Login;

    public string PublicBaseUrl => ConfiguredOrBoundUrl.TrimEnd('/');

    private string ConfiguredOrBoundUrl =>
        configuration[PublicUrlKey]
        ?? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
        ?? "http://localhost:5000";
}
