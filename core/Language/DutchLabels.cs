using System.Globalization;
using TransitionLab.Core.Agenda;
using TransitionLab.Core.Decisions;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;

namespace TransitionLab.Core.Language;

/// <summary>
/// Short Dutch labels (B1) for every domain enum, and Dutch number and date formatting: the one
/// place where the site, the API and exports get the words people read.
/// </summary>
public static class DutchLabels
{
    /// <summary>The nl-NL culture: decimal comma, Dutch month names.</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>A date as people read it: "23 november 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>A number with a decimal comma and no thousands separator: "12,5".</summary>
    public static string Number(decimal value) => value.ToString("0.##########", Culture);

    /// <summary>"1 dag" or "3 dagen".</summary>
    public static string Days(int days) => Math.Abs(days) == 1 ? $"{days} dag" : $"{days} dagen";

    /// <summary>"1 maand" or "5 maanden".</summary>
    public static string Months(int months) => months == 1 ? "1 maand" : $"{months} maanden";

    /// <summary>A Dutch enumeration: "A", "A en B", "A, B en C".</summary>
    public static string List(IEnumerable<string> items)
    {
        var all = items.ToArray();
        return all.Length <= 1 ? string.Concat(all) : $"{string.Join(", ", all[..^1])} en {all[^1]}";
    }

    /// <summary>Label of a verdict kind.</summary>
    public static string For(VerdictKind kind) => kind switch
    {
        VerdictKind.InsufficientEvidence => "Nog te weinig bewijs",
        VerdictKind.StopAndLearn => "Stoppen en leren",
        VerdictKind.Deepen => "Verdiepen",
        VerdictKind.Broaden => "Verbreden",
        VerdictKind.ReadyToScaleFitAndConform => "Klaar om op te schalen (past in de huidige regels)",
        VerdictKind.ReadyToScaleStretchAndTransform => "Klaar om op te schalen (regels moeten veranderen)",
        VerdictKind.Mainstreamed => "Opgenomen in regulier beleid",
        VerdictKind.Adjust => "Bijsturen",
        _ => throw Unknown(kind),
    };

    /// <summary>Label of a verdict flag.</summary>
    public static string For(VerdictFlag flag) => flag switch
    {
        VerdictFlag.PilotCliff => "Pilotklif: geld stopt binnen 18 maanden",
        VerdictFlag.Expired => "Verlopen: lang geen reflectie",
        VerdictFlag.DatabankReady => "Klaar voor een databank",
        VerdictFlag.FundingEndedWithoutPlan => "Geld gestopt zonder structureel plan",
        VerdictFlag.NoExitPlan => "Geen plan voor na de pilot",
        VerdictFlag.MarkedForScaling => "Aangewezen om op te schalen",
        VerdictFlag.DatabankRecognised => "Erkend door een databank",
        _ => throw Unknown(flag),
    };

    /// <summary>Short label of a barrier kind (the taxonomy of the social domain).</summary>
    public static string For(BarrierKind kind) => kind switch
    {
        BarrierKind.OwnStrengthAsOwnResponsibility => "Eigen kracht = eigen verantwoordelijkheid",
        BarrierKind.ReluctanceToAskForHelp => "Moeite met hulp vragen",
        BarrierKind.WeakLinkToInformalNetworks => "Zwakke band met informele netwerken",
        BarrierKind.Silos => "Verkokering",
        BarrierKind.NoMandateForGeneralists => "Geen doorzettingsmacht",
        BarrierKind.DistrustBetweenSpecialistsAndGeneralists => "Wantrouwen tussen specialist en generalist",
        BarrierKind.NationalRulesBeatLocalTailoring => "Landelijke regels gaan voor maatwerk",
        BarrierKind.NoInfrastructureForCitizenInitiatives => "Geen sociale infrastructuur voor bewonersinitiatieven",
        BarrierKind.RiskAversion => "Risicomijdend: de lat ligt hoger voor het nieuwe",
        BarrierKind.ShortTermFunding => "Kortlopende projectfinanciering",
        BarrierKind.ProcurementAndMarketForces => "Inkoop en marktwerking",
        BarrierKind.PrivacyAsReasonNotToShare => "AVG als reden om niet te delen",
        BarrierKind.LackOfCapacity => "Gebrek aan tijd en capaciteit",
        BarrierKind.StaffTurnover => "Personeelsverloop",
        _ => throw Unknown(kind),
    };

