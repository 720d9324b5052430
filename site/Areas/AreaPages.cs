using TransitionLab.Core.Agenda;
using TransitionLab.Core.Areas;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Areas;

/// <summary>An area with what its page and the index show.</summary>
/// <param name="Area">The area from content.</param>
/// <param name="Experiments">Catalogue experiments in its municipalities.</param>
/// <param name="OpenItems">Listed agenda items, not closed, that block one of them.</param>
public sealed record AreaOverview(Area Area, IReadOnlyList<Experiment> Experiments, IReadOnlyList<AgendaItem> OpenItems)
{
    /// <summary>Every area of the build, in title order.</summary>
    public static IReadOnlyList<AreaOverview> From(SiteContext site) => site.Catalogue.Areas.Select(area =>
    {
        var experiments = site.Catalogue.ExperimentsIn(area);
        var items = experiments.SelectMany(e => site.AgendaOf(e.Slug)).Where(i => !i.Closed).Distinct().OrderBy(i => i.Id, StringComparer.Ordinal).ToArray();
        return new AreaOverview(area, experiments, items);
    }).ToArray();
}

/// <summary>The list of areas.</summary>
/// <param name="Areas">Areas in title order.</param>
public sealed record AreaIndexPage(IReadOnlyList<AreaOverview> Areas) : SitePage(SiteUrls.Areas, AgendaText.AreasTitle, AgendaText.AreasDescription)
{
    /// <inheritdoc />
    public override Type Component => typeof(AreaIndexView);
}

/// <summary>One area: its goals with their latest values, vision, arena, experiments and open agenda items.</summary>
/// <param name="Overview">The area.</param>
public sealed record AreaPage(AreaOverview Overview) : SitePage(SiteUrls.Area(Overview.Area.Slug), Overview.Area.Title, AgendaText.AreaDescription(Overview.Area.Title))
{
    /// <inheritdoc />
    public override Type Component => typeof(AreaView);
}
