namespace TransitionLab.Core.Verdicts;

/// <summary>
/// Stable machine codes of the reasons a rule can give. They are part of the published rule set and
/// the API: never rename one, add a new one instead. Codes only earlier versions give stay here, so a
/// verdict computed with those versions can still be explained (see <see cref="VerdictRuleSet.History"/>).
/// </summary>
public static class ReasonCode
{
    /// <summary>A complete Mainstreamed decision is the latest deciding decision.</summary>
    public const string MainstreamDecision = "mainstream-decision";
    /// <summary>The latest Mainstreamed decision lacks owner, budget line or start date.</summary>
    public const string MainstreamDecisionIncomplete = "mainstream-decision-incomplete";
    /// <summary>A Stop decision is the latest deciding decision.</summary>
    public const string StopDecision = "stop-decision";
    /// <summary>The latest reflection's learning loop decided to stop.</summary>
    public const string LoopDecisionStop = "loop-decision-stop";
    /// <summary>The last two cycles refuted the hypothesis with no pivot between them.</summary>
    public const string RefutedTwiceWithoutPivot = "refuted-twice-without-pivot";
    /// <summary>Fewer than 3 reflections.</summary>
    public const string TooFewReflections = "too-few-reflections";
    /// <summary>The reflections cover less than 6 months.</summary>
    public const string SpanUnderSixMonths = "span-under-six-months";
    /// <summary>No resident or lived-experience expert at any reflection.</summary>
    public const string NoResidentPerspective = "no-resident-perspective";
    /// <summary>Latest evidence level is 1.</summary>
    public const string EvidenceBelow2 = "evidence-below-2";
    /// <summary>The latest description of the working core is incomplete.</summary>
    public const string WorkingCoreIncomplete = "working-core-incomplete";
    /// <summary>Latest evidence level is 3 or more.</summary>
    public const string Evidence3OrMore = "evidence-3-or-more";
    /// <summary>Evidence level 2 and at least two contexts with a positive outcome.</summary>
    public const string Evidence2WithTwoPositiveContexts = "evidence-2-with-two-positive-contexts";
    /// <summary>A structural owner is named in the latest reflection.</summary>
    public const string StructuralOwnerNamed = "structural-owner-named";
    /// <summary>No regime-level barrier is open in the latest reflection.</summary>
    public const string NoOpenRegimeBarrier = "no-open-regime-barrier";
    /// <summary>The same regime-level barrier kind is open in the last two or more cycles.</summary>
    public const string RegimeBarrierOpenTwoCycles = "regime-barrier-open-two-cycles";
    /// <summary>The latest reflection names the rule changes needed.</summary>
    public const string RuleChangesNamed = "rule-changes-named";
    /// <summary>Stretch-and-transform, but no rule change is named yet.</summary>
    public const string RuleChangesMissing = "rule-changes-missing";
    /// <summary>The experiment runs in one context or none.</summary>
    public const string SingleContext = "single-context";
    /// <summary>Evidence level 2 in several contexts, but fewer than two with a positive outcome.</summary>
    public const string OutcomeDirectionNotShared = "outcome-direction-not-shared";
    /// <summary>No structural owner named in the latest reflection.</summary>
    public const string NoStructuralOwner = "no-structural-owner";
    /// <summary>A regime-level barrier is open in the latest reflection.</summary>
    public const string OpenRegimeBarrier = "open-regime-barrier";
    /// <summary>Funding ends (or ended) within 6 months of the computation day.</summary>
    public const string FundingEndsWithin6Months = "funding-ends-within-6-months";
    /// <summary>The structural plan is not agreed.</summary>
    public const string NoAgreedStructuralPlan = "no-agreed-structural-plan";
    /// <summary>No new reflection for 3 years at evidence level 1 or 2.</summary>
    public const string NoReflectionFor3Years = "no-reflection-for-3-years";
    /// <summary>No new reflection for 5 years at evidence level 3 or more.</summary>
    public const string NoReflectionFor5Years = "no-reflection-for-5-years";
    /// <summary>Two or more contexts.</summary>
    public const string TwoOrMoreContexts = "two-or-more-contexts";
    /// <summary>The working core is described completely.</summary>
    public const string WorkingCoreComplete = "working-core-complete";
    /// <summary>A process evaluation was done.</summary>
    public const string ProcessEvaluationDone = "process-evaluation-done";

