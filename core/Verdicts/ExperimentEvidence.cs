using TransitionLab.Core.Decisions;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Reflections;
using Barrier = TransitionLab.Core.Reflections.Barrier;

namespace TransitionLab.Core.Verdicts;

/// <summary>
/// Everything the rules read, derived once from the latest revisions in cycle order, so each rule is a
/// short condition on named facts.
/// </summary>
internal sealed class ExperimentEvidence
{
    public ExperimentEvidence(Experiment experiment, IEnumerable<Reflection> reflections, IEnumerable<ScalingDecision> decisions, DateOnly today)
    {
        Experiment = experiment;
        Today = today;
        Reflections = ReflectionTimeline.Of(experiment.Slug, reflections);
        Latest = Reflections.Count > 0 ? Reflections[^1] : null;
        Contexts = LatestDirectionPerArea(Reflections);
        PersistentRegimeBarriers = RegimeBarrierRuns(Reflections).Where(b => b.Cycles >= 2).ToArray();
        OpenRegimeBarriers = Latest?.Barriers.Where(IsOpenAtRegimeLevel).OrderBy(b => b.Kind).ToArray() ?? [];

        var ordered = decisions
            .Where(d => d.ExperimentSlug == experiment.Slug)
            .OrderBy(d => d.DecidedOn).ThenBy(d => d.RecordedAt).ThenBy(d => d.Id)
            .ToArray();
        var deciding = Array.FindLastIndex(ordered, d => d.Kind == DecisionKind.Stop || IsCompleteMainstreaming(d));
        var incomplete = Array.FindLastIndex(ordered, d => d.Kind == DecisionKind.Mainstreamed && !IsCompleteMainstreaming(d));
        DecidingDecision = deciding >= 0 ? ordered[deciding] : null;
        // An incomplete decision older than the deciding one is history, not news.
        IncompleteMainstreaming = incomplete > deciding ? ordered[incomplete] : null;

        FundingEndDate = Latest?.Sustainment.FundingEndDate ?? experiment.Funding.EndDate;
    }

    public Experiment Experiment { get; }
    public DateOnly Today { get; }
    /// <summary>Latest revisions, ordered by cycle, date, id.</summary>
    public IReadOnlyList<Reflection> Reflections { get; }
    public Reflection? Latest { get; }
    public IReadOnlyList<ContextOutcome> Contexts { get; }
    public IReadOnlyList<RegimeBarrierRun> PersistentRegimeBarriers { get; }
    public IReadOnlyList<Barrier> OpenRegimeBarriers { get; }
    /// <summary>The latest Stop or complete Mainstreamed decision.</summary>
    public ScalingDecision? DecidingDecision { get; }
    /// <summary>A Mainstreamed decision lacking owner, budget line or start date, newer than <see cref="DecidingDecision"/>.</summary>
    public ScalingDecision? IncompleteMainstreaming { get; }
    public DateOnly? FundingEndDate { get; }

