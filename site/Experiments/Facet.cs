using System.Net;
using System.Text;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Language;
using TransitionLab.Core.Insights;
using TransitionLab.Core.Verdicts;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Experiments;

/// <summary>A way to narrow the experiment list (theme, municipality, status, X-curve position, verdict).</summary>
/// <param name="Key">Name of the data attribute and filter field, e.g. <c>thema</c>.</param>
/// <param name="Label">Dutch name shown to visitors.</param>
/// <param name="Values">Its values, each with its experiments and its own pre-rendered pages.</param>
/// <param name="CodesOf">The codes one experiment has for this facet.</param>
public sealed record Facet(string Key, string Label, IReadOnlyList<FacetValue> Values, Func<Experiment, IReadOnlyList<string>> CodesOf)
{
    /// <summary>
    /// The five facets of the catalogue, each grouped in one pass over the experiments. Status,
    /// X-curve and verdict list every code, so their pages always exist.
    /// </summary>
    public static IReadOnlyList<Facet> For(SiteContext site)
    {
        var experiments = site.Catalogue.Experiments;
        return
        [
            Build("thema", Dutch.FacetTheme, experiments, e => e.Themes,
                site.Catalogue.Themes.Select(t => (t.Slug, t.Title, SiteUrls.ExperimentsByTheme(t.Slug)))),
            Build("gemeente", Dutch.FacetMunicipality, experiments, e => [Slugs.From(e.Municipality)],
                experiments.DistinctBy(e => Slugs.From(e.Municipality)).OrderBy(e => Slugs.From(e.Municipality), StringComparer.Ordinal)
                    .Select(e => (Slugs.From(e.Municipality), e.Municipality, SiteUrls.ExperimentsByMunicipality(e.Municipality)))),
            Build("status", Dutch.FacetStatus, experiments, e => [e.Status.ToCode()],
                Enum.GetValues<ExperimentStatus>().Select(s => (s.ToCode(), DutchLabels.For(s), SiteUrls.ExperimentsByStatus(s.ToCode())))),
            Build("x-curve", Dutch.FacetXCurve, experiments, e => [e.XCurve.ToCode()],
                Enum.GetValues<XCurvePosition>().Select(x => (x.ToCode(), DutchLabels.For(x), SiteUrls.ExperimentsByXCurve(x.ToCode())))),
            Build("oordeel", Dutch.FacetVerdict, experiments, e => [site.VerdictOf(e.Slug).Kind.ToCode()],
                ScalingFunnel.Steps.Select(k => (k.ToCode(), DutchLabels.For(k), SiteUrls.ExperimentsByVerdict(k.ToCode())))),
        ];
    }

    private static Facet Build(string key, string label, IReadOnlyList<Experiment> experiments, Func<Experiment, IReadOnlyList<string>> codesOf,
        IEnumerable<(string Code, string Label, string Path)> values)
    {
        var groups = new Dictionary<string, List<Experiment>>(StringComparer.Ordinal);
        foreach (var e in experiments)
            foreach (var code in codesOf(e).Distinct(StringComparer.Ordinal))
            {
                if (!groups.TryGetValue(code, out var list)) groups[code] = list = [];
                list.Add(e);
            }
        return new(key, label,
            values.Select(v => new FacetValue(v.Code, v.Label, v.Path, groups.TryGetValue(v.Code, out var list) ? list : [])).ToArray(),
            codesOf);
    }

    /// <summary>The pages of the index narrowed to one value of this facet.</summary>
    public IEnumerable<ExperimentIndexPage> PagesFor(FacetValue value, FacetSidebar sidebar) =>
        ExperimentIndexPage.Paginate(value.Path, Dutch.FacetTitle(Label, value.Label), Dutch.FacetDescription(Label, value.Label), value.Experiments, sidebar);
}

/// <summary>One value of a facet.</summary>
/// <param name="Code">Machine code (slug or enum code).</param>
/// <param name="Label">Dutch label.</param>
/// <param name="Path">Path of its first pre-rendered page.</param>
/// <param name="Experiments">The experiments that have it, in catalogue order.</param>
public sealed record FacetValue(string Code, string Label, string Path, IReadOnlyList<Experiment> Experiments)
{
    /// <summary>How many experiments have it.</summary>
    public int Count => Experiments.Count;
}

/// <summary>
/// The filter side bar of every index page, written once per build: with hundreds of municipalities it
/// is the bulk of each list page, and only the <c>aria-current</c> mark differs between pages.
/// </summary>
/// <remarks>
/// Only the first page of the full index shows how many experiments each value has. A count changes with any
/// experiment's verdict, so counts on every list page made each write re-render every list page: thousands at
/// national scale. Without counts a list page changes only when the experiments on it do.
/// </remarks>
public sealed class FacetSidebar
{
    private readonly string _html;
    private readonly string _htmlWithoutCounts;

    /// <summary>Writes the side bar for <paramref name="facets"/>.</summary>
    public FacetSidebar(IReadOnlyList<Facet> facets)
    {
        Facets = facets;
        _html = LinkList(facets, withCounts: true);
        _htmlWithoutCounts = LinkList(facets, withCounts: false);

        var form = new StringBuilder(32 * 1024);
        foreach (var facet in facets)
        {
            form.Append("<label for=\"filter-").Append(facet.Key).Append("\">").Append(Encode(facet.Label)).Append("</label>")
                .Append("<select id=\"filter-").Append(facet.Key).Append("\" name=\"").Append(facet.Key).Append("\"><option value=\"\">")
                .Append(Encode(Dutch.FilterAny)).Append("</option>");
            foreach (var value in facet.Values)
                form.Append("<option value=\"").Append(Encode(value.Code)).Append("\">").Append(Encode(value.Label)).Append("</option>");
            form.Append("</select>");
        }
        FilterFields = form.ToString();
    }

    /// <summary>The facets shown.</summary>
    public IReadOnlyList<Facet> Facets { get; }

    /// <summary>The select elements of the script filter.</summary>
    public string FilterFields { get; }

    /// <summary>
    /// The facet links, with the link to <paramref name="currentPath"/> marked as the current page, and each value's
    /// count <paramref name="withCounts"/>.
    /// </summary>
    public string Links(string currentPath, bool withCounts)
    {
        var href = $"<a href=\"{Encode(currentPath)}\">";
        return (withCounts ? _html : _htmlWithoutCounts).Replace(href, $"<a href=\"{Encode(currentPath)}\" aria-current=\"page\">", StringComparison.Ordinal);
    }

    private static string LinkList(IReadOnlyList<Facet> facets, bool withCounts)
    {
        var sb = new StringBuilder(64 * 1024);
        foreach (var facet in facets)
        {
            sb.Append("<nav class=\"facet\" aria-label=\"").Append(Encode(facet.Label)).Append("\"><h3>").Append(Encode(facet.Label)).Append("</h3><ul>");
            foreach (var value in facet.Values)
            {
                sb.Append("<li><a href=\"").Append(Encode(value.Path)).Append("\">").Append(Encode(value.Label)).Append("</a>");
                if (withCounts) sb.Append(" <span class=\"count\">(").Append(value.Count).Append(")</span>");
                sb.Append("</li>");
            }
            sb.Append("</ul></nav>");
        }
        return sb.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
