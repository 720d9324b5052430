namespace TransitionLab.Api.Versioning;

/// <summary>
/// The API's version as the Dutch API Design Rules ask: the major version in the URI (<c>/api/v1/…</c>,
/// /core/uri-version) and the full version in an <c>API-Version</c> header on every answer (/core/version-header).
/// The unversioned <c>/api/…</c> paths keep answering as aliases, because users and scripts rely on them; the
/// OpenAPI document names only the versioned base.
/// </summary>
public static class ApiVersion
{
    /// <summary>The full version (semver); also <c>info.version</c> of the OpenAPI document.</summary>
    public const string Full = "1.0.0";

    /// <summary>Response header that carries <see cref="Full"/>.</summary>
    public const string HeaderName = "API-Version";

    /// <summary>Base path of the versioned API: the document's server URL ends with it.</summary>
    public const string VersionedBase = "/api/v1";

    /// <summary>Base path the endpoints are mapped at; every path under it is also reachable under <see cref="VersionedBase"/>.</summary>
    public const string RoutedBase = "/api";

    /// <summary>Where the ADR (/core/publish-openapi) expects the document, relative to the versioned base.</summary>
    public const string PublishedDocument = "/openapi.json";

    /// <summary>The route of the OpenAPI document.</summary>
    public const string DocumentRoute = "/openapi/v1.json";

    /// <summary>
    /// The address of a created resource for a <c>Location</c> header: under the versioned base the document names,
    /// so a client that follows it stays on <c>/api/v1</c> (the unversioned alias would answer too).
    /// </summary>
    /// <param name="path">The resource's path below the base, starting with <c>/</c>.</param>
    public static string Location(string path) => VersionedBase + path;

    /// <summary>
    /// Adds the version header to every answer and serves <c>/api/v1/…</c> from the endpoints at <c>/api/…</c>
    /// by rewriting the path before routing. One rewrite for every endpoint, so endpoints added later under
    /// <c>/api</c> answer at both prefixes without opting in. Call before <c>UseRouting</c>.
    /// </summary>
    public static WebApplication UseApiVersion(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(VersionedBase, StringComparison.OrdinalIgnoreCase, out var rest))
                context.Request.Path = rest.Equals(PublishedDocument, StringComparison.OrdinalIgnoreCase) ? DocumentRoute : RoutedBase + rest;
            var isDocument = context.Request.Path.Equals(DocumentRoute, StringComparison.OrdinalIgnoreCase);
            context.Response.OnStarting(() =>
            {
                // Set as the answer starts: the exception handler and status code pages clear headers set earlier.
                context.Response.Headers[HeaderName] = Full;
                // The ADR asks that any origin may read the document (a linter or portal in a browser).
                if (isDocument) context.Response.Headers.AccessControlAllowOrigin = "*";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
