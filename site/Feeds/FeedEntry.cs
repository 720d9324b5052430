using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Language;
using TransitionLab.Core.Verdicts;
using TransitionLab.Site.Experiments;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Feeds;

/// <summary>One Atom entry: a new or changed experiment, a new reflection, or a change of verdict.</summary>
/// <param name="Id">Permanent, unique IRI.</param>
/// <param name="Title">Entry title.</param>
/// <param name="Link">Site path the entry points to.</param>
/// <param name="Updated">When it happened.</param>
/// <param name="Summary">Plain text summary.</param>
/// <param name="Experiment">The experiment it is about.</param>
public sealed record FeedEntry(string Id, string Title, string Link, DateTimeOffset Updated, string Summary, Experiment Experiment)
{
    /// <summary>
    /// The entries of every experiment, keyed by slug, computed once per build for the site feed and the
    /// theme and municipality feeds: the experiment itself, its latest reflections and its verdict changes.
    /// The verdict changes judge every reflection again, so <paramref name="earlier"/> entries are taken over where
    /// <paramref name="sameRecords"/> says the experiment (by catalogue index) and its records did not change.
    /// </summary>
    internal static IReadOnlyDictionary<string, IReadOnlyList<FeedEntry>> Of(SiteContext site,
        IReadOnlyDictionary<string, IReadOnlyList<FeedEntry>>? earlier, IReadOnlyList<bool> sameRecords)
    {
        var experiments = site.Catalogue.Experiments;
        var entries = new IReadOnlyList<FeedEntry>[experiments.Count];
        Parallel.For(0, experiments.Count, BuildParallelism.OnCurrentScheduler, i => entries[i] =
            sameRecords[i] && earlier is not null && earlier.TryGetValue(experiments[i].Slug, out var held) ? held : For(site, experiments[i]));
        return experiments.Select((e, i) => (e.Slug, entries[i])).ToDictionary(p => p.Slug, p => p.Item2, StringComparer.Ordinal);
    }

    private static IReadOnlyList<FeedEntry> For(SiteContext site, Experiment e)
    {
        var page = SiteUrls.Experiment(e.Slug);
        var list = new List<FeedEntry> { new(site.Options.Absolute(page), e.Title, page, e.Updated, e.Summary, e) };
        var reflections = site.ReflectionsOf(e.Slug);
        foreach (var r in reflections.Skip(Math.Max(0, reflections.Count - ReflectionList.MaxShown)))
            list.Add(new FeedEntry($"urn:uuid:{r.Id}", LearningText.FeedReflectionTitle(r.Cycle, e.Title), page,
                r.RecordedAt != default ? r.RecordedAt : Midnight(r.Date), LearningText.FeedReflectionSummary(r.Loop.Learned, r.Lessons.LessonsLearned), e));
        foreach (var change in VerdictHistory.Changes(e, reflections, site.DecisionsOf(e.Slug), site.SolutionsOf(e.Slug)))
            list.Add(new FeedEntry($"{site.Options.Absolute(page)}#oordeel-{change.On:yyyy-MM-dd}", LearningText.FeedVerdictTitle(e.Title, DutchLabels.For(change.After)), page,
                Midnight(change.On), LearningText.FeedVerdictSummary(DutchLabels.For(change.Before), DutchLabels.For(change.After)), e));
        return list;
    }

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
