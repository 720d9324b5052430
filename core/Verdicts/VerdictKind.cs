namespace TransitionLab.Core.Verdicts;

/// <summary>
/// What the reflections say an experiment should do next. Codes (via <c>EnumCode</c>) are
/// <c>insufficient-evidence</c>, <c>stop-and-learn</c>, <c>deepen</c>, <c>broaden</c>,
/// <c>ready-to-scale-fit-and-conform</c>, <c>ready-to-scale-stretch-and-transform</c>, <c>mainstreamed</c> and <c>adjust</c>.
/// Which one wins when several could apply is set by <see cref="VerdictRuleSet"/>.
/// </summary>
public enum VerdictKind
{
    /// <summary>Too few, too short or without the resident perspective to judge yet.</summary>
    InsufficientEvidence,
    /// <summary>Stop this approach and publish what it taught.</summary>
    StopAndLearn,
    /// <summary>Learn what works here: the outcomes, the data or the description of the working core is too thin, or a place goes the wrong way.</summary>
    Deepen,
    /// <summary>It works, but something it needs to scale is missing: a structural owner or a named rule change.</summary>
    Broaden,
    /// <summary>Ready to embed under today's rules.</summary>
    ReadyToScaleFitAndConform,
    /// <summary>Ready to embed, but only if rules, funding or procurement change.</summary>
    ReadyToScaleStretchAndTransform,
    /// <summary>A recorded decision moved it into regular policy.</summary>
    Mainstreamed,
    /// <summary>The hypothesis was refuted while the outcomes improve: adjust the hypothesis or approach, do not stop.</summary>
    Adjust,
}

/// <summary>
/// Warnings and marks shown beside the verdict; an experiment can carry several or none. Codes:
/// <c>pilot-cliff</c>, <c>expired</c>, <c>databank-ready</c>, <c>funding-ended-without-plan</c>,
/// <c>no-exit-plan</c>, <c>marked-for-scaling</c>, <c>databank-recognised</c>.
/// </summary>
public enum VerdictFlag
{
    /// <summary>Funding ends within 18 months and no structural plan is agreed.</summary>
    PilotCliff,
    /// <summary>No new reflection for too long: the verdict rests on old evidence.</summary>
    Expired,
    /// <summary>Meets the entry bar of the Dutch intervention databanks.</summary>
    DatabankReady,
    /// <summary>The pilot money has stopped and no structural plan was agreed.</summary>
    FundingEndedWithoutPlan,
    /// <summary>Temporary money and no plan for what happens when it stops.</summary>
    NoExitPlan,
    /// <summary>A steward recorded a decision to scale it up, with owner, budget line and start date.</summary>
    MarkedForScaling,
    /// <summary>A steward recorded a recognition by a Dutch intervention databank, with its source.</summary>
    DatabankRecognised,
}
