using TransitionLab.Core.Decisions;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Core.Verdicts;

/// <summary>
/// Everything the rules read, derived once from the latest revisions in cycle order, so each rule is a
/// short condition on named facts.
/// </summary>
internal sealed class ExperimentEvidence
{
    // solutions: belemmeringen solved on the transition agenda, empty when the rule set computed with does not
    // count them; those about other experiments are ignored.
    public ExperimentEvidence(Experiment experiment, IEnumerable<Reflection> reflections, IEnumerable<ScalingDecision> decisions, DateOnly today,
        IEnumerable<AgendaSolution> solutions)
    {
        Experiment = experiment;
        Today = today;
        Reflections = ReflectionTimeline.Of(experiment.Slug, reflections);
        Latest = Reflections.Count > 0 ? Reflections[^1] : null;
        Contexts = LatestDirectionPerArea(Reflections);
        RuleChangesMade = ChangesMadeSince(Latest, solutions.Where(s => s.ExperimentSlug == experiment.Slug));
        // A belemmering whose rule changed no longer stands in the way, however the latest reflection still reports it.
        var changed = RuleChangesMade.Select(s => s.Kind).ToHashSet();
        PersistentRegimeBarriers = RegimeBarrierRuns(Reflections).Where(b => b.Cycles >= 2 && !changed.Contains(b.Kind)).ToArray();
        OpenRegimeBarriers = Latest?.Barriers.Where(b => IsOpenAtRegimeLevel(b) && !changed.Contains(b.Kind)).OrderBy(b => b.Kind).ToArray() ?? [];
        WorkedAroundRegimeBarriers = Latest?.Barriers
            .Where(b => b.Level == BarrierLevel.Regime && b.Status == BarrierStatus.WorkedAround && !changed.Contains(b.Kind) && !OpenRegimeBarriers.Any(o => o.Kind == b.Kind))
            .OrderBy(b => b.Kind).ToArray() ?? [];
        Outcomes = OutcomeTrend.Of(Reflections);

        var ordered = decisions
            .Where(d => d.ExperimentSlug == experiment.Slug)
            .OrderBy(d => d.DecidedOn).ThenBy(d => d.RecordedAt).ThenBy(d => d.Id)
            .ToArray();
        var deciding = Array.FindLastIndex(ordered, d => d.Kind == DecisionKind.Stop || IsCompleteMainstreaming(d));
        var incomplete = Array.FindLastIndex(ordered, d => d.Kind == DecisionKind.Mainstreamed && !IsCompleteMainstreaming(d));
        DecidingDecision = deciding >= 0 ? ordered[deciding] : null;
        // An incomplete decision older than the deciding one is history, not news.
        IncompleteMainstreaming = incomplete > deciding ? ordered[incomplete] : null;
        // A stop decided after it withdraws a mark for scaling; a mark after a stop restarts the experiment's way up.
        var lastStop = Array.FindLastIndex(ordered, d => d.Kind == DecisionKind.Stop);
        var mark = Array.FindLastIndex(ordered, d => d.Kind == DecisionKind.MarkForScaling && IsComplete(d));
        MarkedForScaling = mark > lastStop ? ordered[mark] : null;
        ExternalEvaluations = ordered.Where(d => d.Kind == DecisionKind.ExternalEvaluation && !string.IsNullOrWhiteSpace(d.SourceUrl)).ToArray();
        Recognition = ordered.LastOrDefault(d => d.Kind == DecisionKind.DatabankRecognition && d.RecognisedLevel is not null && !string.IsNullOrWhiteSpace(d.SourceUrl));
        Decisions = ordered;

        FundingEndDate = Latest?.Sustainment.FundingEndDate ?? experiment.Funding.EndDate;
    }

    public Experiment Experiment { get; }
    public DateOnly Today { get; }
    /// <summary>Latest revisions, ordered by cycle, date, id.</summary>
    public IReadOnlyList<Reflection> Reflections { get; }
    public Reflection? Latest { get; }
    public IReadOnlyList<ContextOutcome> Contexts { get; }
    public IReadOnlyList<RegimeBarrierRun> PersistentRegimeBarriers { get; }
    public IReadOnlyList<ReportedBarrier> OpenRegimeBarriers { get; }
    /// <summary>
    /// Per belemmering kind the latest reflection reports standing in the regime (open or worked around), the agenda's
    /// solution that outdates the report, in kind order: the rule changed, so it no longer stands in the way.
    /// </summary>
    public IReadOnlyList<AgendaSolution> RuleChangesMade { get; }
    /// <summary>Regime-level barriers the latest reflection marks as worked around: a temporary exemption, not a solution.</summary>
    public IReadOnlyList<ReportedBarrier> WorkedAroundRegimeBarriers { get; }
    /// <summary>The outcome of each measured cycle.</summary>
    public IReadOnlyList<CycleOutcome> Outcomes { get; }
    /// <summary>The latest Stop or complete Mainstreamed decision.</summary>
    public ScalingDecision? DecidingDecision { get; }
    /// <summary>A Mainstreamed decision lacking owner, budget line or start date, newer than <see cref="DecidingDecision"/>.</summary>
    public ScalingDecision? IncompleteMainstreaming { get; }
    /// <summary>The latest complete mark-for-scaling decision not withdrawn by a later stop.</summary>
    public ScalingDecision? MarkedForScaling { get; }
    /// <summary>Steward-recorded external evaluations with a source, oldest first.</summary>
    public IReadOnlyList<ScalingDecision> ExternalEvaluations { get; }
    /// <summary>The latest steward-recorded databank recognition with a source.</summary>
    public ScalingDecision? Recognition { get; }
    /// <summary>Every decision and checked fact about this experiment, oldest first.</summary>
    public IReadOnlyList<ScalingDecision> Decisions { get; }
    public DateOnly? FundingEndDate { get; }

