using TransitionLab.Core.Agenda;
using TransitionLab.Core.Areas;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Decisions;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Insights;
using TransitionLab.Core.Language;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;

namespace TransitionLab.Site.Generation;

/// <summary>
/// What every page may look up: the catalogue, the reflections joined to their experiments, one
/// verdict per experiment, and the groups lists are built from. Everything is computed once per build
/// here, so no page scans all experiments; read-only afterwards, so pages render in parallel.
/// </summary>
public sealed class SiteContext
{
    private static readonly IReadOnlyList<Experiment> NoExperiments = [];
    private readonly IReadOnlyDictionary<string, CatalogueEntry> _entries;
    private readonly ILookup<string, ScalingDecision> _decisions;
    private readonly ILookup<string, AgendaSolution> _solutions;
    private readonly IReadOnlyDictionary<string, Theme> _themes;
    private readonly IReadOnlyDictionary<string, Concept> _concepts;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<Experiment>> _byTheme;
    private readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<Experiment>>> _byConcept;
    // Per catalogue experiment (same order): the regime belemmeringen its latest reflection reports as standing.
    private readonly IReadOnlyList<(BarrierKind Kind, Blockage Blockage)>[] _standing;
    private readonly ILookup<string, AgendaItem> _agendaByExperiment;
    private readonly Lazy<BarrierHeatmap> _heatmapByTheme;
    private readonly Lazy<BarrierHeatmap> _heatmapByArea;
    private readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<Feeds.FeedItem>>> _feedItems;

    /// <summary>Joins the input's reflections and decisions to the catalogue's experiments and judges each experiment.</summary>
    public SiteContext(SiteInput input) : this(input, previous: null)
    {
    }

    /// <summary>
    /// As <see cref="SiteContext(SiteInput)"/>, taking over from <paramref name="previous"/> the verdict of every experiment
    /// whose records are the very same objects there: after one write only that experiment is judged again.
    /// </summary>
    /// <remarks>
    /// Judging every experiment took seconds at national scale (20,000 experiments, 200,000 reflections), on every
    /// rebuild after a single write. The store's records hand out the same timeline object until it changes, so
    /// reference equality is exact here: no verdict is taken over that could differ.
    /// </remarks>
    public SiteContext(SiteInput input, SiteContext? previous)
    {
        Input = input;
        Today = DateOnly.FromDateTime(input.Options.BuildTime.UtcDateTime);
        var experiments = input.Catalogue.Experiments;
        var decisionsBySlug = input.Decisions.ToLookup(d => d.ExperimentSlug, StringComparer.Ordinal);
        _decisions = decisionsBySlug;

        // Each verdict reads one experiment's records only, so they are computed side by side.
        var earlier = previous is not null && previous.Today == Today ? previous : null;
        // What the catalogue alone decides, and what one experiment's timeline alone decides, is taken over from the
        // previous context while those are the same objects: after one write at national scale, regrouping 20,000
        // experiments and reading 200,000 reflections again took most of a rebuild that renders two pages.
        var sameCatalogue = previous is not null && ReferenceEquals(previous.Input.Catalogue, input.Catalogue);
        var standing = new IReadOnlyList<(BarrierKind Kind, Blockage Blockage)>[experiments.Count];
        var solutionsBySlug = TransitionAgenda.Solutions(input.Agenda).ToLookup(s => s.ExperimentSlug, StringComparer.Ordinal);
        _solutions = solutionsBySlug;
        var verdicts = new ScalingVerdict[experiments.Count];
        var sameRecords = new bool[experiments.Count];
        Parallel.For(0, experiments.Count, BuildParallelism.OnCurrentScheduler, i =>
        {
            var e = experiments[i];
            var reflections = input.Reflections.Of(e.Slug);
            var decisions = decisionsBySlug[e.Slug];
            var solutions = solutionsBySlug[e.Slug];
            var held = earlier?.VerdictOnSame(e, reflections, decisions, solutions);
            sameRecords[i] = held is not null;
            verdicts[i] = held ?? VerdictEngine.Compute(e, reflections, decisions, Today, solutions);
            standing[i] = sameCatalogue && ReferenceEquals(previous!.Input.Reflections.Of(e.Slug), reflections)
                ? previous._standing[i]
                : TransitionAgenda.StandingIn(e.Slug, reflections);
        });
        _standing = standing;
        Entries = experiments.Select((e, i) => new CatalogueEntry(e, verdicts[i])).ToArray();
        _entries = Entries.ToDictionary(e => e.Experiment.Slug, StringComparer.Ordinal);

        _themes = sameCatalogue ? previous!._themes : input.Catalogue.Themes.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        _concepts = sameCatalogue ? previous!._concepts : input.Catalogue.Concepts.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        _byTheme = sameCatalogue ? previous!._byTheme : GroupMany(experiments, e => e.Themes);
        // The latest reflections' routes count too, so this changes with any write; only concept pages read it.
        _byConcept = new(() => GroupMany(experiments, e => e.Concepts.Concat(LatestRouteCode(e) is { } route ? [route] : [])));
        Agenda = TransitionAgenda.Compose(TransitionAgenda.ByKind(standing), input.Agenda);
        _agendaByExperiment = Agenda.Where(i => i.Listed)
            .SelectMany(i => i.Experiments.Select(slug => (slug, i)))
            .ToLookup(p => p.slug, p => p.i, StringComparer.Ordinal);
        // Two pages show the same heatmaps; computed on first use, once per build.
        _heatmapByTheme = new(() => BarrierHeatmap.Of(experiments, input.Reflections,
            input.Catalogue.Themes.Select(t => new HeatmapColumn(t.Slug, t.Title)).ToArray(), e => e.Themes));
        _heatmapByArea = new(() => BarrierHeatmap.Of(experiments, input.Reflections,
            input.Catalogue.Areas.Select(a => new HeatmapColumn(a.Slug, a.Title)).ToArray(),
            e => input.Catalogue.Areas.Where(a => a.Holds(e.Municipality)).Select(a => a.Slug)));
        // The items, not the earlier context, are held on to: a chain of contexts would keep every build's records alive.
        var earlierItems = earlier?._feedItems is { IsValueCreated: true } computed ? computed.Value : null;
        _feedItems = new(() => Feeds.FeedItem.Of(this, earlierItems, sameRecords));
        HoldsDemoReflections = input.Reflections.All.Any(t => t.HoldsDemoReflections);
        FooterPages = sameCatalogue ? previous!.FooterPages
            : FooterSlugs.Select(slug => input.Catalogue.Pages.FirstOrDefault(p => p.Slug == slug)).OfType<Page>().ToArray();
    }

