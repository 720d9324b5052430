using System.ComponentModel;
using TransitionLab.Api.Reflections;
using TransitionLab.Core.Insights;
using TransitionLab.Core.Language;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;

namespace TransitionLab.Api.Verdicts;

/// <summary>The computed scaling verdict of one experiment.</summary>
public sealed record VerdictDto(
    [property: Description("Slug of the experiment")] string ExperimentSlug,
    [property: Description("Title of the experiment")] string Title,
    [property: Description("Municipality that runs it")] string Municipality,
    [property: Description("Theme slugs")] IReadOnlyList<string> Themes,
    [property: Description("Verdict code")] VerdictKind Verdict,
    [property: Description("Dutch label of the verdict")] string VerdictLabel,
    [property: Description("Flags beside the verdict, each with its reasons")] IReadOnlyList<FlagDto> Flags,
    [property: Description("Why: notes from higher rules first, then the reasons of the deciding rule")] IReadOnlyList<ReasonDto> Reasons,
    [property: Description("What the rules looked at")] VerdictFactsDto Facts,
    [property: Description("The day the verdict was computed for")] DateOnly ComputedOn,
    [property: Description("Version of the published rule set used")] string RuleSetVersion);

/// <summary>A flag beside a verdict.</summary>
public sealed record FlagDto(
    [property: Description("Flag code")] VerdictFlag Code,
    [property: Description("Dutch label")] string Label,
    [property: Description("Why it was raised")] IReadOnlyList<ReasonDto> Reasons);

/// <summary>One reason a rule fired.</summary>
public sealed record ReasonDto(
    [property: Description("Stable reason code, e.g. too-few-reflections")] string Code,
    [property: Description("Code of the rule it belongs to, e.g. insufficient-evidence")] string Rule,
    [property: Description("Plain Dutch sentence with the numbers")] string Text);

/// <summary>The facts a verdict was computed from.</summary>
public sealed record VerdictFactsDto(
    [property: Description("Number of reflections (latest revisions)")] int ReflectionCount,
    [property: Description("Earliest period start")] DateOnly? SpanStart,
    [property: Description("Latest period end")] DateOnly? SpanEnd,
    [property: Description("Cycle of the latest reflection")] int? LatestCycle,
    [property: Description("Newest session date")] DateOnly? LastReflectionDate,
    [property: Description("Evidence level (1-5) of the latest reflection")] int? EvidenceLevel,
    [property: Description("Distinct contexts with their latest outcome direction")] IReadOnlyList<ContextOutcomeDto> Contexts,
    [property: Description("Structural owner named in the latest reflection")] string? StructuralOwner,
    [property: Description("none, in-preparation or agreed")] StructuralPlanStatus StructuralPlan,
    [property: Description("Funding end date used for the pilot cliff")] DateOnly? FundingEndDate,
    [property: Description("Days to the funding end; negative when it has passed")] int? DaysUntilFundingEnd,
    [property: Description("Mean progress towards the goals, in percent")] decimal? GoalProgressPercent,
    [property: Description("How far the goals moved in each measured cycle, against business as usual where compared")] IReadOnlyList<CycleOutcomeDto>? OutcomesByCycle = null,
    [property: Description("Route the frontrunners declared in the latest reflection")] ScalingRoute? DeclaredRoute = null,
    [property: Description("Where the facts come from: self-reported, steward-checked or research (with a link)")] IReadOnlyList<EvidenceSourceDto>? Sources = null);

/// <summary>The outcome of one measured cycle.</summary>
public sealed record CycleOutcomeDto(
    [property: Description("Cycle")] int Cycle,
    [property: Description("Share of the intended change reached, in percent")] decimal Percent,
    [property: Description("Whether a goal was compared with business as usual")] bool ComparedWithBusinessAsUsual,
    [property: Description("low, medium or high")] DataReliability Reliability);

/// <summary>Where a fact behind a verdict comes from.</summary>
public sealed record EvidenceSourceDto(
    [property: Description("self-reported, steward-checked or research")] EvidenceOrigin Origin,
    [property: Description("Plain Dutch: what it is")] string Text,
    [property: Description("Link to the source, when there is one")] string? Url);

/// <summary>The published rule set.</summary>
public sealed record RuleSetDto(
    [property: Description("Version; changes with every threshold or precedence change")] string Version,
    [property: Description("Dutch introduction")] string Introduction,
    [property: Description("Verdict rules by precedence, then the flag rules")] IReadOnlyList<RuleDto> Rules,
    [property: Description("The current version, and every earlier version still published at /api/rules/{version}")] IReadOnlyList<string>? Versions = null);

/// <summary>One published rule.</summary>
public sealed record RuleDto(
    [property: Description("Code of the verdict or flag the rule leads to")] string Code,
    [property: Description("verdict or flag")] string Kind,
    [property: Description("Verdict rules: 1 is checked first and wins; absent for flags")] int? Precedence,
    [property: Description("Dutch title")] string Title,
    [property: Description("Dutch explanation with the thresholds")] string Explanation,
    [property: Description("Reasons the rule can give")] IReadOnlyList<ConditionDto> Conditions);

/// <summary>A reason a rule can give.</summary>
public sealed record ConditionDto(
    [property: Description("Reason code")] string ReasonCode,
    [property: Description("Dutch description of when it fires")] string Description);