    public EvidenceLevel? Level => Latest?.EvidenceLevel;
    public int PositiveContexts => Contexts.Count(c => c.Direction == OutcomeDirection.Positive);
    public IReadOnlyList<ContextOutcome> NegativeContexts => Contexts.Where(c => c.Direction == OutcomeDirection.Negative).ToArray();
    public string? StructuralOwner => string.IsNullOrWhiteSpace(Latest?.Sustainment.StructuralOwner) ? null : Latest.Sustainment.StructuralOwner.Trim();
    public StructuralPlanStatus Plan => Latest?.Sustainment.Plan ?? StructuralPlanStatus.None;
    public bool ProcessEvaluationDone => Reflections.Any(r => r.ProcessEvaluationDone);
    public IReadOnlyList<string> RuleChangesNeeded =>
        Latest?.Route.RuleChangesNeeded.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).ToArray() ?? [];
    public ScalingRoute? DeclaredRoute => Latest?.Route.Route;

    /// <summary>The last two measured cycles, or <c>null</c> with fewer than two.</summary>
    public (CycleOutcome Previous, CycleOutcome Last)? LastTwoOutcomes => Outcomes.Count >= 2 ? (Outcomes[^2], Outcomes[^1]) : null;

    /// <summary>Both of the last two measured cycles moved the goals toward their targets, and the last did not fall back.</summary>
    public bool OutcomesTowardTarget => LastTwoOutcomes is var (previous, last) && previous.Percent > 0 && last.Percent > 0 && last.Percent >= previous.Percent;

    /// <summary>The last measured cycle is further toward the targets than the one before.</summary>
    public bool OutcomesImproving => LastTwoOutcomes is var (previous, last) && last.Percent > previous.Percent;

    /// <summary>The data of the last two measured cycles is at least the team's own registration.</summary>
    public bool DataReliableEnough => LastTwoOutcomes is var (previous, last) && previous.Reliability >= DataReliability.Medium && last.Reliability >= DataReliability.Medium;

    /// <summary>A regime rule stands in the way: a regime-level barrier open or merely worked around.</summary>
    public bool RuleInTheWay => OpenRegimeBarriers.Count > 0 || WorkedAroundRegimeBarriers.Count > 0;

    /// <summary>The route the facts and the declaration lead to: stretch-and-transform when either says a rule must change.</summary>
    public bool NeedsRuleChange => DeclaredRoute == ScalingRoute.StretchAndTransform || RuleInTheWay;

    /// <summary>Outcomes, reliable data (or an external evaluation) and no place going the wrong way: what ready to scale asks of the evidence.</summary>
    public bool OutcomesShown => OutcomesTowardTarget && (DataReliableEnough || ExternalEvaluations.Count > 0) && NegativeContexts.Count == 0;

    /// <summary>A plan with money exists: agreed in the latest reflection, or decided by a steward.</summary>
    public bool PlanSecured => Plan == StructuralPlanStatus.Agreed || MarkedForScaling is not null;

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
        OutcomesByCycle = Outcomes,
        DeclaredRoute = DeclaredRoute,
        Sources = EvidenceSources.Of(Reflections.Count, Decisions),
    };

    /// <summary>The newest session date; the experiment's order is by cycle, so take the maximum explicitly.</summary>
    public DateOnly? LastReflectionDate => Reflections.Count > 0 ? Reflections.Max(r => r.Date) : null;

    private static bool IsOpenAtRegimeLevel(ReportedBarrier b) => b.Level == BarrierLevel.Regime && b.Status == BarrierStatus.Open;

    private static IReadOnlyList<AgendaSolution> ChangesMadeSince(Reflection? latest, IEnumerable<AgendaSolution> solutions)
    {
        if (latest is null) return [];
        var outdating = solutions.Where(s => s.Outdates(latest.Date)).ToArray();
        if (outdating.Length == 0) return [];
        // The earliest solution of a kind explains it; two items gathering one kind are rare (a merge joins them).
        return latest.Barriers
            .Where(b => b.Level == BarrierLevel.Regime && b.Status is BarrierStatus.Open or BarrierStatus.WorkedAround)
            .Select(b => b.Kind).Distinct().Order()
            .Select(kind => outdating.Where(s => s.Kind == kind).OrderBy(s => s.SolvedOn).ThenBy(s => s.ItemId, StringComparer.Ordinal).FirstOrDefault())
            .OfType<AgendaSolution>()
            .ToArray();
    }

    private static bool IsComplete(ScalingDecision d) =>
        !string.IsNullOrWhiteSpace(d.Owner) && !string.IsNullOrWhiteSpace(d.BudgetLine) && d.StartDate is not null;

    private static bool IsCompleteMainstreaming(ScalingDecision d) => d.Kind == DecisionKind.Mainstreamed && IsComplete(d);

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
                    var seen = barrier.SeenSince(reflections[i].Date);
                    if (seen < firstSeen) firstSeen = seen;
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
