using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Insights;
using TransitionLab.Core.Language;
using TransitionLab.Core.Verdicts;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Search;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Verdicts;

/// <summary>One experiment that works, with what a municipality needs to adopt it.</summary>
/// <param name="Experiment">The experiment.</param>
/// <param name="Verdict">Its verdict: ready to scale (either route) or mainstreamed.</param>
/// <param name="FixedCore">The fixed part of the working core, from the latest reflection.</param>
/// <param name="ConditionsForSuccess">Conditions for success, from the latest reflection.</param>
/// <param name="RuleChanges">Rules, funding or procurement that must change, from the latest reflection.</param>
/// <param name="StructuralOwner">Structural owner named in the latest reflection.</param>
/// <param name="Replication">What another place needs to copy it, from the latest reflection.</param>
/// <param name="Latest">The reflection these come from; null for a mainstreamed experiment without reflections.</param>
public sealed record AdoptableExperiment(Experiment Experiment, ScalingVerdict Verdict, string? FixedCore, string? ConditionsForSuccess,
    IReadOnlyList<string> RuleChanges, string? StructuralOwner, string? Replication, Core.Reflections.Reflection? Latest);

/// <summary>Experiments that work, grouped by theme: ready to scale or mainstreamed.</summary>
/// <param name="ByTheme">Themes in catalogue order with their adoptable experiments; themes without any are left out.</param>
public sealed record WhatWorksPage(IReadOnlyList<WhatWorksTheme> ByTheme)
    : SitePage(SiteUrls.WhatWorks, Dutch.WhatWorksTitle, Dutch.WhatWorksDescription)
{
    /// <summary>
    /// Experiments shown per theme, the most recently reflected on first. A national catalogue has thousands that work:
    /// all of them made this page megabytes, re-rendered after every write. Search finds the rest, by theme and verdict.
    /// </summary>
    public const int Shown = 20;

    /// <summary>The verdicts that mean "another municipality can adopt this".</summary>
    public static IReadOnlySet<VerdictKind> Working { get; } = new HashSet<VerdictKind>
        { VerdictKind.ReadyToScaleFitAndConform, VerdictKind.ReadyToScaleStretchAndTransform, VerdictKind.Mainstreamed };

    /// <summary>Reads the verdicts and latest reflections of the build.</summary>
    public static WhatWorksPage For(SiteContext site)
    {
        var working = site.Entries.Where(e => Working.Contains(e.Verdict.Kind)).ToArray();
        return new(site.Catalogue.Themes
            .Select(t => WhatWorksTheme.Of(site, t, working.Where(e => e.Experiment.Themes.Contains(t.Slug)).ToArray()))
            .Where(g => g.Total > 0)
            .ToArray());
    }

    /// <inheritdoc />
    public override Type Component => typeof(WhatWorksView);
}

/// <summary>One theme on the "what works" page.</summary>
/// <param name="Theme">The theme.</param>
/// <param name="Experiments">The <see cref="WhatWorksPage.Shown"/> experiments shown, the most recently reflected on first.</param>
/// <param name="Counts">How many of the theme's experiments have each working verdict, shown or not; verdicts without any are left out.</param>
public sealed record WhatWorksTheme(Theme Theme, IReadOnlyList<AdoptableExperiment> Experiments, IReadOnlyList<(VerdictKind Verdict, int Count)> Counts)
{
    /// <summary>How many of the theme's experiments work.</summary>
    public int Total => Counts.Sum(c => c.Count);

    /// <summary>Search narrowed to the theme's experiments with <paramref name="verdict"/>, for those not shown.</summary>
    public string SearchPath(VerdictKind verdict) =>
        $"{SiteUrls.Search}?{SearchFilters.Kind}={SearchKind.Experiment}&{SearchFilters.Theme}={Uri.EscapeDataString(Theme.Slug)}&{SearchFilters.Verdict}={verdict.ToCode()}";

