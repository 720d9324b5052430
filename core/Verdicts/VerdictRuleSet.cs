using TransitionLab.Core.Language;

namespace TransitionLab.Core.Verdicts;

/// <summary>
/// One published rule: what it leads to, where it stands in the precedence and, in plain Dutch,
/// what it means and which conditions can fire it.
/// </summary>
/// <param name="Code">Stable code, the same as the code of the verdict or flag it leads to.</param>
/// <param name="Verdict">The verdict it leads to; <c>null</c> for a flag rule.</param>
/// <param name="Flag">The flag it raises; <c>null</c> for a verdict rule.</param>
/// <param name="Precedence">For verdict rules: 1 is checked first and wins; <c>null</c> for flags, which never compete.</param>
/// <param name="Title">Dutch title.</param>
/// <param name="Explanation">Dutch explanation (B1) with the exact thresholds.</param>
/// <param name="Conditions">Reasons this rule can give.</param>
public sealed record VerdictRule(
    string Code,
    VerdictKind? Verdict,
    VerdictFlag? Flag,
    int? Precedence,
    string Title,
    string Explanation,
    IReadOnlyList<VerdictCondition> Conditions);

/// <summary>A reason a rule can give, as published.</summary>
/// <param name="ReasonCode">Stable code (see <see cref="Verdicts.ReasonCode"/>).</param>
/// <param name="Description">Dutch description of when it fires.</param>
public sealed record VerdictCondition(string ReasonCode, string Description);

/// <summary>One published version of the rule set: what "Hoe wij beoordelen" and <c>/api/rules</c> show for it.</summary>
/// <param name="Version">Version code, e.g. <c>2026-12</c>.</param>
/// <param name="Introduction">Dutch introduction (B1).</param>
/// <param name="Rules">Verdict rules by precedence, then the flag rules.</param>
public sealed record VerdictRuleSetVersion(string Version, string Introduction, IReadOnlyList<VerdictRule> Rules)
{
    /// <summary>The verdict rules, first checked first.</summary>
    public IReadOnlyList<VerdictRule> VerdictRules => Rules.Where(r => r.Verdict is not null).OrderBy(r => r.Precedence).ToArray();

    /// <summary>The flag rules, in the order of <see cref="VerdictFlag"/>.</summary>
    public IReadOnlyList<VerdictRule> FlagRules => Rules.Where(r => r.Flag is not null).OrderBy(r => r.Flag).ToArray();

    /// <summary>
    /// Whether a regime belemmering solved on the transition agenda counts: exactly when the version publishes the
    /// reason that explains it, so what a version says is what it does.
    /// </summary>
    public bool CountsRuleChangesMade => Rules.SelectMany(r => r.Conditions).Any(c => c.ReasonCode == Verdicts.ReasonCode.RuleChangeMade);
}

/// <summary>
/// The published rule set behind every <see cref="ScalingVerdict"/>: the site prints it on
/// "Hoe wij beoordelen" and the API returns it. <see cref="VerdictEngine"/> checks verdict rules in
/// the order of <see cref="VerdictRule.Precedence"/> taken from here, so what is published is what runs.
/// Earlier versions stay published in <see cref="History"/>, so a verdict computed with one can still be explained.
/// </summary>
public static class VerdictRuleSet
{
    /// <summary>Version of the rules; changes whenever a threshold, a condition or the precedence changes.</summary>
    public const string Version = "2027-01";

    /// <summary>Dutch introduction (B1) for the top of "Hoe wij beoordelen".</summary>
    public const string Introduction =
        "Het oordeel over een experiment rekenen we uit op basis van alle reflecties, de besluiten die een regisseur vastlegde " +
        "en de belemmeringen die op de transitieagenda zijn opgelost. " + RuleSet202612.IntroductionAfterSources;

    /// <summary>What 2027-01 adds to the three rules that look at belemmeringen in the regime: a rule change made counts.</summary>
    private const string RuleChangeMadeExplanation =
        "Een belemmering op systeemniveau die op de transitieagenda is opgelost voor dit experiment, staat niet meer in de weg: " +
        "een regisseur legde vast dat de regel, het geld of de inkoop veranderde, en wat er veranderde. Dat geldt ook als de " +
        "laatste reflectie haar nog als open of omzeild noemt. Noemt een reflectie van na de dag van de oplossing haar nog als " +
        "open of omzeild, dan telt die nieuwere melding.";

    private static readonly VerdictCondition RuleChangeMadeCondition = new(ReasonCode.RuleChangeMade,
        "Een belemmering op systeemniveau uit de laatste reflectie is op de transitieagenda opgelost: de regel is veranderd.");

    /// <summary>
    /// Verdict rules by precedence (the first that applies wins), then the flag rules: those of 2026-12, with the
    /// rules that look at belemmeringen in the regime counting a rule change made on the transition agenda.
    /// </summary>
    public static IReadOnlyList<VerdictRule> Rules { get; } = RuleSet202612.Rules.Select(CountRuleChangesMade).ToArray();

    private static VerdictRule CountRuleChangesMade(VerdictRule rule) =>
        rule.Verdict is VerdictKind.ReadyToScaleStretchAndTransform or VerdictKind.ReadyToScaleFitAndConform or VerdictKind.Broaden
            ? rule with { Explanation = $"{rule.Explanation} {RuleChangeMadeExplanation}", Conditions = [.. rule.Conditions, RuleChangeMadeCondition] }
            : rule;

    /// <summary>The verdict rules, first checked first.</summary>
    public static IReadOnlyList<VerdictRule> VerdictRules { get; } =
        Rules.Where(r => r.Verdict is not null).OrderBy(r => r.Precedence).ToArray();

    /// <summary>The flag rules, in the order of <see cref="VerdictFlag"/>.</summary>
    public static IReadOnlyList<VerdictRule> FlagRules { get; } =
        Rules.Where(r => r.Flag is not null).OrderBy(r => r.Flag).ToArray();

    /// <summary>This version as one published whole.</summary>
    public static VerdictRuleSetVersion Current { get; } = new(Version, Introduction, Rules);

    /// <summary>Earlier versions, newest first: verdicts computed with them stay explainable.</summary>
    public static IReadOnlyList<VerdictRuleSetVersion> History { get; } = [RuleSet202612.Published, RuleSet202611.Published];

    /// <summary>
    /// The versions <see cref="VerdictEngine"/> computes with: the current one, and 2026-12 so its published verdicts can be
    /// reproduced. Both have the same verdict rules in the same order; 2026-11 had other rules and is kept as text only.
    /// </summary>
    public static IReadOnlyList<VerdictRuleSetVersion> Computable { get; } = [Current, RuleSet202612.Published];

    /// <summary>The published version <paramref name="version"/>, current or earlier; <c>null</c> when never published.</summary>
    public static VerdictRuleSetVersion? Of(string version) =>
        version == Version ? Current : History.FirstOrDefault(v => v.Version == version);

    /// <summary>The rule that leads to <paramref name="kind"/>.</summary>
    public static VerdictRule For(VerdictKind kind) => VerdictRules.Single(r => r.Verdict == kind);

    /// <summary>The rule that raises <paramref name="flag"/>.</summary>
    public static VerdictRule For(VerdictFlag flag) => FlagRules.Single(r => r.Flag == flag);
}
