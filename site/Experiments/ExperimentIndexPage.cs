using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Experiments;

/// <summary>One page of the experiment index, whole or narrowed to one facet value (a pre-rendered filter).</summary>
/// <param name="Path">Site path.</param>
/// <param name="Title">Heading.</param>
/// <param name="Description">Meta description.</param>
/// <param name="Experiments">The experiments listed on this page.</param>
/// <param name="Sidebar">All facets with their values, for the filter links.</param>
/// <param name="FirstPage">Path of the list's first page, e.g. <c>/experimenten/</c>.</param>
/// <param name="Number">This page's number, from 1.</param>
/// <param name="PageCount">Number of pages of the list.</param>
/// <param name="Total">Number of experiments in the whole list.</param>
public sealed record ExperimentIndexPage(string Path, string Title, string Description, IReadOnlyList<Experiment> Experiments,
    FacetSidebar Sidebar, string FirstPage, int Number, int PageCount, int Total) : SitePage(Path, Title, Description)
{
    /// <summary>Experiments per list page: big enough to browse, small enough to load fast on a phone.</summary>
    public const int PageSize = 100;

    /// <inheritdoc />
    public override Type Component => typeof(ExperimentIndexView);
    /// <summary>True on a facet page, false on the full index.</summary>
    public bool IsFiltered => FirstPage != SiteUrls.Experiments;
    /// <summary>Whether the side bar shows each value's count: on the first page of the full index only (see <see cref="FacetSidebar"/>).</summary>
    public bool ShowsCounts => !IsFiltered && Number == 1;

    /// <summary>The pages of one list: <paramref name="firstPage"/>, then <c>pagina/2/</c> and on, <see cref="PageSize"/> experiments each.</summary>
    public static IEnumerable<ExperimentIndexPage> Paginate(string firstPage, string title, string description, IReadOnlyList<Experiment> experiments, FacetSidebar sidebar)
    {
        var count = Math.Max(1, (experiments.Count + PageSize - 1) / PageSize);
        for (var n = 1; n <= count; n++)
        {
            var slice = experiments.Skip((n - 1) * PageSize).Take(PageSize).ToArray();
            yield return new ExperimentIndexPage(SiteUrls.ListPage(firstPage, n), n == 1 ? title : $"{title} ({Dutch.PaginationOf(n, count)})",
                description, slice, sidebar, firstPage, n, count, experiments.Count);
        }
    }
}
