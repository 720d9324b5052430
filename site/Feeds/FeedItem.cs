using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Language;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;
using TransitionLab.Site.Experiments;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Feeds;

/// <summary>
/// Something a feed can announce about an experiment: the experiment itself, one of its reflections, or a change of
/// its verdict. Kept per experiment between builds, and made into an <see cref="FeedEntry"/> with its texts only when
/// it is among a feed's newest: a national catalogue has some 240,000 items and its feeds show 50 each.
/// </summary>
/// <param name="Updated">When it happened.</param>
/// <param name="Experiment">The experiment it is about.</param>
/// <param name="Reflection">The reflection it announces, if it is one.</param>
/// <param name="Change">The change of verdict it announces, if it is one.</param>
internal sealed record FeedItem(DateTimeOffset Updated, Experiment Experiment, Reflection? Reflection = null, VerdictChange? Change = null)
{
    /// <summary>
    /// The items of every experiment, keyed by slug, computed once per build for the site feed and the theme and
    /// municipality feeds. The verdict changes judge every reflection again, so <paramref name="earlier"/> items are
    /// taken over where <paramref name="sameRecords"/> says the experiment (by catalogue index) and its records did not change.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<FeedItem>> Of(SiteContext site,
        IReadOnlyDictionary<string, IReadOnlyList<FeedItem>>? earlier, IReadOnlyList<bool> sameRecords)
    {
        var experiments = site.Catalogue.Experiments;
        var items = new IReadOnlyList<FeedItem>[experiments.Count];
        Parallel.For(0, experiments.Count, BuildParallelism.OnCurrentScheduler, i => items[i] =
            sameRecords[i] && earlier is not null && earlier.TryGetValue(experiments[i].Slug, out var held) ? held : For(site, experiments[i]));
        return experiments.Select((e, i) => (e.Slug, items[i])).ToDictionary(p => p.Slug, p => p.Item2, StringComparer.Ordinal);
    }

    /// <summary>
    /// The entries a feed of <paramref name="experiments"/> may show: the <paramref name="count"/> newest items, and
    /// any as new as the last of them, since <see cref="AtomFeed"/> breaks such ties by id.
    /// </summary>
    public static IReadOnlyList<FeedEntry> Newest(SiteContext site, IReadOnlyDictionary<string, IReadOnlyList<FeedItem>> itemsBySlug,
        IEnumerable<Experiment> experiments, int count)
    {
        var items = experiments.SelectMany(e => itemsBySlug[e.Slug]).ToArray();
        // Take after OrderBy sorts only as far as it takes; the site feed has an item per reflection shown.
        var newest = items.OrderByDescending(i => i.Updated).Take(count).ToArray();
        if (newest.Length == 0) return [];
        var last = newest[^1].Updated;
        return items.Where(i => i.Updated >= last).Select(i => i.Entry(site.Options)).ToArray();
    }

    /// <summary>The entry with its id, title and summary.</summary>
    public FeedEntry Entry(SiteOptions options)
    {
        var page = SiteUrls.Experiment(Experiment.Slug);
        if (Reflection is { } r)
            return new FeedEntry($"urn:uuid:{r.Id}", LearningText.FeedReflectionTitle(r.Cycle, Experiment.Title), page, Updated,
                LearningText.FeedReflectionSummary(r.Loop.Learned, r.Lessons.LessonsLearned), Experiment);
        if (Change is { } change)
            return new FeedEntry($"{options.Absolute(page)}#oordeel-{change.On:yyyy-MM-dd}", LearningText.FeedVerdictTitle(Experiment.Title, DutchLabels.For(change.After)), page,
                Updated, LearningText.FeedVerdictSummary(DutchLabels.For(change.Before), DutchLabels.For(change.After)), Experiment);
        return new FeedEntry(options.Absolute(page), Experiment.Title, page, Updated, Experiment.Summary, Experiment);
    }

    private static FeedItem[] For(SiteContext site, Experiment e)
    {
        var reflections = site.ReflectionsOf(e.Slug);
        return
        [
            new(e.Updated, e),
            .. reflections.Skip(Math.Max(0, reflections.Count - ReflectionList.MaxShown))
                .Select(r => new FeedItem(r.RecordedAt != default ? r.RecordedAt : Midnight(r.Date), e, Reflection: r)),
            .. VerdictHistory.Changes(e, reflections, site.DecisionsOf(e.Slug), site.SolutionsOf(e.Slug))
                .Select(change => new FeedItem(Midnight(change.On), e, Change: change)),
        ];
    }

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
