using TransitionLab.Core.Catalogue;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.ContentPages;

/// <summary>A plain page from <c>content/pages/</c>.</summary>
/// <param name="Content">The page.</param>
/// <param name="Audit">For the accessibility statement: what the test suite checked, recorded beside the page.</param>
public sealed record ContentPage(Page Content, AccessibilityAudit? Audit = null) : SitePage(SiteUrls.Page(Content.Slug), Content.Title, Content.Summary)
{
    /// <inheritdoc />
    public override Type Component => typeof(ContentPageView);
}

/// <summary>The page a visitor sees for an address that does not exist.</summary>
public sealed record NotFoundPage() : SitePage(SiteUrls.NotFound, Dutch.NotFoundTitle, Dutch.NotFoundText)
{
    /// <inheritdoc />
    public override Type Component => typeof(NotFoundView);
}
