using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Site.Generation;

/// <summary>
/// What every page may look up: the catalogue, the reflections joined to their experiments, and the
/// options. Built once per build from <see cref="SiteInput"/>; read-only, so pages render in parallel.
/// </summary>
public sealed class SiteContext
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<Reflection>> _reflectionsBySlug;
    private readonly IReadOnlyDictionary<string, Theme> _themes;
    private readonly IReadOnlyDictionary<string, Concept> _concepts;

    /// <summary>Joins the input's reflections to the catalogue's experiments.</summary>
    public SiteContext(SiteInput input)
    {
        Input = input;
        _reflectionsBySlug = input.Reflections
            .GroupBy(r => r.ExperimentSlug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, IReadOnlyList<Reflection> (g) => LatestRevisions(g), StringComparer.Ordinal);
        _themes = input.Catalogue.Themes.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        _concepts = input.Catalogue.Concepts.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        FooterPages = FooterSlugs.Select(slug => input.Catalogue.Pages.FirstOrDefault(p => p.Slug == slug)).OfType<Page>().ToArray();
    }

    // The footer names these pages only when content provides them: a dead footer link would be worse than none.
    private static readonly string[] FooterSlugs = ["over", "toegankelijkheid", "privacy", "colofon"];

    /// <summary>The build input.</summary>
    public SiteInput Input { get; }
    /// <summary>The catalogue.</summary>
    public ContentCatalogue Catalogue => Input.Catalogue;
    /// <summary>The options.</summary>
    public SiteOptions Options => Input.Options;
    /// <summary>The content pages linked from the footer, in footer order.</summary>
    public IReadOnlyList<Page> FooterPages { get; }

    /// <summary>Reflections of one experiment, latest revision of each, in cycle order.</summary>
    public IReadOnlyList<Reflection> ReflectionsOf(string experimentSlug) =>
        _reflectionsBySlug.TryGetValue(experimentSlug, out var list) ? list : [];

    /// <summary>The theme with this slug; the loader guarantees it exists.</summary>
    public Theme Theme(string slug) => _themes[slug];

    /// <summary>The concept with this slug; the loader guarantees it exists.</summary>
    public Concept Concept(string slug) => _concepts[slug];

    /// <summary>Address the reflection form posts to.</summary>
    public string ReflectionFormAction(string experimentSlug) =>
        $"{Options.ApiBaseUrl.TrimEnd('/')}/api/experiments/{experimentSlug}/reflections/form";

    /// <summary>Experiments newest first by last change, for the home page and the feed.</summary>
    public IEnumerable<Experiment> ExperimentsByUpdate() =>
        Catalogue.Experiments.OrderByDescending(e => e.Updated).ThenBy(e => e.Slug, StringComparer.Ordinal);

    private static Reflection[] LatestRevisions(IEnumerable<Reflection> reflections) => reflections
        .GroupBy(r => r.Id)
        .Select(g => g.MaxBy(r => r.Revision)!)
        .OrderBy(r => r.Cycle).ThenBy(r => r.Date)
        .ToArray();
}
