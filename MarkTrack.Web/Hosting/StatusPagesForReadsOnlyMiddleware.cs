using Microsoft.AspNetCore.Diagnostics;

namespace MarkTrack.Web.Hosting;

/// <summary>
/// Turns off the re-executed status page for requests other than GET and HEAD. Re-executing
/// a POST renders the not-found page as a POST, whose antiforgery check then turns the 404
/// into a 400; a form post to a missing page should get the plain 404.
/// </summary>
public sealed class StatusPagesForReadsOnlyMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
            && context.Features.Get<IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }

        return next(context);
    }
}