/// <summary>One experiment on the pilot-cliff watchlist.</summary>
public sealed record PilotCliffDto(
    [property: Description("Experiment slug")] string ExperimentSlug,
    [property: Description("Title")] string Title,
    [property: Description("Municipality")] string Municipality,
    [property: Description("When the money stops")] DateOnly FundingEndDate,
    [property: Description("Days left; negative when the money already stopped")] int DaysLeft,
    [property: Description("Status of the structural plan")] StructuralPlanStatus Plan);

/// <summary>How one barrier kind shows up across the experiments' latest reflections.</summary>
public sealed record BarrierStatisticDto(
    [property: Description("Barrier kind")] BarrierKind Kind,
    [property: Description("Dutch label")] string Label,
    [property: Description("Experiments whose latest reflection reports it")] int ExperimentCount,
    [property: Description("Experiments per level")] IReadOnlyList<BarrierLevelCountDto> Levels,
    [property: Description("Municipalities of those experiments")] IReadOnlyList<string> Municipalities,
    [property: Description("Experiments where it is still open")] int OpenCount,
    [property: Description("Median days open; absent when none is open")] double? MedianDaysOpen,
    [property: Description("Longest days open; absent when none is open")] int? MaxDaysOpen);

/// <summary>Experiments reporting a barrier kind at one level.</summary>
public sealed record BarrierLevelCountDto(
    [property: Description("project, organisation or regime")] BarrierLevel Level,
    [property: Description("Number of experiments")] int ExperimentCount);

/// <summary>One step of the scaling funnel.</summary>
public sealed record FunnelStepDto(
    [property: Description("Verdict code")] VerdictKind Verdict,
    [property: Description("Dutch label")] string Label,
    [property: Description("Experiments with this verdict")] int Count);

/// <summary>The one place where verdicts and insights become DTOs.</summary>
public static class VerdictMapping
{
    /// <summary>Domain → DTO.</summary>
    public static VerdictDto AsDto(this CatalogueEntry entry)
    {
        var (e, v) = (entry.Experiment, entry.Verdict);
        var f = v.Facts;
        return new VerdictDto(e.Slug, e.Title, e.Municipality, e.Themes, v.Kind, DutchLabels.For(v.Kind),
            v.Flags.Select(x => new FlagDto(x.Flag, DutchLabels.For(x.Flag), x.Reasons.Select(AsDto).ToArray())).ToArray(),
            v.Reasons.Select(AsDto).ToArray(),
            new VerdictFactsDto(f.ReflectionCount, f.SpanStart, f.SpanEnd, f.LatestCycle, f.LastReflectionDate, (int?)f.EvidenceLevel,
                f.Contexts.Select(c => new ContextOutcomeDto(c.Area, c.Direction)).ToArray(), f.StructuralOwner, f.StructuralPlan,
                f.FundingEndDate, f.DaysUntilFundingEnd, f.GoalProgressPercent,
                f.OutcomesByCycle.Select(o => new CycleOutcomeDto(o.Cycle, o.Percent, o.ComparedWithBusinessAsUsual, o.Reliability)).ToArray(),
                f.DeclaredRoute, f.Sources.Select(s => new EvidenceSourceDto(s.Origin, s.Text, s.Url)).ToArray()),
            v.ComputedOn, v.RuleSetVersion);
    }

    /// <summary>Reason → DTO.</summary>
    public static ReasonDto AsDto(this VerdictReason r) => new(r.Code, r.Rule, r.Text);

    /// <summary>The published rule set as a DTO.</summary>
    public static RuleSetDto RuleSet() => RuleSet(VerdictRuleSet.Current);

    /// <summary>One published version of the rule set as a DTO.</summary>
    public static RuleSetDto RuleSet(VerdictRuleSetVersion version) => new(version.Version, version.Introduction,
        version.VerdictRules.Concat(version.FlagRules)
            .Select(r => new RuleDto(r.Code, r.Verdict is null ? "flag" : "verdict", r.Precedence, r.Title, r.Explanation,
                r.Conditions.Select(c => new ConditionDto(c.ReasonCode, c.Description)).ToArray()))
            .ToArray(),
        VerdictRuleSet.History.Select(v => v.Version).Prepend(VerdictRuleSet.Version).ToArray());

    /// <summary>Watchlist entry → DTO.</summary>
    public static PilotCliffDto AsDto(this PilotCliffEntry p) => new(p.Slug, p.Title, p.Municipality, p.FundingEndDate, p.DaysLeft, p.Plan);

    /// <summary>Barrier statistic → DTO.</summary>
    public static BarrierStatisticDto AsDto(this BarrierStatistic s) => new(s.Kind, DutchLabels.For(s.Kind), s.ExperimentCount,
        s.Levels.Select(l => new BarrierLevelCountDto(l.Level, l.ExperimentCount)).ToArray(), s.Municipalities, s.OpenCount, s.MedianDaysOpen, s.MaxDaysOpen);

    /// <summary>Funnel step → DTO.</summary>
    public static FunnelStepDto AsDto(this FunnelStep s) => new(s.Kind, DutchLabels.For(s.Kind), s.Count);
}
