using System.Xml.Linq;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Content;
using TransitionLab.Core.Language;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;
using TransitionLab.Site.Feeds;
using TransitionLab.Site.Generation;

namespace TransitionLab.Site.Tests;

/// <summary>
/// After one write the served site takes over what did not change (verdicts, feed entries) and re-renders only
/// the pages that show the change; what it serves must equal a build from scratch.
/// </summary>
public sealed class RebuildAfterOneWriteTests
{
    private const string Basisbudget = "basisbudget-jongeren";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly SiteOptions Options = new() { BaseUrl = BuiltSite.BaseUrl, BuildTime = BuiltSite.BuildTime };

    [Fact]
    public void A_context_that_takes_over_from_the_last_one_judges_and_feeds_as_a_fresh_one_would()
    {
        var catalogue = ContentLoader.Load(Repository.Fixture("site")).Catalogue;
        var live = new LiveReflectionTimelines([ReflectionPageTests.Reflection("netwerkberaden-walcheren", 1, new DateOnly(2026, 3, 1), 30m)]);
        var before = new SiteContext(new SiteInput(catalogue, live.Freeze(), [], Options));
        _ = before.FeedItems;

        live.Add(ReflectionPageTests.Reflection(Basisbudget, 1, new DateOnly(2026, 6, 1), 8m));
        var input = new SiteInput(catalogue, live.Freeze(), [], Options);
        var after = new SiteContext(input, before);
        var fresh = new SiteContext(input);

        Assert.NotEqual(Summary(before.VerdictOf(Basisbudget)), Summary(after.VerdictOf(Basisbudget)));
        Assert.All(catalogue.Experiments, e => Assert.Equal(Summary(fresh.VerdictOf(e.Slug)), Summary(after.VerdictOf(e.Slug))));
        Assert.Equal(Feed(fresh), Feed(after));
        Assert.Contains(after.FeedItems[Basisbudget], item => item.Entry(Options).Id.StartsWith("urn:uuid:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_context_that_takes_over_from_the_last_one_composes_the_agenda_and_lists_as_a_fresh_one_would()
    {
        var catalogue = ContentLoader.Load(Repository.Fixture("site")).Catalogue;
        var walcheren = StandingRule(ReflectionPageTests.Reflection("netwerkberaden-walcheren", 1, new DateOnly(2026, 3, 1), 30m));
        var live = new LiveReflectionTimelines([walcheren]);
        var before = new SiteContext(new SiteInput(catalogue, live.Freeze(), [], Options));

        // A second experiment reports the same rule as standing, which makes it a proposal, and its route (fit and
        // conform) names a concept; the write is a demo reflection, which every page then mentions.
        var basisbudget = StandingRule(ReflectionPageTests.Reflection(Basisbudget, 1, new DateOnly(2026, 6, 1), 8m)) with { RecordedBy = DemoReflections.RecordedBy };
        live.Add(basisbudget);
        var input = new SiteInput(catalogue, live.Freeze(), [], Options);
        var after = new SiteContext(input, before);
        var fresh = new SiteContext(input);

        Assert.DoesNotContain(before.Agenda, i => i.Kinds.Contains(BarrierKind.NationalRulesBeatLocalTailoring));
        Assert.Contains(after.Agenda, i => i.Kinds.Contains(BarrierKind.NationalRulesBeatLocalTailoring) && i.Blocks.Count == 2);
        Assert.Equal(Agenda(fresh), Agenda(after));
        Assert.All(catalogue.Concepts, c => Assert.Equal(fresh.ExperimentsUsingConcept(c.Slug), after.ExperimentsUsingConcept(c.Slug)));
        Assert.DoesNotContain(before.ExperimentsUsingConcept("fit-and-conform"), e => e.Slug == Basisbudget);
        Assert.Contains(after.ExperimentsUsingConcept("fit-and-conform"), e => e.Slug == Basisbudget);
        Assert.All(catalogue.Themes, t => Assert.Equal(fresh.ExperimentsInTheme(t.Slug), after.ExperimentsInTheme(t.Slug)));
        Assert.False(before.HoldsDemoReflections);
        Assert.True(after.HoldsDemoReflections);
    }

    [Fact]
    public async Task A_rebuild_renders_the_list_pages_a_changed_experiment_is_on_or_moved_between_and_no_other()
    {
        using var built = await BuiltSite.BuildAsync(Repository.Fixture("site"));
        var catalogue = ContentLoader.Load(Repository.Fixture("site")).Catalogue;
        var before = new SiteContext(new SiteInput(catalogue, ReflectionTimelines.Empty, [], Options));
        // A reflection that decides to stop moves the experiment to another verdict, and so to another verdict list.
        var stopped = ReflectionPageTests.Reflection(Basisbudget, 1, new DateOnly(2026, 6, 1), 8m) is var r
            ? r with { Loop = r.Loop with { Decision = LoopDecision.Stop } } : null!;
        var after = new SiteContext(new SiteInput(catalogue, ReflectionTimelines.From([stopped]), [], Options));
        var kindBefore = before.VerdictOf(Basisbudget).Kind.ToCode();
        var kindAfter = after.VerdictOf(Basisbudget).Kind.ToCode();
        Assert.NotEqual(kindBefore, kindAfter);

        var report = await IncrementalBuild.RunAsync(after, [Basisbudget], built.Output, search: null, earlier: before, ownPagesDone: false);

        // The counts of every facet value, the lists it moved between, and the theme list it is on.
        Assert.Subset(report.RenderedPaths.ToHashSet(), new HashSet<string>
        {
            SiteUrls.Experiments, SiteUrls.ExperimentsByVerdict(kindBefore), SiteUrls.ExperimentsByVerdict(kindAfter), SiteUrls.ExperimentsByTheme("wonen"),
        });
        Assert.DoesNotContain(SiteUrls.ExperimentsByTheme("jeugd"), report.RenderedPaths);
        Assert.DoesNotContain(SiteUrls.ExperimentsByMunicipality("Rotterdam"), report.RenderedPaths);
        Assert.DoesNotContain(built.Page(SiteUrls.ExperimentsByVerdict(kindBefore)).QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == SiteUrls.Experiment(Basisbudget));
        Assert.Contains(built.Page(SiteUrls.ExperimentsByVerdict(kindAfter)).QuerySelectorAll("a[href]"), a => a.GetAttribute("href") == SiteUrls.Experiment(Basisbudget));
    }

    [Fact]
    public async Task Only_the_first_page_of_the_full_index_shows_how_many_experiments_each_filter_holds()
    {
        using var built = await BuiltSite.BuildAsync(Repository.Fixture("site"));

        Assert.NotEmpty(built.Page(SiteUrls.Experiments).QuerySelectorAll("aside.facets .count"));
        Assert.Empty(built.Page(SiteUrls.ExperimentsByTheme("jeugd")).QuerySelectorAll("aside.facets .count"));
        Assert.NotEmpty(built.Page(SiteUrls.ExperimentsByTheme("jeugd")).QuerySelectorAll("aside.facets a[href]"));
    }

    [Fact]
    public void A_feed_holds_the_newest_entries_only()
    {
        var catalogue = ContentLoader.Load(Repository.Fixture("site")).Catalogue;
        var site = new SiteContext(SiteInput.FromCatalogue(catalogue, Options));
        var experiment = catalogue.Experiments[0];
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var entries = Enumerable.Range(1, AtomFeed.Newest + 20)
            .Select(day => new FeedEntry($"urn:test:{day}", $"Bericht {day}", "/", start.AddDays(day), "", experiment)).ToArray();

        var feed = XDocument.Parse(AtomFeed.Write(site, entries, "/feed.xml", "Nieuw", "/"));

        var ids = feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToArray();
        Assert.Equal(Enumerable.Range(21, AtomFeed.Newest).Reverse().Select(day => $"urn:test:{day}"), ids);
    }

    [Fact]
    public void A_feed_of_the_newest_items_breaks_ties_at_its_end_by_id_as_a_feed_of_every_item_would()
    {
        var catalogue = ContentLoader.Load(Repository.Fixture("site")).Catalogue;
        var site = new SiteContext(SiteInput.FromCatalogue(catalogue, Options));
        var sameDay = new DateOnly(2026, 1, 1);
        // The first experiment changed a day later; every other one changed on the same day, so a feed of two ends in a tie.
        var items = catalogue.Experiments.Select((e, i) => (e.Slug, Items: (IReadOnlyList<FeedItem>)
            [new FeedItem(new DateTimeOffset(i == 0 ? sameDay.AddDays(1).ToDateTime(TimeOnly.MinValue) : sameDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), e)]))
            .Reverse().ToDictionary(p => p.Slug, p => p.Items, StringComparer.Ordinal);
        Assert.True(catalogue.Experiments.Count > 2, "the fixture needs at least two experiments in the tie");

        var newest = FeedItem.Newest(site, items, catalogue.Experiments.Reverse(), 2);
        var every = items.Values.SelectMany(i => i).Select(i => i.Entry(Options)).ToArray();

        Assert.Equal(catalogue.Experiments.Count, newest.Count);
        Assert.Equal(Ids(AtomFeed.Write(site, every, "/feed.xml", "Nieuw", "/")).Take(2), Ids(AtomFeed.Write(site, newest, "/feed.xml", "Nieuw", "/")).Take(2));
    }

    private static IEnumerable<string> Ids(string feed) =>
        XDocument.Parse(feed).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value);

    private static Reflection StandingRule(Reflection reflection) => reflection with
    {
        Barriers = [new ReportedBarrier(BarrierKind.NationalRulesBeatLocalTailoring, BarrierLevel.Regime, BarrierStatus.Open, "landelijke regel", reflection.Date)],
    };

    private static string Agenda(SiteContext site) =>
        string.Join("; ", site.Agenda.Select(i => $"{i.Id} {i.Disposition} {string.Join(",", i.Blocks.Select(b => $"{b.ExperimentSlug}/{b.FirstSeen}/{b.Cycles}"))}"));

    private static string Summary(ScalingVerdict verdict) => $"{verdict.Kind}: {string.Join(", ", verdict.Reasons.Select(r => r.Code))}";

    private static string Feed(SiteContext site) =>
        AtomFeed.Write(site, FeedItem.Newest(site, site.FeedItems, site.Catalogue.Experiments, AtomFeed.Newest), "/feed.xml", "Nieuw", "/");
}
