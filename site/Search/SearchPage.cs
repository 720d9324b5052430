using TransitionLab.Core.Catalogue;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Search;

/// <summary>
/// The search page. Built statically it has the form and, for visitors without JavaScript, a note and the
/// lists to browse; search.js answers from the index files. When the API serves the site it renders the page
/// per request with <paramref name="Query"/> and its <paramref name="Answer"/>, so the form works without JavaScript.
/// </summary>
/// <param name="Query">What was asked; empty on the static page.</param>
/// <param name="Answer">The server's results; <c>null</c> on the static page.</param>
public sealed record SearchPage(SearchQuery Query, SearchAnswer? Answer) : SitePage(SiteUrls.Search, Dutch.SearchTitle, Dutch.SearchDescription)
{
    /// <summary>The static page.</summary>
    public SearchPage() : this(SearchQuery.Empty, null) { }

    /// <inheritdoc />
    public override Type Component => typeof(SearchView);

    /// <summary>A page of results is for people, not for search engines' indexes.</summary>
    public override bool Indexed => Answer is null;
}