    /// <summary>Label of an experiment status.</summary>
    public static string For(ExperimentStatus status) => status switch
    {
        ExperimentStatus.Planned => "Gepland",
        ExperimentStatus.Running => "Loopt",
        ExperimentStatus.Completed => "Afgerond",
        ExperimentStatus.Stopped => "Gestopt",
        ExperimentStatus.Mainstreamed => "In regulier beleid",
        _ => throw Unknown(status),
    };

    /// <summary>Label of a position on the X-curve.</summary>
    public static string For(XCurvePosition position) => position switch
    {
        XCurvePosition.PreDevelopment => "Voorontwikkeling",
        XCurvePosition.TakeOff => "Start",
        XCurvePosition.Acceleration => "Versnelling",
        XCurvePosition.Stabilisation => "Stabilisatie",
        _ => throw Unknown(position),
    };

    /// <summary>Label of a lifecycle stage.</summary>
    public static string For(LifecycleStage stage) => stage switch
    {
        LifecycleStage.Idea => "Idee",
        LifecycleStage.Pilot => "Pilot",
        LifecycleStage.Consolidation => "Verankeren",
        LifecycleStage.Scaling => "Opschalen",
        LifecycleStage.Mainstream => "Regulier",
        _ => throw Unknown(stage),
    };

    /// <summary>Label of a participant role.</summary>
    public static string For(ParticipantRole role) => role switch
    {
        ParticipantRole.Frontrunner => "Koploper",
        ParticipantRole.Professional => "Professional",
        ParticipantRole.Resident => "Bewoner of ervaringsdeskundige",
        ParticipantRole.MunicipalityPolicy => "Beleidsmedewerker gemeente",
        ParticipantRole.RegimeActor => "Iemand uit het bestaande systeem",
        ParticipantRole.CourseParticipant => "Cursist",
        _ => throw Unknown(role),
    };

    /// <summary>
    /// Label of an evidence level as the frontrunners rate it themselves: named for what was done, never with
    /// the words of a databank's recognition (see <see cref="Recognition"/>).
    /// </summary>
    public static string For(EvidenceLevel level) => level switch
    {
        EvidenceLevel.Described => "Beschreven",
        EvidenceLevel.TheoryOfChange => "Met veranderingstheorie",
        EvidenceLevel.FirstIndications => "Voor- en nameting",
        EvidenceLevel.GoodIndications => "Met vergelijkingsgroep",
        EvidenceLevel.StrongIndications => "Onafhankelijk herhaald",
        _ => throw Unknown(level),
    };

    /// <summary>The recognition committee's label for a recognised rung: only for a recorded databank recognition.</summary>
    public static string Recognition(EvidenceLevel level) => level switch
    {
        EvidenceLevel.Described => "Goed beschreven",
        EvidenceLevel.TheoryOfChange => "Goed onderbouwd",
        EvidenceLevel.FirstIndications => "Effectief volgens eerste aanwijzingen",
        EvidenceLevel.GoodIndications => "Effectief volgens goede aanwijzingen",
        EvidenceLevel.StrongIndications => "Effectief volgens sterke aanwijzingen",
        _ => throw Unknown(level),
    };

    /// <summary>An evidence level with its rung on the ladder: "3 – Voor- en nameting".</summary>
    public static string Numbered(EvidenceLevel level) => $"{(int)level} – {For(level)}";

    /// <summary>What a rung of the evidence ladder asks for, for the page that explains the ladder.</summary>
    public static string Requirement(EvidenceLevel level) => level switch
    {
        EvidenceLevel.Described => "het experiment is beschreven",
        EvidenceLevel.TheoryOfChange => "er is een veranderingstheorie",
        EvidenceLevel.FirstIndications => "een voor- en nameting",
        EvidenceLevel.GoodIndications => "een vergelijkingsgroep",
        EvidenceLevel.StrongIndications => "onafhankelijk herhaald onderzoek",
        _ => throw Unknown(level),
    };

    /// <summary>Label of a learning-loop decision.</summary>
    public static string For(LoopDecision decision) => decision switch
    {
        LoopDecision.Persevere => "Doorgaan",
        LoopDecision.Pivot => "Bijsturen",
        LoopDecision.Broaden => "Verbreden",
        LoopDecision.Stop => "Stoppen",
        _ => throw Unknown(decision),
    };

    /// <summary>Label of a hypothesis result.</summary>
    public static string For(HypothesisResult result) => result switch
    {
        HypothesisResult.Confirmed => "Bevestigd",
        HypothesisResult.PartlyConfirmed => "Deels bevestigd",
        HypothesisResult.Refuted => "Weerlegd",
        HypothesisResult.Inconclusive => "Nog niet te zeggen",
        _ => throw Unknown(result),
    };

