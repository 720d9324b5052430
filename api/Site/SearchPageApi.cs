using Microsoft.AspNetCore.Http.HttpResults;
using TransitionLab.Core.Catalogue;
using TransitionLab.Site.Search;

namespace TransitionLab.Api.Site;

/// <summary>
/// <c>/zoeken/</c> answered by the server, from the index of the site it last built: a visitor without
/// JavaScript gets the same results search.js would show. Overlong or odd input is cleaned by
/// <see cref="SearchQuery"/>, and every piece of it reaches the page as encoded text.
/// </summary>
public static class SearchPageApi
{
    /// <summary>Maps <c>GET /zoeken/</c>; it takes precedence over the static file of the same path.</summary>
    public static IEndpointRouteBuilder MapSearchPage(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(SiteUrls.Search, Search).ExcludeFromDescription();
        return routes;
    }

    private static async Task<ContentHttpResult> Search(HttpContext context, PublishedSite site)
    {
        var query = SearchQuery.From(name => context.Request.Query[name].FirstOrDefault());
        // Results change with every publication; a search is for this visitor now, not for an index.
        context.Response.Headers.CacheControl = "no-cache";
        if (!query.IsEmpty) context.Response.Headers["X-Robots-Tag"] = "noindex";
        return PersonalPages.Page(await SiteSearch.RenderAsync(site.Current, query), StatusCodes.Status200OK);
    }
}