    // The footer names these pages only when content provides them: a dead footer link would be worse than none.
    private static readonly string[] FooterSlugs = ["over", "toegankelijkheid", "privacy", "colofon"];

    /// <summary>
    /// What the feeds can announce about every experiment, by slug, for the site feed and the theme and municipality
    /// feeds; computed on first use, and taken over from the earlier context for experiments whose records did not change.
    /// </summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<Feeds.FeedItem>> FeedItems => _feedItems.Value;

    /// <summary>Whether any reflection was made up by the demo seeding: every page then says so.</summary>
    public bool HoldsDemoReflections { get; }

    /// <summary>The build input.</summary>
    public SiteInput Input { get; }
    public ContentCatalogue Catalogue => Input.Catalogue;
    public SiteOptions Options => Input.Options;
    /// <summary>The day verdicts, deadlines and ages are counted from: the build day (UTC).</summary>
    public DateOnly Today { get; }
    /// <summary>The content pages linked from the footer, in footer order.</summary>
    public IReadOnlyList<Page> FooterPages { get; }
    /// <summary>Every experiment with its verdict, in catalogue order.</summary>
    public IReadOnlyList<CatalogueEntry> Entries { get; }

    /// <summary>The transition agenda: stored items with their current experiments, then new proposals.</summary>
    public IReadOnlyList<AgendaItem> Agenda { get; }

    /// <summary>Standing belemmering kinds against themes.</summary>
    public BarrierHeatmap HeatmapByTheme => _heatmapByTheme.Value;

    /// <summary>Standing belemmering kinds against areas (an experiment belongs to an area through its municipality).</summary>
    public BarrierHeatmap HeatmapByArea => _heatmapByArea.Value;

    /// <summary>Items on the agenda (proposed or accepted) that name an experiment, open ones first.</summary>
    public IEnumerable<AgendaItem> AgendaOf(string experimentSlug) => _agendaByExperiment[experimentSlug];

    /// <summary>The recorded values of an area's goal, by year.</summary>
    public IReadOnlyList<AreaGoalValue> ValuesOf(string areaSlug, string goalId) =>
        Input.AreaValues.Where(v => v.Area == areaSlug && v.GoalId == goalId).OrderBy(v => v.Year).ToArray();

    /// <summary>Reflections of one experiment, latest revision of each, in cycle order.</summary>
    public IReadOnlyList<Reflection> ReflectionsOf(string experimentSlug) => Input.Reflections.Of(experimentSlug);

    /// <summary>The latest reflection of one experiment; <c>null</c> when none is recorded.</summary>
    public Reflection? LatestReflectionOf(string experimentSlug) => ReflectionsOf(experimentSlug) is { Count: > 0 } list ? list[^1] : null;

    /// <summary>The steward decisions about one experiment, in the order they were recorded.</summary>
    public IReadOnlyList<ScalingDecision> DecisionsOf(string experimentSlug) => _decisions[experimentSlug].ToArray();

    /// <summary>The belemmeringen of one experiment solved on the transition agenda, as its verdict counts them.</summary>
    public IReadOnlyList<AgendaSolution> SolutionsOf(string experimentSlug) => _solutions[experimentSlug].ToArray();

    /// <summary>The verdict of a catalogue experiment.</summary>
    public ScalingVerdict VerdictOf(string experimentSlug) => _entries[experimentSlug].Verdict;

