using TransitionLab.Api.Site;

namespace TransitionLab.Api.Security;

/// <summary>
/// <c>Cache-Control: no-store</c> on everything that may show personal or session data, so no browser history,
/// back button on a shared computer or proxy keeps it: pages rendered per request (sign-in, forms shown again
/// with what was typed, the course's own pages), answers that set or clear a cookie, and every answer to a
/// request that carried a key or a session. The static site's files are public and stay cacheable, also for
/// someone signed in.
/// </summary>
public static class PrivateResponses
{
    /// <summary>Adds the rule; it decides when the answer starts, so endpoints added later are covered too.</summary>
    public static IApplicationBuilder UsePrivateResponses(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var response = context.Response;
            // An endpoint answered (not a static file): a page made for this request, or an answer to someone signed in.
            var perRequest = context.GetEndpoint() is not null
                && (response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
                    || context.Request.Headers.Authorization.Count > 0
                    || context.Request.Cookies.Keys.Any(k => k.EndsWith(FrontrunnerSession.CookieName, StringComparison.Ordinal)));
            if (perRequest || response.Headers.SetCookie.Count > 0) response.Headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        return next(context);
    });
}
