using TransitionLab.Core.Catalogue;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Search;

/// <summary>
/// The search page. A static site cannot answer <c>?q=</c> itself: without JavaScript the form still
/// submits and the page offers the lists to browse; site.js searches <c>/zoekindex.json</c>.
/// </summary>
public sealed record SearchPage() : SitePage(SiteUrls.Search, Dutch.SearchTitle, Dutch.SearchDescription)
{
    /// <inheritdoc />
    public override Type Component => typeof(SearchView);
}
