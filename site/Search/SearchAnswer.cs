using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Search;

/// <summary>The results of one query as the search page shows them when the server answers it.</summary>
/// <param name="Total">How many documents match.</param>
/// <param name="Items">The first of them, best first.</param>
public sealed record SearchAnswer(int Total, IReadOnlyList<SearchAnswer.Item> Items)
{
    /// <summary>Results the server shows at once; a visitor narrows further with words or filters.</summary>
    public const int ServerLimit = 50;

    /// <param name="Url">Link.</param>
    /// <param name="Title">Heading.</param>
    /// <param name="Kind">Dutch label of its kind.</param>
    /// <param name="Verdict">Dutch verdict label, or empty.</param>
    /// <param name="Excerpt">The text around the first hit, hits marked.</param>
    public sealed record Item(string Url, string Title, string Kind, string Verdict, IReadOnlyList<Excerpt.Piece> Excerpt);

    /// <summary>Answers <paramref name="query"/> from <paramref name="index"/>.</summary>
    public static SearchAnswer For(FullTextIndex index, SearchQuery query, int limit = ServerLimit)
    {
        var result = SearchMatcher.Find(index, query);
        return new SearchAnswer(result.Documents.Count, result.Documents.Take(limit).Select(id => index.Documents[id])
            .Select(d => new Item(d.Url, d.Title, Dutch.SearchKindLabel(d.Kind), d.Verdict, Excerpt.Of(d.Text, result.Matched))).ToArray());
    }
}

/// <summary>The search page rendered per request, with the results, for visitors without JavaScript when the API serves the site.</summary>
public static class SiteSearch
{
    /// <summary>The page for <paramref name="query"/>.</summary>
    public static async Task<string> RenderAsync(SiteContext site, SearchQuery query)
    {
        var answer = query.IsEmpty ? null : SearchAnswer.For(FullTextIndex.For(site), query);
        await using var renderer = new PageRenderer(site);
        return await renderer.RenderAsync(new SearchPage(query, answer));
    }
}
