namespace TransitionLab.Core.Verdicts;

/// <summary>
/// What the reflections say an experiment should do next. Codes (via <c>EnumCode</c>) are
/// <c>insufficient-evidence</c>, <c>stop-and-learn</c>, <c>deepen</c>, <c>broaden</c>,
/// <c>ready-to-scale-fit-and-conform</c>, <c>ready-to-scale-stretch-and-transform</c> and <c>mainstreamed</c>.
/// Which one wins when several could apply is set by <see cref="VerdictRuleSet"/>.
/// </summary>
public enum VerdictKind
{
    /// <summary>Too few, too short or without the resident perspective to judge yet.</summary>
    InsufficientEvidence,
    /// <summary>Stop this approach and publish what it taught.</summary>
    StopAndLearn,
    /// <summary>Learn what works here: the evidence or the description of the working core is too thin.</summary>
    Deepen,
    /// <summary>Repeat it elsewhere or link it to other domains before scaling up.</summary>
    Broaden,
    /// <summary>Ready to embed under today's rules.</summary>
    ReadyToScaleFitAndConform,
    /// <summary>Ready to embed, but only if rules, funding or procurement change.</summary>
    ReadyToScaleStretchAndTransform,
    /// <summary>A recorded decision moved it into regular policy.</summary>
    Mainstreamed,
}

/// <summary>
/// Warnings and marks shown beside the verdict; an experiment can carry several or none.
/// Codes: <c>pilot-cliff</c>, <c>expired</c>, <c>databank-ready</c>.
/// </summary>
public enum VerdictFlag
{
    /// <summary>Funding ends within 6 months and no structural plan is agreed.</summary>
    PilotCliff,
    /// <summary>No new reflection for too long: the verdict rests on old evidence.</summary>
    Expired,
    /// <summary>Meets the entry bar of the Dutch intervention databanks.</summary>
    DatabankReady,
}