    /// <summary>Label of a barrier level.</summary>
    public static string For(BarrierLevel level) => level switch
    {
        BarrierLevel.Project => "Project",
        BarrierLevel.Organisation => "Organisatie",
        BarrierLevel.Regime => "Systeem (regime)",
        _ => throw Unknown(level),
    };

    /// <summary>Label of a barrier status.</summary>
    public static string For(BarrierStatus status) => status switch
    {
        BarrierStatus.Open => "Open",
        BarrierStatus.WorkedAround => "Omzeild",
        BarrierStatus.Solved => "Opgelost",
        _ => throw Unknown(status),
    };

    /// <summary>Label of a learning question's status.</summary>
    public static string For(LearningQuestionStatus status) => status switch
    {
        LearningQuestionStatus.Open => "Open",
        LearningQuestionStatus.Answered => "Beantwoord",
        _ => throw Unknown(status),
    };

    /// <summary>Label of a scaling route.</summary>
    public static string For(ScalingRoute route) => route switch
    {
        ScalingRoute.FitAndConform => "Past in de huidige regels",
        ScalingRoute.StretchAndTransform => "Regels moeten veranderen",
        _ => throw Unknown(route),
    };

    /// <summary>Label of a structural plan status.</summary>
    public static string For(StructuralPlanStatus status) => status switch
    {
        StructuralPlanStatus.None => "Geen plan",
        StructuralPlanStatus.InPreparation => "Plan in voorbereiding",
        StructuralPlanStatus.Agreed => "Plan afgesproken",
        _ => throw Unknown(status),
    };

    /// <summary>Label of a steward decision kind.</summary>
    public static string For(DecisionKind kind) => kind switch
    {
        DecisionKind.MarkForScaling => "Aangewezen om op te schalen",
        DecisionKind.Mainstreamed => "Opgenomen in regulier beleid",
        DecisionKind.Stop => "Gestopt",
        DecisionKind.ExternalEvaluation => "Externe evaluatie",
        DecisionKind.DatabankRecognition => "Erkenning door een databank",
        _ => throw Unknown(kind),
    };

    /// <summary>Label of a decision level.</summary>
    public static string For(DecisionLevel level) => level switch
    {
        DecisionLevel.Municipality => "Gemeente",
        DecisionLevel.Region => "Regio",
        DecisionLevel.National => "Landelijk",
        _ => throw Unknown(level),
    };

    /// <summary>Where a decision was taken, as part of a sentence: "gemeente Middelburg", "regio Walcheren", "landelijk".</summary>
    public static string Where(DecisionLevel level, string? area) => (level, string.IsNullOrWhiteSpace(area)) switch
    {
        (DecisionLevel.National, _) => "landelijk",
        (DecisionLevel.Region, false) => $"regio {area!.Trim()}",
        (DecisionLevel.Region, true) => "regionaal",
        (_, false) => $"gemeente {area!.Trim()}",
        _ => "gemeentelijk",
    };

    /// <summary>Label of data reliability.</summary>
    public static string For(DataReliability reliability) => reliability switch
    {
        DataReliability.Low => "Laag (schattingen)",
        DataReliability.Medium => "Redelijk (eigen registratie)",
        DataReliability.High => "Hoog (onafhankelijk gecontroleerd)",
        _ => throw Unknown(reliability),
    };

    /// <summary>Label of an outcome direction.</summary>
    public static string For(OutcomeDirection direction) => direction switch
    {
        OutcomeDirection.Positive => "Positief",
        OutcomeDirection.Neutral => "Geen duidelijke verandering",
        OutcomeDirection.Negative => "Negatief",
        OutcomeDirection.Unknown => "Nog onbekend",
        _ => throw Unknown(direction),
    };

    /// <summary>Label of an agenda item's status.</summary>
    public static string For(AgendaStatus status) => status switch
    {
        AgendaStatus.Signalled => "Gesignaleerd",
        AgendaStatus.OnAgenda => "Geagendeerd",
        AgendaStatus.Changing => "In verandering",
        AgendaStatus.Solved => "Opgelost",
        AgendaStatus.Stays => "Blijft staan",
        _ => throw Unknown(status),
    };

    /// <summary>Label of the level that can change a belemmering.</summary>
    public static string For(ChangeLevel level) => level switch
    {
        ChangeLevel.Municipality => "Gemeente",
        ChangeLevel.Region => "Regio",
        ChangeLevel.National => "Rijk",
        _ => throw Unknown(level),
    };

    private static ArgumentOutOfRangeException Unknown<T>(T value) where T : struct, Enum =>
        new(nameof(value), value, $"No Dutch label for {typeof(T).Name}.{value}.");
}