    public EvidenceLevel? Level => Latest?.EvidenceLevel;
    public int PositiveContexts => Contexts.Count(c => c.Direction == OutcomeDirection.Positive);
    public string? StructuralOwner => string.IsNullOrWhiteSpace(Latest?.Sustainment.StructuralOwner) ? null : Latest.Sustainment.StructuralOwner.Trim();
    public StructuralPlanStatus Plan => Latest?.Sustainment.Plan ?? StructuralPlanStatus.None;
    public bool ProcessEvaluationDone => Reflections.Any(r => r.ProcessEvaluationDone);
    public IReadOnlyList<string> RuleChangesNeeded =>
        Latest?.Route.RuleChangesNeeded.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).ToArray() ?? [];

    /// <summary>Level 3 or more, or level 2 with at least two contexts whose latest direction is positive.</summary>
    public bool EvidenceEnoughToScale =>
        Level >= EvidenceLevel.FirstIndications || (Level == EvidenceLevel.TheoryOfChange && PositiveContexts >= 2);

    public VerdictFacts Facts() => new()
    {
        ReflectionCount = Reflections.Count,
        SpanStart = Reflections.Count > 0 ? Reflections.Min(r => r.PeriodStart) : null,
        SpanEnd = Reflections.Count > 0 ? Reflections.Max(r => r.PeriodEnd) : null,
        LatestCycle = Latest?.Cycle,
        LastReflectionDate = LastReflectionDate,
        EvidenceLevel = Level,
        Contexts = Contexts,
        StructuralOwner = StructuralOwner,
        StructuralPlan = Plan,
        FundingEndDate = FundingEndDate,
        DaysUntilFundingEnd = FundingEndDate is { } end ? end.DayNumber - Today.DayNumber : null,
        GoalProgressPercent = GoalProgress(Latest),
    };

    /// <summary>The newest session date; the experiment's order is by cycle, so take the maximum explicitly.</summary>
    public DateOnly? LastReflectionDate => Reflections.Count > 0 ? Reflections.Max(r => r.Date) : null;

    private static bool IsOpenAtRegimeLevel(Barrier b) => b.Level == BarrierLevel.Regime && b.Status == BarrierStatus.Open;

    private static bool IsCompleteMainstreaming(ScalingDecision d) =>
        d.Kind == DecisionKind.Mainstreamed && !string.IsNullOrWhiteSpace(d.Owner) && !string.IsNullOrWhiteSpace(d.BudgetLine) && d.StartDate is not null;

    private static IReadOnlyList<ContextOutcome> LatestDirectionPerArea(IReadOnlyList<Reflection> reflections)
    {
        var byArea = new Dictionary<string, ContextOutcome>(StringComparer.OrdinalIgnoreCase);
        // Walked from the newest report back, so the first one found for an area is its latest and the long
        // tail of older reports costs a lookup each, not a copy.
        for (var i = reflections.Count - 1; i >= 0; i--)
        {
            var contexts = reflections[i].Contexts;
            for (var j = contexts.Count - 1; j >= 0; j--)
            {
                if (string.IsNullOrWhiteSpace(contexts[j].Area)) continue;
                var area = contexts[j].Area.Trim();
                if (!byArea.ContainsKey(area)) byArea[area] = contexts[j] with { Area = area };
            }
        }
        return byArea.Values.OrderBy(c => c.Area, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Area, StringComparer.Ordinal).ToArray();
    }

    /// <summary>For each barrier kind open at regime level in the latest reflection: how many reflections in a row, counting back, had it open there.</summary>
    private static IEnumerable<RegimeBarrierRun> RegimeBarrierRuns(IReadOnlyList<Reflection> reflections)
    {
        if (reflections.Count == 0) yield break;
        foreach (var kind in reflections[^1].Barriers.Where(IsOpenAtRegimeLevel).Select(b => b.Kind).Distinct().Order())
        {
            var cycles = 0;
            var firstSeen = DateOnly.MaxValue;
            for (var i = reflections.Count - 1; i >= 0; i--)
            {
                var open = false;
                foreach (var barrier in reflections[i].Barriers)
                {
                    if (barrier.Kind != kind || !IsOpenAtRegimeLevel(barrier)) continue;
                    open = true;
                    if (barrier.FirstSeen < firstSeen) firstSeen = barrier.FirstSeen;
                }
                if (!open) break;
                cycles++;
            }
            yield return new RegimeBarrierRun(kind, cycles, firstSeen);
        }
    }

    private static decimal? GoalProgress(Reflection? latest)
    {
        var progress = latest?.Goals
            .Where(g => g.Target != g.Baseline)
            .Select(g => (g.Current - g.Baseline) / (g.Target - g.Baseline))
            .ToArray();
        return progress is { Length: > 0 } ? Math.Round(progress.Average() * 100m, 1, MidpointRounding.AwayFromZero) : null;
    }
}

/// <summary>A barrier kind open at regime level in the latest <paramref name="Cycles"/> reflections in a row.</summary>
internal sealed record RegimeBarrierRun(BarrierKind Kind, int Cycles, DateOnly FirstSeen);
