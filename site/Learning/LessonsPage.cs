using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Insights;
using TransitionLab.Core.Language;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Learning;

/// <summary>
/// <c>/lessen/</c> and its static facet pages (<c>/lessen/thema/&lt;slug&gt;/</c>, <c>/lessen/oordeel/&lt;code&gt;/</c>):
/// lessons grouped by theme, newest first, with the lessons of stopped experiments in a block of their own.
/// </summary>
/// <param name="Path">Site path of this page.</param>
/// <param name="Title">h1.</param>
/// <param name="Description">Meta description.</param>
/// <param name="ByTheme">Lessons per theme (themes with lessons only, in catalogue order), newest first.</param>
/// <param name="FromStopped">Lessons of stopped experiments, newest first.</param>
/// <param name="Filters">The facet links, each value with its path and count of lessons.</param>
public sealed record LessonsPage(string Path, string Title, string Description,
    IReadOnlyList<(Theme Theme, IReadOnlyList<Lesson> Lessons)> ByTheme, IReadOnlyList<Lesson> FromStopped, IReadOnlyList<LessonFilter> Filters)
    : SitePage(Path, Title, Description)
{
    /// <inheritdoc />
    public override Type Component => typeof(LessonsView);

    /// <summary>Whether this page shows a part of the lessons.</summary>
    public bool IsFiltered => Path != SiteUrls.Lessons;

    /// <summary>The lessons page and one page per theme and per verdict that has lessons.</summary>
    public static IEnumerable<LessonsPage> All(SiteContext site)
    {
        var lessons = Lesson.All(site);
        var filters = LessonFilter.For(site, lessons);
        yield return Build(site, SiteUrls.Lessons, LearningText.LessonsTitle, LearningText.LessonsDescription, lessons, filters);
        foreach (var filter in filters)
            foreach (var value in filter.Values.Where(v => v.Count > 0))
                yield return Build(site, value.Path, LearningText.LessonsFacetTitle(filter.Label.ToLower(Dutch.Culture), value.Label),
                    LearningText.LessonsFacetDescription(filter.Label.ToLower(Dutch.Culture), value.Label), lessons.Where(value.Matches).ToArray(), filters);
    }

    private static LessonsPage Build(SiteContext site, string path, string title, string description, IReadOnlyList<Lesson> lessons, IReadOnlyList<LessonFilter> filters) =>
        new(path, title, description,
            site.Catalogue.Themes
                .Select(t => (t, (IReadOnlyList<Lesson>)lessons.Where(l => l.Experiment.Themes.Contains(t.Slug)).ToArray()))
                .Where(g => g.Item2.Count > 0).ToArray(),
            lessons.Where(l => l.Stopped).ToArray(), filters);
}

/// <summary>A way to narrow the lessons: by theme or by verdict.</summary>
/// <param name="Label">Dutch name of the facet.</param>
/// <param name="Values">Its values.</param>
public sealed record LessonFilter(string Label, IReadOnlyList<LessonFilterValue> Values)
{
    /// <summary>The theme and verdict facets over <paramref name="lessons"/>.</summary>
    public static IReadOnlyList<LessonFilter> For(SiteContext site, IReadOnlyList<Lesson> lessons) =>
    [
        new(Dutch.FacetTheme, site.Catalogue.Themes.Select(t => Value(t.Title, SiteUrls.LessonsByTheme(t.Slug), l => l.Experiment.Themes.Contains(t.Slug), lessons)).ToArray()),
        new(Dutch.FacetVerdict, ScalingFunnel.Steps.Select(k => Value(DutchLabels.For(k), SiteUrls.LessonsByVerdict(k.ToCode()), l => l.Verdict.Kind == k, lessons)).ToArray()),
    ];

    private static LessonFilterValue Value(string label, string path, Func<Lesson, bool> matches, IReadOnlyList<Lesson> lessons) =>
        new(label, path, matches, lessons.Count(matches));
}

/// <summary>One value of a lesson facet.</summary>
/// <param name="Label">Dutch label.</param>
/// <param name="Path">Its static page.</param>
/// <param name="Matches">Whether a lesson has this value.</param>
/// <param name="Count">Lessons with this value.</param>
public sealed record LessonFilterValue(string Label, string Path, Func<Lesson, bool> Matches, int Count);
