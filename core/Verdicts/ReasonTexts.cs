using TransitionLab.Core.Decisions;
using TransitionLab.Core.Language;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Core.Verdicts;

/// <summary>The Dutch sentences (B1) of every reason, with the concrete numbers; one place for all of them.</summary>
internal static class ReasonTexts
{
    private static readonly string Mainstreamed = VerdictKind.Mainstreamed.ToCode();
    private static readonly string StopAndLearn = VerdictKind.StopAndLearn.ToCode();
    private static readonly string Insufficient = VerdictKind.InsufficientEvidence.ToCode();
    private static readonly string Deepen = VerdictKind.Deepen.ToCode();
    private static readonly string Broaden = VerdictKind.Broaden.ToCode();
    private static readonly string PilotCliff = VerdictFlag.PilotCliff.ToCode();
    private static readonly string Expired = VerdictFlag.Expired.ToCode();
    private static readonly string DatabankReady = VerdictFlag.DatabankReady.ToCode();
    private static readonly string Adjust = VerdictKind.Adjust.ToCode();
    private static readonly string FundingEndedFlag = VerdictFlag.FundingEndedWithoutPlan.ToCode();
    private static readonly string NoExitPlan = VerdictFlag.NoExitPlan.ToCode();
    private static readonly string Marked = VerdictFlag.MarkedForScaling.ToCode();
    private static readonly string Recognised = VerdictFlag.DatabankRecognised.ToCode();

    public static VerdictReason MainstreamDecision(ScalingDecision d) => new(ReasonCode.MainstreamDecision, Mainstreamed,
        $"Op {DutchLabels.Date(d.DecidedOn)} besloot {DecidedBy(d)} dit op te nemen in regulier beleid. " +
        $"Eigenaar: {d.Owner}; begrotingspost: {d.BudgetLine}; start: {DutchLabels.Date(d.StartDate!.Value)}.");

