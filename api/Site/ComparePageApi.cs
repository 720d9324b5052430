using Microsoft.AspNetCore.Http.HttpResults;
using TransitionLab.Core.Catalogue;
using TransitionLab.Site.Compare;
using TransitionLab.Site.Generation;

namespace TransitionLab.Api.Site;

/// <summary>
/// <c>/vergelijk/?e=…&amp;e=…</c> answered by the server from the site it last built: two to four experiments side
/// by side, without JavaScript. A choice of one, of more than four or of an experiment that does not exist gets
/// the page with a Dutch message and a 4xx; the values themselves are never shown back.
/// </summary>
public static class ComparePageApi
{
    /// <summary>Maps <c>GET /vergelijk/</c>; it takes precedence over the static file of the same path.</summary>
    public static IEndpointRouteBuilder MapComparePage(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(SiteUrls.Compare, Compare).ExcludeFromDescription();
        return routes;
    }

    private static async Task<ContentHttpResult> Compare(HttpContext context, PublishedSite site)
    {
        var current = site.Current;
        var request = CompareRequest.From(context.Request.Query[SiteUrls.CompareParameter], current);
        // Verdicts and reflections change with every publication: a comparison is for this visitor now.
        context.Response.Headers.CacheControl = "no-cache";
        var page = new ComparePage(request, Static: false);
        if (!page.Indexed) context.Response.Headers["X-Robots-Tag"] = "noindex";
        await using var renderer = new PageRenderer(current);
        return PersonalPages.Page(await renderer.RenderAsync(page), Status(request.Problem));
    }

    private static int Status(CompareProblem problem) => problem switch
    {
        CompareProblem.Unknown => StatusCodes.Status404NotFound,
        CompareProblem.TooFew or CompareProblem.TooMany => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status200OK,
    };
}
