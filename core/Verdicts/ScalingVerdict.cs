using TransitionLab.Core.Reflections;

namespace TransitionLab.Core.Verdicts;

/// <summary>
/// The computed scaling verdict of one experiment: the kind, every reason that led to it, the flags
/// beside it and the facts the rules looked at. Computed by <see cref="VerdictEngine"/>, never typed in.
/// </summary>
public sealed record ScalingVerdict
{
    /// <summary>Slug of the experiment judged.</summary>
    public required string ExperimentSlug { get; init; }
    /// <summary>What the rules concluded; the reasons say which rule decided it and why.</summary>
    public required VerdictKind Kind { get; init; }
    /// <summary>
    /// Reasons in rule order: first notes from higher rules that nearly applied (such as an incomplete
    /// mainstreaming decision), then the reasons of the rule that decided <see cref="Kind"/>.
    /// </summary>
    public required IReadOnlyList<VerdictReason> Reasons { get; init; }
    /// <summary>Flags raised, in the order of <see cref="VerdictFlag"/>.</summary>
    public required IReadOnlyList<RaisedFlag> Flags { get; init; }
    /// <summary>What the rules looked at.</summary>
    public required VerdictFacts Facts { get; init; }
    /// <summary>The day the verdict was computed for.</summary>
    public required DateOnly ComputedOn { get; init; }
    /// <summary>The <see cref="VerdictRuleSet.Version"/> the verdict was computed with.</summary>
    public string RuleSetVersion { get; init; } = VerdictRuleSet.Version;

    /// <summary>Whether <paramref name="flag"/> is raised.</summary>
    public bool Has(VerdictFlag flag) => Flags.Any(f => f.Flag == flag);
}

/// <summary>One reason a rule fired, for machines and for people.</summary>
/// <param name="Code">Stable machine code, e.g. <c>too-few-reflections</c> (see <see cref="ReasonCode"/>).</param>
/// <param name="Rule">Code of the rule in <see cref="VerdictRuleSet"/> it belongs to, e.g. <c>insufficient-evidence</c>.</param>
/// <param name="Text">Plain Dutch sentence with the concrete numbers, e.g. "Er zijn 2 reflecties; minstens 3 nodig."</param>
public sealed record VerdictReason(string Code, string Rule, string Text);

/// <summary>A flag beside the verdict and the reasons it was raised.</summary>
/// <param name="Flag">The flag.</param>
/// <param name="Reasons">Why it was raised.</param>
public sealed record RaisedFlag(VerdictFlag Flag, IReadOnlyList<VerdictReason> Reasons);

/// <summary>The facts the rules were applied to, after keeping only the latest revision of each reflection.</summary>
public sealed record VerdictFacts
{
    /// <summary>Number of distinct reflections (latest revisions).</summary>
    public required int ReflectionCount { get; init; }
    /// <summary>Earliest period start; <c>null</c> without reflections.</summary>
    public DateOnly? SpanStart { get; init; }
    /// <summary>Latest period end; <c>null</c> without reflections.</summary>
    public DateOnly? SpanEnd { get; init; }
    /// <summary>Cycle number of the latest reflection.</summary>
    public int? LatestCycle { get; init; }
    /// <summary>The newest session date among the reflections (what expiry counts from).</summary>
    public DateOnly? LastReflectionDate { get; init; }
    /// <summary>Evidence level of the latest reflection.</summary>
    public EvidenceLevel? EvidenceLevel { get; init; }
    /// <summary>Distinct contexts (areas) with the latest reported direction for each, ordered by area.</summary>
    public required IReadOnlyList<ContextOutcome> Contexts { get; init; }
    /// <summary>Structural owner named in the latest reflection.</summary>
    public string? StructuralOwner { get; init; }
    /// <summary>Structural plan status in the latest reflection (<see cref="StructuralPlanStatus.None"/> without reflections).</summary>
    public required StructuralPlanStatus StructuralPlan { get; init; }
    /// <summary>Funding end date used for the pilot cliff: the latest reflection's, else the experiment's.</summary>
    public DateOnly? FundingEndDate { get; init; }
    /// <summary>Days from the computation day to <see cref="FundingEndDate"/>; negative when it has passed.</summary>
    public int? DaysUntilFundingEnd { get; init; }
    /// <summary>
    /// Mean progress from baseline to target over the latest reflection's goal measurements, in percent
    /// with one decimal (100 = target reached); <c>null</c> when nothing was measured.
    /// </summary>
    public decimal? GoalProgressPercent { get; init; }
    /// <summary>How far the goals moved in each measured cycle (against business as usual where compared), oldest first.</summary>
    public IReadOnlyList<CycleOutcome> OutcomesByCycle { get; init; } = [];
    /// <summary>The route to the mainstream the frontrunners declared in the latest reflection.</summary>
    public ScalingRoute? DeclaredRoute { get; init; }
    /// <summary>Where the facts come from: self-reported, checked by a steward, or research.</summary>
    public IReadOnlyList<EvidenceSource> Sources { get; init; } = [];
}
