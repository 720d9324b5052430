using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Insights;
using TransitionLab.Core.Language;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Search;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Learning;

/// <summary>
/// <c>/lessen/</c> and its static facet pages (<c>/lessen/thema/&lt;slug&gt;/</c>, <c>/lessen/oordeel/&lt;code&gt;/</c>):
/// the newest <see cref="Shown"/> lessons grouped by theme, with the lessons of stopped experiments in a block of
/// their own, and a link to search in all of them.
/// </summary>
/// <param name="Path">Site path of this page.</param>
/// <param name="Title">h1.</param>
/// <param name="Description">Meta description.</param>
/// <param name="ByTheme">Lessons per theme (themes with lessons only, in catalogue order), newest first.</param>
/// <param name="FromStopped">Lessons of stopped experiments, newest first.</param>
/// <param name="Filters">The facet links, each value with its path and count of lessons.</param>
/// <param name="Total">How many lessons the list has, shown or not.</param>
/// <param name="SearchPath">Search narrowed to the lessons of this list, for those not shown.</param>
public sealed record LessonsPage(string Path, string Title, string Description,
    IReadOnlyList<(Theme Theme, IReadOnlyList<Lesson> Lessons)> ByTheme, IReadOnlyList<Lesson> FromStopped, IReadOnlyList<LessonFilter> Filters,
    int Total, string SearchPath)
    : SitePage(Path, Title, Description)
{
    /// <summary>
    /// Lessons per page, the newest. Every write re-renders these pages, and a national store has some 200,000
    /// lessons: with all of them, <c>/lessen/</c> alone was 120 MB. Search finds the rest, by theme and verdict too.
    /// </summary>
    public const int Shown = 100;

    /// <inheritdoc />
    public override Type Component => typeof(LessonsView);

    /// <summary>Whether this page shows a part of the lessons.</summary>
    public bool IsFiltered => Path != SiteUrls.Lessons;

    /// <summary>The lessons page and one page per theme and per verdict that has lessons.</summary>
    public static IEnumerable<LessonsPage> All(SiteContext site)
    {
        var lessons = Lesson.All(site);
        var filters = LessonFilter.For(site, lessons);
        yield return Build(site, SiteUrls.Lessons, LearningText.LessonsTitle, LearningText.LessonsDescription, lessons, filters, SearchFor());
        foreach (var filter in filters)
            foreach (var value in filter.Values.Where(v => v.Count > 0))
                yield return Build(site, value.Path, LearningText.LessonsFacetTitle(filter.Label.ToLower(Dutch.Culture), value.Label),
                    LearningText.LessonsFacetDescription(filter.Label.ToLower(Dutch.Culture), value.Label), lessons.Where(value.Matches).ToArray(), filters,
                    SearchFor(value.Search));
    }

    private static LessonsPage Build(SiteContext site, string path, string title, string description, IReadOnlyList<Lesson> lessons,
        IReadOnlyList<LessonFilter> filters, string searchPath)
    {
        var shown = lessons.Take(Shown).ToArray();
        return new(path, title, description,
            site.Catalogue.Themes
                .Select(t => (t, (IReadOnlyList<Lesson>)shown.Where(l => l.Experiment.Themes.Contains(t.Slug)).ToArray()))
                .Where(g => g.Item2.Count > 0).ToArray(),
            shown.Where(l => l.Stopped).ToArray(), filters, lessons.Count, searchPath);
    }

    private static string SearchFor((string Filter, string Code)? narrowed = null) =>
        $"{SiteUrls.Search}?{SearchFilters.Kind}={SearchKind.Lesson}" + (narrowed is var (filter, code) ? $"&{filter}={Uri.EscapeDataString(code)}" : "");
}

/// <summary>A way to narrow the lessons: by theme or by verdict.</summary>
/// <param name="Label">Dutch name of the facet.</param>
/// <param name="Values">Its values.</param>
public sealed record LessonFilter(string Label, IReadOnlyList<LessonFilterValue> Values)
{
    /// <summary>The theme and verdict facets over <paramref name="lessons"/>.</summary>
    public static IReadOnlyList<LessonFilter> For(SiteContext site, IReadOnlyList<Lesson> lessons) =>
    [
        new(Dutch.FacetTheme, site.Catalogue.Themes.Select(t => Value(t.Title, SiteUrls.LessonsByTheme(t.Slug), l => l.Experiment.Themes.Contains(t.Slug), lessons,
            (SearchFilters.Theme, t.Slug))).ToArray()),
        new(Dutch.FacetVerdict, ScalingFunnel.Steps.Select(k => Value(DutchLabels.For(k), SiteUrls.LessonsByVerdict(k.ToCode()), l => l.Verdict.Kind == k, lessons,
            (SearchFilters.Verdict, k.ToCode()))).ToArray()),
    ];

    private static LessonFilterValue Value(string label, string path, Func<Lesson, bool> matches, IReadOnlyList<Lesson> lessons, (string, string) search) =>
        new(label, path, matches, lessons.Count(matches), search);
}

/// <summary>One value of a lesson facet.</summary>
/// <param name="Label">Dutch label.</param>
/// <param name="Path">Its static page.</param>
/// <param name="Matches">Whether a lesson has this value.</param>
/// <param name="Count">Lessons with this value.</param>
/// <param name="Search">The search filter and code that narrow to the same lessons.</param>
public sealed record LessonFilterValue(string Label, string Path, Func<Lesson, bool> Matches, int Count, (string Filter, string Code) Search);
