using TransitionLab.Core.Experiments;
using TransitionLab.Site.Generation;

namespace TransitionLab.Site.Experiments;

/// <summary>The experiment index, whole or narrowed to one facet value (a pre-rendered filter).</summary>
/// <param name="Path">Site path.</param>
/// <param name="Title">Heading.</param>
/// <param name="Description">Meta description.</param>
/// <param name="Experiments">The experiments listed.</param>
/// <param name="Facets">All facets with their values, for the filter links.</param>
public sealed record ExperimentIndexPage(string Path, string Title, string Description, IReadOnlyList<Experiment> Experiments,
    IReadOnlyList<Facet> Facets) : SitePage(Path, Title, Description)
{
    /// <inheritdoc />
    public override Type Component => typeof(ExperimentIndexView);
    /// <summary>True on a facet page, false on the full index.</summary>
    public bool IsFiltered => Path != Core.Catalogue.SiteUrls.Experiments;
}