    // Added in rule set 2026-12.
    /// <summary>The last two cycles refuted the hypothesis with no pivot between them, and the outcomes did not improve.</summary>
    public const string RefutedTwiceOutcomesNotImproving = "refuted-twice-outcomes-not-improving";
    /// <summary>The last two cycles refuted the hypothesis, but the outcomes improved.</summary>
    public const string RefutedTwiceOutcomesImproving = "refuted-twice-outcomes-improving";
    /// <summary>The fixed part of the working core does not say which elements and for whom, or the variable part is a few words.</summary>
    public const string WorkingCoreLacksSubstance = "working-core-lacks-substance";
    /// <summary>The latest direction in a place is negative.</summary>
    public const string NegativeOutcomeInPlace = "negative-outcome-in-place";
    /// <summary>The goals have not moved toward their targets over two measured cycles.</summary>
    public const string OutcomesNotShown = "outcomes-not-shown";
    /// <summary>The data is estimates and no external evaluation is linked.</summary>
    public const string DataNotReliable = "data-not-reliable";
    /// <summary>The goals moved toward their targets over the last two measured cycles.</summary>
    public const string OutcomesTowardTarget = "outcomes-toward-target";
    /// <summary>The data of those cycles is at least the team's own registration.</summary>
    public const string DataReliableEnough = "data-reliable-enough";
    /// <summary>An external evaluation is linked (a steward recorded its source).</summary>
    public const string ExternalEvaluationLinked = "external-evaluation-linked";
    /// <summary>The frontrunners declared the route "rules must change".</summary>
    public const string DeclaredStretchAndTransform = "declared-stretch-and-transform";
    /// <summary>The frontrunners declared the route "fits today's rules".</summary>
    public const string DeclaredFitAndConform = "declared-fit-and-conform";
    /// <summary>A regime-level barrier is open in the latest reflection.</summary>
    public const string RegimeBarrierInTheWay = "regime-barrier-in-the-way";
    /// <summary>A regime-level barrier is only worked around (a temporary exemption): the rule still has to change.</summary>
    public const string TemporaryExemption = "temporary-exemption";
    /// <summary>The declared route is fit-and-conform, but the facts say a rule must change.</summary>
    public const string RouteDisagreesWithFacts = "route-disagrees-with-facts";
    /// <summary>No regime-level barrier is open or merely worked around in the latest reflection.</summary>
    public const string NoRegimeRuleInTheWay = "no-regime-rule-in-the-way";
    /// <summary>A rule must change, but the latest reflection does not say which.</summary>
    public const string RuleChangeNotNamed = "rule-change-not-named";
    /// <summary>Funding ends (or ends today) within 18 months of the computation day.</summary>
    public const string FundingEndsWithin18Months = "funding-ends-within-18-months";
    /// <summary>The budget moment still open for the money after the pilot.</summary>
    public const string BudgetMomentOpen = "budget-moment-open";
    /// <summary>Both budget moments for the money after the pilot have passed.</summary>
    public const string BudgetMomentPassed = "budget-moment-passed";
    /// <summary>The funding end date has passed.</summary>
    public const string FundingEnded = "funding-ended";
    /// <summary>The money is temporary and the structural plan is "none".</summary>
    public const string NoPlanForAfterThePilot = "no-plan-for-after-the-pilot";
    /// <summary>A complete mark-for-scaling decision is recorded.</summary>
    public const string MarkForScalingDecision = "mark-for-scaling-decision";
    /// <summary>A databank recognition is recorded with its source.</summary>
    public const string DatabankRecognition = "databank-recognition";

    // Added in rule set 2027-01.
    /// <summary>A regime-level belemmering the latest reflection still reports was solved on the transition agenda: a rule change made counts.</summary>
    public const string RuleChangeMade = "rule-change-made";
}
