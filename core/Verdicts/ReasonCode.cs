namespace TransitionLab.Core.Verdicts;

/// <summary>
/// Stable machine codes of the reasons a rule can give. They are part of the published rule set and
/// the API: never rename one, add a new one instead.
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
}
