using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Language;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Experiments;

/// <summary>A way to narrow the experiment list (theme, municipality, status, X-curve position).</summary>
/// <param name="Key">Name of the data attribute and filter field, e.g. <c>thema</c>.</param>
/// <param name="Label">Dutch name shown to visitors.</param>
/// <param name="Values">Its values, each with its own pre-rendered page.</param>
/// <param name="CodesOf">The codes one experiment has for this facet.</param>
public sealed record Facet(string Key, string Label, IReadOnlyList<FacetValue> Values, Func<Experiment, IReadOnlyList<string>> CodesOf)
{
    /// <summary>The four facets of the catalogue. Status and X-curve list every code, so their pages always exist.</summary>
    public static IReadOnlyList<Facet> For(SiteContext site)
    {
        var experiments = site.Catalogue.Experiments;
        int Count(Func<Experiment, bool> match) => experiments.Count(match);
        return
        [
            new("thema", Dutch.FacetTheme,
                site.Catalogue.Themes.Select(t => new FacetValue(t.Slug, t.Title, SiteUrls.ExperimentsByTheme(t.Slug), Count(e => e.Themes.Contains(t.Slug)))).ToArray(),
                e => e.Themes),
            new("gemeente", Dutch.FacetMunicipality,
                experiments.GroupBy(e => Slugs.From(e.Municipality)).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new FacetValue(g.Key, g.First().Municipality, SiteUrls.ExperimentsByMunicipality(g.First().Municipality), g.Count())).ToArray(),
                e => [Slugs.From(e.Municipality)]),
            new("status", Dutch.FacetStatus,
                Enum.GetValues<ExperimentStatus>().Select(s => new FacetValue(s.ToCode(), Dutch.Label(s), SiteUrls.ExperimentsByStatus(s.ToCode()), Count(e => e.Status == s))).ToArray(),
                e => [e.Status.ToCode()]),
            new("x-curve", Dutch.FacetXCurve,
                Enum.GetValues<XCurvePosition>().Select(x => new FacetValue(x.ToCode(), Dutch.Label(x), SiteUrls.ExperimentsByXCurve(x.ToCode()), Count(e => e.XCurve == x))).ToArray(),
                e => [e.XCurve.ToCode()]),
        ];
    }

    /// <summary>The index page narrowed to one value of this facet.</summary>
    public ExperimentIndexPage PageFor(FacetValue value, SiteContext site, IReadOnlyList<Facet> all) => new(
        value.Path, Dutch.FacetTitle(Label, value.Label), Dutch.FacetDescription(Label, value.Label),
        site.Catalogue.Experiments.Where(e => CodesOf(e).Contains(value.Code)).ToArray(), all);
}

/// <summary>One value of a facet.</summary>
/// <param name="Code">Machine code (slug or enum code).</param>
/// <param name="Label">Dutch label.</param>
/// <param name="Path">Path of its pre-rendered page.</param>
/// <param name="Count">How many experiments have it.</param>
public sealed record FacetValue(string Code, string Label, string Path, int Count);
