using TransitionLab.Core.Decisions;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Language;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Core.Verdicts;

/// <summary>
/// Computes the scaling verdict from an experiment's reflections and recorded decisions. A pure
/// function: the same input on the same day gives the same verdict, whatever the order of the input.
/// The rules and their precedence are published in <see cref="VerdictRuleSet"/>.
/// </summary>
public static class VerdictEngine
{
    /// <summary>The minimum number of reflections before the other rules judge.</summary>
    public const int MinimumReflections = 3;
    /// <summary>The minimum span, in months, the reflected periods must cover together.</summary>
    public const int MinimumSpanMonths = 6;
    /// <summary>
    /// Funding ending within this many months, without an agreed plan, is a pilot cliff: money for next year is
    /// settled in the spring and fixed in the autumn, so a council needs this long to act in its regular cycle.
    /// </summary>
    public const int PilotCliffMonths = 18;
    /// <summary>Years without a reflection before the verdict expires at evidence level 1 or 2.</summary>
    public const int ExpiryYearsBelowLevel3 = 3;
    /// <summary>Years without a reflection before the verdict expires at evidence level 3 or more.</summary>
    public const int ExpiryYearsFromLevel3 = 5;

    /// <summary>
    /// Computes the verdict of <paramref name="experiment"/> on <paramref name="today"/>.
    /// </summary>
    /// <param name="experiment">The experiment judged.</param>
    /// <param name="reflections">
    /// Its reflections, all revisions; only the latest revision of each id counts (see
    /// <see cref="ReflectionHistory.Latest"/>). Practice and course reflections must be left out by the
    /// caller. Reflections about other experiments are ignored. The experiment's <see cref="ReflectionTimeline"/>
    /// is read as it is, without sorting it again.
    /// </param>
    /// <param name="decisions">Its recorded steward decisions and checked facts; those about other experiments are ignored.</param>
    /// <param name="today">The day to judge on (deadlines and expiry are counted from it).</param>
    /// <param name="solutions">
    /// Regime belemmeringen solved on the transition agenda (see <see cref="Agenda.TransitionAgenda.Solutions"/>); those
    /// about other experiments are ignored. Only a rule set that counts them reads them (2027-01 on).
    /// </param>
    /// <param name="ruleSet">
    /// The version to compute with, one of <see cref="VerdictRuleSet.Computable"/>; the current one when left out. An
    /// earlier one reproduces a verdict published with it.
    /// </param>
    public static ScalingVerdict Compute(Experiment experiment, IEnumerable<Reflection> reflections, IEnumerable<ScalingDecision> decisions, DateOnly today,
        IEnumerable<AgendaSolution>? solutions = null, VerdictRuleSetVersion? ruleSet = null)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(reflections);
        ArgumentNullException.ThrowIfNull(decisions);
        ruleSet ??= VerdictRuleSet.Current;
        if (!VerdictRuleSet.Computable.Contains(ruleSet))
            throw new ArgumentException($"Rule set {ruleSet.Version} is published to explain its verdicts; nothing computes with it.", nameof(ruleSet));
        var evidence = new ExperimentEvidence(experiment, reflections, decisions, today, ruleSet.CountsRuleChangesMade ? solutions ?? [] : []);