    public static VerdictReason MainstreamDecisionIncomplete(ScalingDecision d)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(d.Owner)) missing.Add("de eigenaar");
        if (string.IsNullOrWhiteSpace(d.BudgetLine)) missing.Add("de begrotingspost");
        if (d.StartDate is null) missing.Add("de startdatum");
        return new(ReasonCode.MainstreamDecisionIncomplete, Mainstreamed,
            $"Het besluit van {DutchLabels.Date(d.DecidedOn)} om dit op te nemen in regulier beleid telt nog niet: " +
            $"{DutchLabels.List(missing)} {(missing.Count == 1 ? "ontbreekt" : "ontbreken")}.");
    }

    public static VerdictReason StopDecision(ScalingDecision d) => new(ReasonCode.StopDecision, StopAndLearn,
        $"Op {DutchLabels.Date(d.DecidedOn)} besloot {DecidedBy(d)} te stoppen.");

    public static VerdictReason LoopDecisionStop(Reflection r) => new(ReasonCode.LoopDecisionStop, StopAndLearn,
        $"In ronde {r.Cycle} ({DutchLabels.Date(r.Date)}) besloten de koplopers te stoppen.");

    public static VerdictReason RefutedTwiceWithoutPivot(Reflection previous, Reflection latest) => new(ReasonCode.RefutedTwiceWithoutPivot, StopAndLearn,
        $"De hypothese is in ronde {previous.Cycle} en ronde {latest.Cycle} weerlegd, zonder nieuwe aanpak daartussen.");

    public static VerdictReason TooFewReflections(int count) => new(ReasonCode.TooFewReflections, Insufficient, count switch
    {
        0 => "Er zijn nog geen reflecties; minstens 3 nodig.",
        1 => "Er is 1 reflectie; minstens 3 nodig.",
        _ => $"Er zijn {count} reflecties; minstens 3 nodig.",
    });

    public static VerdictReason SpanUnderSixMonths(DateOnly start, DateOnly end, int months, int days) => new(ReasonCode.SpanUnderSixMonths, Insufficient,
        $"De reflecties beslaan {Duration(months, days)} ({DutchLabels.Date(start)} tot {DutchLabels.Date(end)}); minstens 6 maanden nodig.");

    public static VerdictReason NoResidentPerspective(int count) => new(ReasonCode.NoResidentPerspective, Insufficient, count == 0
        ? "Er was nog geen bewoner of ervaringsdeskundige bij een reflectie; minstens 1 keer nodig."
        : $"Bij geen van de {count} reflecties was een bewoner of ervaringsdeskundige; minstens 1 keer nodig.");

    public static VerdictReason EvidenceBelow2(EvidenceLevel level) => new(ReasonCode.EvidenceBelow2, Deepen,
        $"De koplopers schatten het bewijsniveau zelf op {(int)level} ({DutchLabels.For(level).ToLowerInvariant()}); minstens 2 nodig: " +
        "leg uit waarom de aanpak zou moeten werken (een veranderingstheorie).");

    public static VerdictReason WorkingCoreIncomplete(WorkingCore core)
    {
        var missing = new List<string>();
        if (core.Fixed.Trim().Length < 20) missing.Add("wat vaststaat (minstens 20 tekens)");
        if (core.Variable.Trim().Length < 10) missing.Add("wat per plek mag verschillen (minstens 10 tekens)");
        return new(ReasonCode.WorkingCoreIncomplete, Deepen,
            $"De werkzame kern is niet volledig beschreven. Beschrijf {DutchLabels.List(missing)}.");
    }

    public static VerdictReason Evidence3OrMore(string rule, EvidenceLevel level) => new(ReasonCode.Evidence3OrMore, rule,
        $"Het bewijsniveau is {(int)level} ({DutchLabels.For(level).ToLowerInvariant()}).");

    public static VerdictReason Evidence2WithTwoPositiveContexts(string rule, IReadOnlyList<ContextOutcome> positive) =>
        new(ReasonCode.Evidence2WithTwoPositiveContexts, rule,
            $"Bewijsniveau 2 en op {positive.Count} plekken een positieve uitkomst: {DutchLabels.List(positive.Select(c => c.Area))}.");

    public static VerdictReason StructuralOwnerNamed(string rule, string owner) => new(ReasonCode.StructuralOwnerNamed, rule,
        $"Structurele eigenaar: {owner}.");

    public static VerdictReason NoOpenRegimeBarrier(string rule) => new(ReasonCode.NoOpenRegimeBarrier, rule,
        "In de laatste reflectie staat geen belemmering op systeemniveau open.");

    public static VerdictReason RegimeBarrierOpenTwoCycles(string rule, RegimeBarrierRun run) => new(ReasonCode.RegimeBarrierOpenTwoCycles, rule,
        $"De belemmering '{DutchLabels.For(run.Kind)}' staat op systeemniveau al {run.Cycles} rondes open " +
        $"(voor het eerst gezien op {DutchLabels.Date(run.FirstSeen)}).");

    public static VerdictReason RuleChangesNamed(string rule, IReadOnlyList<string> changes) => new(ReasonCode.RuleChangesNamed, rule,
        $"Wat moet veranderen: {string.Join("; ", changes)}.");

    public static VerdictReason RuleChangesMissing(string rule) => new(ReasonCode.RuleChangesMissing, rule,
        "Noem in de volgende reflectie welke regels, financiering of inkoop moeten veranderen om deze belemmering op te lossen.");

    public static VerdictReason SingleContext(IReadOnlyList<ContextOutcome> contexts) => new(ReasonCode.SingleContext, Broaden, contexts.Count == 0
        ? "Er is nog geen plek vastgelegd waar het experiment loopt; probeer het op minstens 2 plekken."
        : $"Het experiment loopt op 1 plek ({contexts[0].Area}); probeer het op minstens 2 plekken.");

    public static VerdictReason OutcomeDirectionNotShared(int contexts, int positive) => new(ReasonCode.OutcomeDirectionNotShared, Broaden,
        $"Bewijsniveau 2 op {contexts} plekken, maar op {positive} {(positive == 1 ? "plek" : "plekken")} een positieve uitkomst; " +
        "minstens 2 nodig (of bewijsniveau 3).");

    public static VerdictReason NoStructuralOwner() => new(ReasonCode.NoStructuralOwner, Broaden,
        "De laatste reflectie noemt geen structurele eigenaar; opschalen kan pas als iemand het structureel gaat dragen.");

    public static VerdictReason OpenRegimeBarrier(IReadOnlyList<ReportedBarrier> open) => new(ReasonCode.OpenRegimeBarrier, Broaden,
        $"In de laatste reflectie {(open.Count == 1 ? "staat een belemmering" : $"staan {open.Count} belemmeringen")} op systeemniveau open: " +
        $"{DutchLabels.List(open.Select(b => DutchLabels.For(b.Kind)).Distinct())}.");

    public static VerdictReason FundingEndsWithin6Months(DateOnly end, int daysLeft) => new(ReasonCode.FundingEndsWithin6Months, PilotCliff, daysLeft switch
    {
        > 0 => $"Het geld stopt op {DutchLabels.Date(end)}, over {DutchLabels.Days(daysLeft)}.",
        0 => $"Het geld stopt vandaag ({DutchLabels.Date(end)}).",
        _ => $"Het geld is op {DutchLabels.Date(end)} gestopt, {DutchLabels.Days(-daysLeft)} geleden.",
    });

    public static VerdictReason NoAgreedStructuralPlan(StructuralPlanStatus plan, string? rule = null) => new(ReasonCode.NoAgreedStructuralPlan, rule ?? PilotCliff,
        $"Er is geen afgesproken plan om het structureel te maken ({DutchLabels.For(plan).ToLowerInvariant()}).");

    public static VerdictReason NoRecentReflection(int years, DateOnly since, bool everReflected, int yearsAgo) => new(
        years == 5 ? ReasonCode.NoReflectionFor5Years : ReasonCode.NoReflectionFor3Years, Expired, everReflected
            ? $"De laatste reflectie is van {DutchLabels.Date(since)}, {yearsAgo} jaar geleden; bij dit bewijsniveau is na {years} jaar een nieuwe nodig."
            : $"Sinds de start op {DutchLabels.Date(since)} is er nog nooit gereflecteerd; na {years} jaar is een reflectie nodig.");

    public static VerdictReason TwoOrMoreContexts(IReadOnlyList<ContextOutcome> contexts) => new(ReasonCode.TwoOrMoreContexts, DatabankReady,
        $"Het experiment loopt op {contexts.Count} plekken: {DutchLabels.List(contexts.Select(c => c.Area))}.");

    public static VerdictReason WorkingCoreComplete() => new(ReasonCode.WorkingCoreComplete, DatabankReady,
        "De werkzame kern is volledig beschreven.");

    public static VerdictReason ProcessEvaluationDone() => new(ReasonCode.ProcessEvaluationDone, DatabankReady,
        "Er is een procesevaluatie gedaan.");

    /// <summary>Who decided and at which level: "college van B&amp;W (gemeente Middelburg)".</summary>
    private static string DecidedBy(ScalingDecision d) => $"{d.DecidedBy} ({DutchLabels.Where(d.Level, d.Area)})";

    public static VerdictReason RefutedTwiceOutcomesNotImproving(Reflection previous, Reflection latest, (CycleOutcome Previous, CycleOutcome Last)? outcomes) =>
        new(ReasonCode.RefutedTwiceOutcomesNotImproving, StopAndLearn,
            $"De hypothese is in ronde {previous.Cycle} en ronde {latest.Cycle} weerlegd, zonder nieuwe aanpak daartussen, " + (outcomes is var (p, l)
                ? $"en de doelen verbeterden niet ({Percent(p.Percent)} en daarna {Percent(l.Percent)} van de weg naar het doel)."
                : "en er zijn geen gemeten doelen die laten zien dat het beter gaat."));

    public static VerdictReason RefutedTwiceOutcomesImproving(Reflection previous, Reflection latest, (CycleOutcome Previous, CycleOutcome Last) outcomes) =>
        new(ReasonCode.RefutedTwiceOutcomesImproving, Adjust,
            $"De hypothese is in ronde {previous.Cycle} en ronde {latest.Cycle} weerlegd, maar de doelen gaan de goede kant op " +
            $"(van {Percent(outcomes.Previous.Percent)} naar {Percent(outcomes.Last.Percent)} van de weg naar het doel). " +
            "De uitleg klopt dus niet, de aanpak mogelijk wel: stel de hypothese of de aanpak bij in plaats van te stoppen.");

    public static VerdictReason WorkingCoreLacksSubstance(IReadOnlyList<WorkingCoreGap> gaps)
    {
        var asks = gaps.Select(g => g switch
        {
            WorkingCoreGap.Elements => "welke onderdelen altijd hetzelfde blijven (noem er minstens 2, bijvoorbeeld: een vaste gespreksleider; een plan dat het gezin zelf maakt)",
            WorkingCoreGap.ForWhom => "voor wie de aanpak is (bijvoorbeeld: voor gezinnen met jeugdhulp)",
            _ => "wat per plek mag verschillen (in een paar zinnen, bijvoorbeeld: wie aanschuift en waar het gesprek is)",
        });
        return new(ReasonCode.WorkingCoreLacksSubstance, Deepen,
            $"De werkzame kern is nog te dun om over te nemen. Schrijf op {DutchLabels.List(asks)}.");
    }

    public static VerdictReason NegativeOutcomeInPlace(IReadOnlyList<ContextOutcome> negative) => new(ReasonCode.NegativeOutcomeInPlace, Deepen,
        $"In {DutchLabels.List(negative.Select(c => c.Area))} gaat de uitkomst de verkeerde kant op. Zoek uit waarom, voordat een andere plek het overneemt.");

    public static VerdictReason OutcomesNotShown(IReadOnlyList<CycleOutcome> outcomes) => new(ReasonCode.OutcomesNotShown, Deepen, outcomes.Count switch
    {
        0 => "Er zijn nog geen gemeten doelen. Meet in elke ronde de doelen (beginwaarde, doel en waarde nu); nodig is dat ze in 2 rondes de goede kant op gaan.",
        1 => $"De doelen zijn 1 keer gemeten ({Percent(outcomes[0].Percent)} van de weg naar het doel); nodig is dat ze in 2 rondes na elkaar de goede kant op gaan.",
        _ => $"De doelen gingen in de laatste 2 gemeten rondes niet allebei de goede kant op ({Percent(outcomes[^2].Percent)} en daarna {Percent(outcomes[^1].Percent)} van de weg naar het doel).",
    });

    public static VerdictReason DataNotReliable(DataReliability reliability) => new(ReasonCode.DataNotReliable, Deepen,
        $"De cijfers zijn {DutchLabels.For(reliability).ToLowerInvariant()}. Houd ze zelf bij in een registratie (redelijk betrouwbaar) of laat een externe evaluatie vastleggen.");

    public static VerdictReason OutcomesTowardTarget(string rule, (CycleOutcome Previous, CycleOutcome Last) o) => new(ReasonCode.OutcomesTowardTarget, rule,
        $"De doelen gingen in ronde {o.Previous.Cycle} en ronde {o.Last.Cycle} de goede kant op: {Percent(o.Previous.Percent)} en daarna {Percent(o.Last.Percent)} van de weg naar het doel" +
        (o.Last.ComparedWithBusinessAsUsual ? ", vergeleken met de gewone aanpak (dezelfde uitkomst zonder het experiment)." : "."));

    public static VerdictReason DataReliableEnough(string rule, DataReliability reliability) => new(ReasonCode.DataReliableEnough, rule,
        $"De cijfers zijn {DutchLabels.For(reliability).ToLowerInvariant()}.");

    public static VerdictReason ExternalEvaluationLinked(string rule, ScalingDecision evaluation) => new(ReasonCode.ExternalEvaluationLinked, rule,
        $"Er is een externe evaluatie: {evaluation.Rationale.Trim().TrimEnd('.')} ({evaluation.DecidedBy}, bron: {evaluation.SourceUrl}).");

    public static VerdictReason DeclaredStretchAndTransform(string rule) => new(ReasonCode.DeclaredStretchAndTransform, rule,
        "De koplopers kozen zelf de route 'regels moeten veranderen'.");

    public static VerdictReason DeclaredFitAndConform(string rule) => new(ReasonCode.DeclaredFitAndConform, rule,
        "De koplopers kozen zelf de route 'past in de huidige regels'.");

    public static VerdictReason RegimeBarrierInTheWay(string rule, ReportedBarrier barrier, RegimeBarrierRun? run) => new(ReasonCode.RegimeBarrierInTheWay, rule,
        $"De belemmering '{DutchLabels.For(barrier.Kind)}' staat op systeemniveau open" +
        (run is { Cycles: >= 2 } ? $", al {run.Cycles} rondes (voor het eerst gezien op {DutchLabels.Date(run.FirstSeen)})." : "."));

    public static VerdictReason TemporaryExemption(string rule, ReportedBarrier barrier) => new(ReasonCode.TemporaryExemption, rule,
        $"De belemmering '{DutchLabels.For(barrier.Kind)}' is alleen omzeild, bijvoorbeeld met een experimenteerbepaling of een tijdelijke ontheffing. " +
        "Als die uitzondering stopt, moet de regel alsnog veranderen.");

    public static VerdictReason RouteDisagreesWithFacts(string rule) => new(ReasonCode.RouteDisagreesWithFacts, rule,
        "De koplopers verwachten dat het past in de huidige regels, maar de belemmering hierboven zegt dat er een regel moet veranderen.");

    public static VerdictReason RuleChangeMade(string rule, AgendaSolution solution) => new(ReasonCode.RuleChangeMade, rule,
        $"De belemmering '{DutchLabels.For(solution.Kind)}' is op {DutchLabels.Date(solution.SolvedOn)} opgelost op de transitieagenda " +
        $"(punt '{solution.ItemTitle.Trim().TrimEnd('.')}'): er is een regel veranderd. Daarom staat ze niet meer in de weg, ook al noemt de laatste reflectie haar nog.");

    public static VerdictReason NoRegimeRuleInTheWay(string rule) => new(ReasonCode.NoRegimeRuleInTheWay, rule,
        "In de laatste reflectie staat geen belemmering op systeemniveau open en is er geen alleen omzeild.");

    public static VerdictReason RuleChangeNotNamed() => new(ReasonCode.RuleChangeNotNamed, Broaden,
        "Er moet een regel veranderen, maar de laatste reflectie noemt niet welke. Noem welke regel, welk geld of welke inkoop moet veranderen, en wie dat kan.");

    public static VerdictReason FundingEndsWithin18Months(DateOnly end, int daysLeft) => new(ReasonCode.FundingEndsWithin18Months, PilotCliff, daysLeft == 0
        ? $"Het geld stopt vandaag ({DutchLabels.Date(end)})."
        : $"Het geld stopt op {DutchLabels.Date(end)}, over {DutchLabels.Days(daysLeft)}.");

    public static VerdictReason BudgetMoment(BudgetMoment moment) => new(
        moment.Kind == BudgetMomentKind.TooLate ? ReasonCode.BudgetMomentPassed : ReasonCode.BudgetMomentOpen, PilotCliff, BudgetCalendar.Describe(moment));

    public static VerdictReason FundingEnded(DateOnly end) => new(ReasonCode.FundingEnded, FundingEndedFlag,
        $"Het projectgeld is op {DutchLabels.Date(end)} gestopt.");

    public static VerdictReason NoAgreedStructuralPlanAfterFunding(StructuralPlanStatus plan) => NoAgreedStructuralPlan(plan, FundingEndedFlag);

    public static VerdictReason NoPlanForAfterThePilot(Reflection latest, DateOnly end) => new(ReasonCode.NoPlanForAfterThePilot, NoExitPlan,
        $"Het geld is tijdelijk (tot {DutchLabels.Date(end)}) en in ronde {latest.Cycle} is er nog geen plan voor daarna. " +
        "Spreek vanaf de eerste ronde af wat er gebeurt als het geld stopt: structureel maken of netjes afbouwen.");

    public static VerdictReason MarkForScalingDecision(ScalingDecision d) => new(ReasonCode.MarkForScalingDecision, Marked,
        $"Op {DutchLabels.Date(d.DecidedOn)} wees {DecidedBy(d)} dit aan om op te schalen. " +
        $"Eigenaar: {d.Owner}; begrotingspost: {d.BudgetLine}; start: {DutchLabels.Date(d.StartDate!.Value)}.");

    public static VerdictReason DatabankRecognition(ScalingDecision d) => new(ReasonCode.DatabankRecognition, Recognised,
        $"Erkend als '{DutchLabels.Recognition(d.RecognisedLevel!.Value)}' door {d.DecidedBy} ({DutchLabels.Date(d.DecidedOn)}); bron: {d.SourceUrl}. Vastgelegd door een regisseur.");

    private static string Percent(decimal percent) => $"{DutchLabels.Number(percent)}%";

    private static string Duration(int months, int days) => (months, days) switch
    {
        (0, _) => DutchLabels.Days(days),
        (_, 0) => DutchLabels.Months(months),
        _ => $"{DutchLabels.Months(months)} en {DutchLabels.Days(days)}",
    };
}
