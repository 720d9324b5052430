using TransitionLab.Core.Catalogue;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Compare;

/// <summary>
/// <c>/vergelijk/</c>: two to four experiments side by side. The API renders it per request from the choice in
/// the query. Built statically (no server to read the query) it explains how to choose, and compare.js puts the
/// chosen experiments side by side from the columns their sheets carry.
/// </summary>
/// <param name="Request">The choice and the experiments chosen; <see cref="CompareRequest.None"/> on the static page.</param>
/// <param name="Static">Written by the site build for a host without the API: the script does the comparing.</param>
public sealed record ComparePage(CompareRequest Request, bool Static) : SitePage(SiteUrls.Compare, CompareText.Title, CompareText.Description)
{
    /// <summary>The static page.</summary>
    public ComparePage() : this(CompareRequest.None, true) { }

    /// <inheritdoc />
    public override Type Component => typeof(CompareView);

    /// <summary>A comparison is for the visitor who chose it; only the page that explains it is for search engines.</summary>
    public override bool Indexed => Request.Columns.Count == 0 && Request.Problem == CompareProblem.None;

    /// <summary>What the visitor is told is wrong with the choice; <c>null</c> when nothing is.</summary>
    public string? ProblemText => Request.Problem switch
    {
        CompareProblem.TooFew => CompareText.TooFew,
        CompareProblem.TooMany => CompareText.TooMany,
        CompareProblem.Unknown => CompareText.Unknown,
        _ => null,
    };
}