    /// <summary>The theme's part of the page, from the catalogue entries in it that work.</summary>
    public static WhatWorksTheme Of(SiteContext site, Theme theme, IReadOnlyList<CatalogueEntry> working)
    {
        // The order needs every working experiment's latest date; only those shown are turned into what adoption needs.
        var shown = working
            .Select(e => (Entry: e, Latest: site.LatestReflectionOf(e.Experiment.Slug)))
            .OrderByDescending(x => x.Latest?.Date ?? DateOnly.MinValue).ThenBy(x => x.Entry.Experiment.Title, StringComparer.Create(Dutch.Culture, ignoreCase: true))
            .Take(WhatWorksPage.Shown)
            .Select(x => Adoptable(x.Entry, x.Latest))
            .ToArray();
        var counts = ScalingFunnel.Steps.Where(WhatWorksPage.Working.Contains).Select(k => (k, working.Count(e => e.Verdict.Kind == k))).Where(c => c.Item2 > 0).ToArray();
        return new(theme, shown, counts);
    }

    private static AdoptableExperiment Adoptable(CatalogueEntry e, Core.Reflections.Reflection? latest) =>
        new(e.Experiment, e.Verdict, Text(latest?.WorkingCore.Fixed), Text(latest?.Lessons.ConditionsForSuccess),
            latest?.Route.RuleChangesNeeded.Where(c => !string.IsNullOrWhiteSpace(c)).ToArray() ?? [], e.Verdict.Facts.StructuralOwner,
            Text(latest?.Lessons.Replication), latest);

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>The pilot-cliff watchlist: soonest funding end first.</summary>
/// <param name="Entries">Experiments whose verdict carries the pilot-cliff flag.</param>
public sealed record PilotsAtRiskPage(IReadOnlyList<PilotCliffEntry> Entries) : SitePage(SiteUrls.PilotsAtRisk, Dutch.PilotsAtRiskTitle, Dutch.PilotsAtRiskDescription)
{
    /// <summary>Reads the verdicts of the build.</summary>
    public static PilotsAtRiskPage For(SiteContext site) => new(PilotCliffWatchlist.From(site.Entries));

    /// <inheritdoc />
    public override Type Component => typeof(PilotsAtRiskView);
}

/// <summary>Barrier statistics over the latest reflection of each experiment.</summary>
/// <param name="Statistics">One row per barrier kind that any experiment reports, most reported first.</param>
public sealed record BarriersPage(IReadOnlyList<BarrierStatistic> Statistics) : SitePage(SiteUrls.Barriers, Dutch.BarriersTitle, Dutch.BarriersDescription)
{
    /// <summary>Computes the statistics on the build day.</summary>
    public static BarriersPage For(SiteContext site) =>
        new(BarrierStatistics.Compute(site.Catalogue.Experiments, site.Input.Reflections, site.Today));

    /// <inheritdoc />
    public override Type Component => typeof(BarriersView);
}

/// <summary>The published rule set of the verdict (<see cref="VerdictRuleSet"/>).</summary>
public sealed record HowWeJudgePage() : SitePage(SiteUrls.HowWeJudge, Dutch.HowWeJudgeTitle, Dutch.HowWeJudgeDescription)
{
    /// <inheritdoc />
    public override Type Component => typeof(HowWeJudgeView);
}

/// <summary>Experiments on the build-up side of the X-curve, and the scaling funnel.</summary>
/// <param name="ByPosition">Every position with its experiments (latest reflection's view, else the catalogue's).</param>
/// <param name="Funnel">Number of experiments per verdict, in funnel order.</param>
public sealed record XCurvePage(IReadOnlyList<(XCurvePosition Position, IReadOnlyList<Experiment> Experiments)> ByPosition, IReadOnlyList<FunnelStep> Funnel)
    : SitePage(SiteUrls.XCurve, Dutch.XCurveTitle, Dutch.XCurveDescription)
{
    /// <summary>Groups the experiments by position in one pass and counts the verdicts.</summary>
    public static XCurvePage For(SiteContext site)
    {
        var byPosition = site.Catalogue.Experiments.ToLookup(site.XCurveOf);
        return new(
            Enum.GetValues<XCurvePosition>().Select(p => (p, (IReadOnlyList<Experiment>)byPosition[p].ToArray())).ToArray(),
            ScalingFunnel.Count(site.Entries.Select(e => e.Verdict)));
    }

    /// <inheritdoc />
    public override Type Component => typeof(XCurveView);
}
