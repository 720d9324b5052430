namespace TransitionLab.Api.Security;

/// <summary>Headers that tell browsers to run only our own scripts and styles, never sniff, frame or leak URLs.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// The site and the API: scripts and styles only from our own origin (the site uses /site.js and /style.css),
    /// no plugins, no framing, forms only to ourselves.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The Scalar reference at /api/docs starts itself with an inline script and styles its components inline,
    /// so only that path allows inline code; it still loads nothing from another origin.
    /// </summary>
    public const string DocsContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Path of the API reference, the one page with its own policy.</summary>
    public const string DocsPath = "/api/docs";

    /// <summary>Adds the headers to every response, errors included; call first.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(DocsPath) ? DocsContentSecurityPolicy : ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        return next(context);
    });
}
