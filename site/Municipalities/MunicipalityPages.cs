using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Municipalities;

/// <summary>A municipality as the catalogue knows it: its name, region and experiments.</summary>
/// <param name="Name">Name as written in content.</param>
/// <param name="Region">Region of its experiments.</param>
/// <param name="Experiments">Its experiments.</param>
public sealed record Municipality(string Name, string Region, IReadOnlyList<Experiment> Experiments)
{
    /// <summary>Groups experiments by municipality; names that make the same slug are one municipality.</summary>
    public static IReadOnlyList<Municipality> From(ContentCatalogue catalogue) => catalogue.Experiments
        .GroupBy(e => Slugs.From(e.Municipality))
        .Select(g => new Municipality(g.First().Municipality, g.First().Region, g.ToArray()))
        .OrderBy(m => m.Name, StringComparer.Create(Dutch.Culture, ignoreCase: true))
        .ToArray();
}

/// <summary>The list of municipalities.</summary>
/// <param name="Municipalities">Municipalities in alphabetical order.</param>
public sealed record MunicipalityIndexPage(IReadOnlyList<Municipality> Municipalities) : SitePage(SiteUrls.Municipalities, Dutch.MunicipalitiesTitle, Dutch.MunicipalitiesDescription)
{
    /// <inheritdoc />
    public override Type Component => typeof(MunicipalityIndexView);
}

/// <summary>One municipality and its experiments.</summary>
/// <param name="Municipality">The municipality.</param>
public sealed record MunicipalityPage(Municipality Municipality) : SitePage(SiteUrls.Municipality(Municipality.Name), Municipality.Name, Dutch.MunicipalityDescription(Municipality.Name))
{
    /// <inheritdoc />
    public override string? FeedPath => Path + "feed.xml";

    /// <inheritdoc />
    public override Type Component => typeof(MunicipalityView);
}