        // Notes from higher rules that did not apply come first, so a reader sees why e.g. an
        // incomplete mainstreaming decision did not count before reading the verdict's own reasons.
        var reasons = new List<VerdictReason>();
        foreach (var rule in ruleSet.VerdictRules)
        {
            var kind = rule.Verdict!.Value;
            var check = Check(kind, evidence);
            reasons.AddRange(check.Reasons);
            if (!check.Applies) continue;
            return new ScalingVerdict
            {
                ExperimentSlug = experiment.Slug,
                Kind = kind,
                Reasons = reasons,
                Flags = Flags(kind, evidence),
                Facts = evidence.Facts(),
                ComputedOn = today,
                RuleSetVersion = ruleSet.Version,
            };
        }
        throw new InvalidOperationException("The broaden rule applies whenever no rule before it does; the rule set lost it.");
    }

    private sealed record RuleCheck(bool Applies, IReadOnlyList<VerdictReason> Reasons)
    {
        public static RuleCheck When(IReadOnlyList<VerdictReason> reasons) => new(reasons.Count > 0, reasons);
        public static RuleCheck No { get; } = new(false, []);
    }

    private static RuleCheck Check(VerdictKind kind, ExperimentEvidence e) => kind switch
    {
        VerdictKind.Mainstreamed => Mainstreamed(e),
        VerdictKind.StopAndLearn => RuleCheck.When(StopAndLearn(e)),
        VerdictKind.Adjust => RuleCheck.When(Adjust(e)),
        VerdictKind.InsufficientEvidence => RuleCheck.When(InsufficientEvidence(e)),
        VerdictKind.Deepen => RuleCheck.When(Deepen(e)),
        VerdictKind.ReadyToScaleStretchAndTransform => StretchAndTransform(e),
        VerdictKind.ReadyToScaleFitAndConform => FitAndConform(e),
        VerdictKind.Broaden => new(true, Broaden(e)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static RuleCheck Mainstreamed(ExperimentEvidence e)
    {
        if (e.DecidingDecision is { Kind: DecisionKind.Mainstreamed } decision)
            return new(true, [ReasonTexts.MainstreamDecision(decision)]);
        return e.IncompleteMainstreaming is { } incomplete
            ? new(false, [ReasonTexts.MainstreamDecisionIncomplete(incomplete)])
            : RuleCheck.No;
    }

    private static List<VerdictReason> StopAndLearn(ExperimentEvidence e)
    {
        var reasons = new List<VerdictReason>();
        if (e.DecidingDecision is { Kind: DecisionKind.Stop } decision)
            reasons.Add(ReasonTexts.StopDecision(decision));
        if (e.Latest is { Loop.Decision: LoopDecision.Stop } latest)
            reasons.Add(ReasonTexts.LoopDecisionStop(latest));
        // A refuted hypothesis says the explanation was wrong, not that the practice fails: only with
        // outcomes that do not improve either is it a reason to stop.
        if (RefutedTwiceWithoutPivot(e) is var (previous, last) && !e.OutcomesImproving)
            reasons.Add(ReasonTexts.RefutedTwiceOutcomesNotImproving(previous, last, e.LastTwoOutcomes));
        return reasons;
    }

    private static List<VerdictReason> Adjust(ExperimentEvidence e)
    {
        if (RefutedTwiceWithoutPivot(e) is var (previous, last) && e.OutcomesImproving)
            return [ReasonTexts.RefutedTwiceOutcomesImproving(previous, last, e.LastTwoOutcomes!.Value)];
        return [];
    }

    /// <summary>The last two cycles when both refuted the hypothesis and the first of them did not pivot.</summary>
    private static (Reflection Previous, Reflection Last)? RefutedTwiceWithoutPivot(ExperimentEvidence e)
    {
        if (e.Reflections.Count < 2) return null;
        var (previous, last) = (e.Reflections[^2], e.Reflections[^1]);
        // The previous cycle's decision shapes the last cycle: a pivot there means the second
        // refutation was about a different approach.
        return previous.Hypothesis.Result == HypothesisResult.Refuted && last.Hypothesis.Result == HypothesisResult.Refuted
            && previous.Loop.Decision != LoopDecision.Pivot ? (previous, last) : null;
    }

    private static List<VerdictReason> InsufficientEvidence(ExperimentEvidence e)
    {
        var reasons = new List<VerdictReason>();
        var count = e.Reflections.Count;
        if (count < MinimumReflections)
            reasons.Add(ReasonTexts.TooFewReflections(count));
        if (count > 0)
        {
            var start = e.Reflections.Min(r => r.PeriodStart);
            var end = e.Reflections.Max(r => r.PeriodEnd);
            if (start.AddMonths(MinimumSpanMonths) > end)
            {
                var months = WholeMonths(start, end);
                reasons.Add(ReasonTexts.SpanUnderSixMonths(start, end, months, Math.Max(0, end.DayNumber - start.AddMonths(months).DayNumber)));
            }
        }
        if (!e.Reflections.Any(r => r.RolesPresent.Contains(ParticipantRole.Resident)))
            reasons.Add(ReasonTexts.NoResidentPerspective(count));
        return reasons;
    }

    /// <summary>What must be learned here before anyone else adopts it.</summary>
    private static List<VerdictReason> Deepen(ExperimentEvidence e)
    {
        var latest = e.Latest!; // the insufficient-evidence rule has already caught an empty history
        var reasons = new List<VerdictReason>();
        if (latest.EvidenceLevel < EvidenceLevel.TheoryOfChange)
            reasons.Add(ReasonTexts.EvidenceBelow2(latest.EvidenceLevel));
        if (latest.WorkingCore.Gaps() is { Count: > 0 } gaps)
            reasons.Add(ReasonTexts.WorkingCoreLacksSubstance(gaps));
        if (e.NegativeContexts.Count > 0)
            reasons.Add(ReasonTexts.NegativeOutcomeInPlace(e.NegativeContexts));
        if (!e.OutcomesTowardTarget)
            reasons.Add(ReasonTexts.OutcomesNotShown(e.Outcomes));
        else if (!e.DataReliableEnough && e.ExternalEvaluations.Count == 0)
            reasons.Add(ReasonTexts.DataNotReliable(e.LastTwoOutcomes!.Value.Last.Reliability));
        return reasons;
    }

    private static RuleCheck StretchAndTransform(ExperimentEvidence e)
    {
        if (!e.OutcomesShown || e.StructuralOwner is null || !e.NeedsRuleChange || e.RuleChangesNeeded.Count == 0) return RuleCheck.No;
        var rule = VerdictKind.ReadyToScaleStretchAndTransform.ToCode();
        var reasons = ReadyToScaleBasis(e, rule);
        reasons.AddRange(RouteReasons(e, rule));
        reasons.AddRange(ChangesMade(e, rule));
        reasons.Add(ReasonTexts.RuleChangesNamed(rule, e.RuleChangesNeeded));
        return new(true, reasons);
    }

    private static RuleCheck FitAndConform(ExperimentEvidence e)
    {
        if (!e.OutcomesShown || e.StructuralOwner is null || e.NeedsRuleChange) return RuleCheck.No;
        var rule = VerdictKind.ReadyToScaleFitAndConform.ToCode();
        var reasons = ReadyToScaleBasis(e, rule);
        reasons.Add(ReasonTexts.DeclaredFitAndConform(rule));
        reasons.AddRange(ChangesMade(e, rule));
        reasons.Add(ReasonTexts.NoRegimeRuleInTheWay(rule));
        return new(true, reasons);
    }

    private static List<VerdictReason> ReadyToScaleBasis(ExperimentEvidence e, string rule)
    {
        var reasons = new List<VerdictReason> { ReasonTexts.OutcomesTowardTarget(rule, e.LastTwoOutcomes!.Value) };
        if (e.DataReliableEnough) reasons.Add(ReasonTexts.DataReliableEnough(rule, e.LastTwoOutcomes!.Value.Last.Reliability));
        reasons.AddRange(e.ExternalEvaluations.Select(ev => ReasonTexts.ExternalEvaluationLinked(rule, ev)));
        reasons.Add(ReasonTexts.StructuralOwnerNamed(rule, e.StructuralOwner!));
        return reasons;
    }

    /// <summary>Why a rule must change: the declared route, each barrier in the way, and where the two disagree.</summary>
    private static IEnumerable<VerdictReason> RouteReasons(ExperimentEvidence e, string rule)
    {
        if (e.DeclaredRoute == ScalingRoute.StretchAndTransform) yield return ReasonTexts.DeclaredStretchAndTransform(rule);
        foreach (var barrier in e.OpenRegimeBarriers.DistinctBy(b => b.Kind))
            yield return ReasonTexts.RegimeBarrierInTheWay(rule, barrier, e.PersistentRegimeBarriers.FirstOrDefault(run => run.Kind == barrier.Kind));
        foreach (var barrier in e.WorkedAroundRegimeBarriers.DistinctBy(b => b.Kind))
            yield return ReasonTexts.TemporaryExemption(rule, barrier);
        if (e.DeclaredRoute == ScalingRoute.FitAndConform && e.RuleInTheWay) yield return ReasonTexts.RouteDisagreesWithFacts(rule);
    }

    /// <summary>Each belemmering that no longer stands in the way because the transition agenda solved it.</summary>
    private static IEnumerable<VerdictReason> ChangesMade(ExperimentEvidence e, string rule) =>
        e.RuleChangesMade.Select(solution => ReasonTexts.RuleChangeMade(rule, solution));

    /// <summary>What a practice that works still needs before it can scale: an owner, or the rule change named.</summary>
    private static List<VerdictReason> Broaden(ExperimentEvidence e)
    {
        var rule = VerdictKind.Broaden.ToCode();
        var reasons = new List<VerdictReason>();
        if (e.StructuralOwner is null)
            reasons.Add(ReasonTexts.NoStructuralOwner());
        reasons.AddRange(ChangesMade(e, rule));
        if (e.NeedsRuleChange)
        {
            reasons.AddRange(RouteReasons(e, rule));
            if (e.RuleChangesNeeded.Count == 0) reasons.Add(ReasonTexts.RuleChangeNotNamed());
        }
        return reasons;
    }

    private static IReadOnlyList<RaisedFlag> Flags(VerdictKind kind, ExperimentEvidence e)
    {
        var flags = new List<RaisedFlag>();
        if (PilotCliff(kind, e) is { } cliff) flags.Add(new(VerdictFlag.PilotCliff, cliff));
        if (Expired(e) is { } expired) flags.Add(new(VerdictFlag.Expired, expired));
        if (DatabankReady(e) is { } ready) flags.Add(new(VerdictFlag.DatabankReady, ready));
        if (FundingEndedWithoutPlan(kind, e) is { } ended) flags.Add(new(VerdictFlag.FundingEndedWithoutPlan, ended));
        if (NoExitPlan(kind, e) is { } noExit) flags.Add(new(VerdictFlag.NoExitPlan, noExit));
        if (kind != VerdictKind.Mainstreamed && e.MarkedForScaling is { } mark) flags.Add(new(VerdictFlag.MarkedForScaling, [ReasonTexts.MarkForScalingDecision(mark)]));
        if (e.Recognition is { } recognition) flags.Add(new(VerdictFlag.DatabankRecognised, [ReasonTexts.DatabankRecognition(recognition)]));
        return flags;
    }

    /// <summary>Structural money exists after mainstreaming or a steward's decision to scale, and a stopped experiment needs none.</summary>
    private static bool NeedsMoneyAfterThePilot(VerdictKind kind, ExperimentEvidence e) =>
        kind is not (VerdictKind.Mainstreamed or VerdictKind.StopAndLearn) && !e.PlanSecured;

    private static VerdictReason[]? PilotCliff(VerdictKind kind, ExperimentEvidence e)
    {
        if (!NeedsMoneyAfterThePilot(kind, e)) return null;
        // Money that already stopped is not a cliff ahead: FundingEndedWithoutPlan says what it is.
        if (e.FundingEndDate is not { } end || end < e.Today || end > e.Today.AddMonths(PilotCliffMonths)) return null;
        return [ReasonTexts.FundingEndsWithin18Months(end, end.DayNumber - e.Today.DayNumber), ReasonTexts.BudgetMoment(BudgetCalendar.NextOpen(end, e.Today)),
            ReasonTexts.NoAgreedStructuralPlan(e.Plan)];
    }

    private static VerdictReason[]? FundingEndedWithoutPlan(VerdictKind kind, ExperimentEvidence e)
    {
        if (!NeedsMoneyAfterThePilot(kind, e) || e.FundingEndDate is not { } end || end >= e.Today) return null;
        return [ReasonTexts.FundingEnded(end), ReasonTexts.NoAgreedStructuralPlanAfterFunding(e.Plan)];
    }

    private static VerdictReason[]? NoExitPlan(VerdictKind kind, ExperimentEvidence e)
    {
        // From the first reflection on: a plan for after the pilot is part of starting one.
        if (!NeedsMoneyAfterThePilot(kind, e) || e.Reflections.Count == 0 || e.Plan != StructuralPlanStatus.None) return null;
        if (e.FundingEndDate is not { } end || end < e.Today) return null;
        return [ReasonTexts.NoPlanForAfterThePilot(e.Latest!, end)];
    }

    private static VerdictReason[]? Expired(ExperimentEvidence e)
    {
        var years = e.Level >= EvidenceLevel.FirstIndications ? ExpiryYearsFromLevel3 : ExpiryYearsBelowLevel3;
        var since = e.LastReflectionDate ?? e.Experiment.StartDate;
        if (since.AddYears(years) > e.Today) return null;
        return [ReasonTexts.NoRecentReflection(years, since, e.LastReflectionDate is not null, WholeMonths(since, e.Today) / 12)];
    }

    private static VerdictReason[]? DatabankReady(ExperimentEvidence e)
    {
        if (e.Contexts.Count < 2 || e.Latest?.WorkingCore.IsComplete != true || !e.ProcessEvaluationDone) return null;
        return [ReasonTexts.TwoOrMoreContexts(e.Contexts), ReasonTexts.WorkingCoreComplete(), ReasonTexts.ProcessEvaluationDone()];
    }

    /// <summary>Whole calendar months from <paramref name="from"/> to <paramref name="to"/> (0 when <paramref name="to"/> is earlier).</summary>
    internal static int WholeMonths(DateOnly from, DateOnly to)
    {
        if (to < from) return 0;
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        while (months > 0 && from.AddMonths(months) > to) months--;
        return months;
    }
}
