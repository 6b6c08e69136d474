namespace MarkTrack.Web.Identity;

/// <summary>
/// Responds 404 to the Identity UI pages MarkTrack does not offer, and redirects a user who
/// signed in with a temporary password to the change-password page before anything else.
/// </summary>
public sealed class IdentityPageGuardMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value?.TrimEnd('/') ?? "";
        var isPage = !Path.HasExtension(path);
        if (isPage && path.StartsWith("/Identity/", StringComparison.OrdinalIgnoreCase) && !IdentityPages.Offered.Contains(path))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (isPage && MustChangePassword(context) && !IsAllowedBeforePasswordChange(path))
        {
            context.Response.Redirect(IdentityPages.ChangePassword);
            return;
        }

        await next(context);
    }

    private static bool MustChangePassword(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true
        && context.User.HasClaim(AccountClaimsPrincipalFactory.MustChangePasswordClaim, "true");

    private static bool IsAllowedBeforePasswordChange(string path) =>
        path.Equals(IdentityPages.ChangePassword, StringComparison.OrdinalIgnoreCase)
        || path.Equals(IdentityPages.Logout, StringComparison.OrdinalIgnoreCase);
}