    // Every argument of VerdictEngine.Compute must be compared here (the day is compared by the caller).
    private ScalingVerdict? VerdictOnSame(Experiment experiment, ReflectionTimeline reflections, IEnumerable<ScalingDecision> decisions,
        IEnumerable<AgendaSolution> solutions)
    {
        if (!_entries.TryGetValue(experiment.Slug, out var entry) || !ReferenceEquals(entry.Experiment, experiment)) return null;
        var held = Input.Reflections.Of(experiment.Slug);
        if (!ReferenceEquals(held, reflections) && (held.Count > 0 || reflections.Count > 0)) return null;
        // Solutions are made anew from the agenda for each build, so they compare by value.
        return _decisions[experiment.Slug].SequenceEqual(decisions, ReferenceEqualityComparer.Instance)
            && _solutions[experiment.Slug].SequenceEqual(solutions) ? entry.Verdict : null;
    }

    /// <summary>Where an experiment stands on the X-curve: its latest reflection's view, else the catalogue's.</summary>
    public XCurvePosition XCurveOf(Experiment experiment) => LatestReflectionOf(experiment.Slug)?.XCurve ?? experiment.XCurve;

    /// <summary>Experiments in a theme, in catalogue order.</summary>
    public IReadOnlyList<Experiment> ExperimentsInTheme(string themeSlug) => _byTheme.GetValueOrDefault(themeSlug, NoExperiments);

    /// <summary>
    /// Experiments that use a concept: they name it in front matter, or their latest reflection's
    /// scaling route has the concept's slug (<c>fit-and-conform</c>, <c>stretch-and-transform</c>).
    /// </summary>
    public IReadOnlyList<Experiment> ExperimentsUsingConcept(string conceptSlug) => _byConcept.Value.GetValueOrDefault(conceptSlug, NoExperiments);

    /// <summary>The theme with this slug; the loader guarantees it exists.</summary>
    public Theme Theme(string slug) => _themes[slug];

    /// <summary>The concept with this slug; the loader guarantees it exists.</summary>
    public Concept Concept(string slug) => _concepts[slug];

    /// <summary>Address the reflection form posts to.</summary>
    public string ReflectionFormAction(string experimentSlug) =>
        $"{Options.ApiBaseUrl.TrimEnd('/')}/api/experiments/{experimentSlug}/reflections/form";

    /// <summary>
    /// The reflection form page of an experiment: the API renders it for a signed-in frontrunner, pre-filled
    /// from the latest reflection, so a static build links to the API's origin.
    /// </summary>
    public string ReflectionPageUrl(string experimentSlug) => $"{Options.ApiBaseUrl.TrimEnd('/')}{Core.Catalogue.SiteUrls.ReflectionForm(experimentSlug)}";

    /// <summary>
    /// Where the experiment list's choice goes to be compared: the API renders the comparison, so a static build
    /// with an API sends it there; without one, the static page compares with its script.
    /// </summary>
    public string CompareAction => $"{Options.ApiBaseUrl.TrimEnd('/')}{Core.Catalogue.SiteUrls.Compare}";

    /// <summary>Where the sign-in form posts: the API's origin sets the session cookie.</summary>
    public string SessionAction => $"{Options.ApiBaseUrl.TrimEnd('/')}/api/session";

    /// <summary>Where the sign-out form posts.</summary>
    public string SessionEndAction => $"{Options.ApiBaseUrl.TrimEnd('/')}/api/session/end";

    /// <summary>
    /// The sign-in page on the API's origin: a static host cannot set the API's cookie, so a standalone
    /// build sends frontrunners to the API's own copy of the site.
    /// </summary>
    public string SignInUrl => $"{Options.ApiBaseUrl.TrimEnd('/')}{Core.Catalogue.SiteUrls.SignIn}";

    /// <summary>The sign-in page, which the API serves with this return address: signing in leads back to <paramref name="returnPath"/>.</summary>
    public string SignInUrlReturningTo(string returnPath) => $"{SignInUrl}?returnUrl={Uri.EscapeDataString(returnPath)}";

    /// <summary>Every reflection of an experiment as open data: the API's JSON list, newest first.</summary>
    public string ReflectionsDataUrl(string experimentSlug) =>
        $"{Options.ApiBaseUrl.TrimEnd('/')}/api/experiments/{experimentSlug}/reflections?limit=100";

    /// <summary>Experiments newest first by last change, for the home page and the feed.</summary>
    public IEnumerable<Experiment> ExperimentsByUpdate() =>
        Catalogue.Experiments.OrderByDescending(e => e.Updated).ThenBy(e => e.Slug, StringComparer.Ordinal);

    private string? LatestRouteCode(Experiment e) => LatestReflectionOf(e.Slug)?.Route.Route.ToCode();

    private static IReadOnlyDictionary<string, IReadOnlyList<Experiment>> GroupMany(IEnumerable<Experiment> experiments, Func<Experiment, IEnumerable<string>> keys) =>
        experiments
            .SelectMany(e => keys(e).Distinct(StringComparer.Ordinal).Select(key => (key, e)))
            .GroupBy(p => p.key, p => p.e, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, IReadOnlyList<Experiment> (g) => g.ToArray(), StringComparer.Ordinal);
}
