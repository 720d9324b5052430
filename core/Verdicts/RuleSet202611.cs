using TransitionLab.Core.Language;

namespace TransitionLab.Core.Verdicts;

/// <summary>
/// Rule set 2026-11 as it was published, kept word for word so a verdict computed with it (in an export, a
/// snapshot or a screenshot) can still be explained. Nothing computes with it any more.
/// </summary>
internal static class RuleSet202611
{
    public const string Version = "2026-11";

    public const string Introduction =
        "Het oordeel over een experiment rekenen we uit op basis van alle reflecties. Niemand typt het met de hand in. " +
        "Van elke reflectie telt alleen de laatste versie. We lopen de regels hieronder van boven naar beneden langs: " +
        "de eerste regel die past, bepaalt het oordeel. Bij elk oordeel staan de redenen, met de getallen erbij. " +
        "Naast het oordeel kunnen vlaggen staan: een waarschuwing of een keurmerk. Vlaggen staan los van elkaar en van " +
        "de volgorde. Alleen een vastgelegd besluit van mensen kan een experiment opnemen in regulier beleid.";

    public static IReadOnlyList<VerdictRule> Rules { get; } =
    [
        Verdict(VerdictKind.Mainstreamed, 1,
            "Alleen een vastgelegd besluit maakt een experiment regulier beleid. Het besluit noemt wie besloot, wanneer " +
            "en waarom, de structurele eigenaar, de begrotingspost en de startdatum. Ontbreekt de eigenaar, de " +
            "begrotingspost of de startdatum, dan telt het besluit niet. Het laatste besluit telt: een later besluit om " +
            "te stoppen gaat voor een eerder besluit om op te nemen, en andersom. Deze regel gaat voor alle andere.",
            new(ReasonCode.MainstreamDecision, "Het laatste besluit is een volledig besluit om het op te nemen in regulier beleid."),
            new(ReasonCode.MainstreamDecisionIncomplete,
                "Melding: het laatste besluit om op te nemen mist de eigenaar, de begrotingspost of de startdatum en telt daarom niet.")),
        Verdict(VerdictKind.StopAndLearn, 2,
            "Wat niet werkt, stop je op tijd. Dit oordeel volgt als het laatste besluit een besluit tot stoppen is, als de " +
            "koplopers in de laatste reflectie besloten te stoppen, of als de hypothese in de laatste 2 cycli is weerlegd " +
            "zonder dat de aanpak daartussen veranderde. Een nieuwe aanpak na de voorlaatste cyclus voorkomt dit oordeel; " +
            "een nieuwe aanpak die pas na de laatste cyclus is gekozen, telt als de volgende cyclus hem test. Dit oordeel " +
            "gaat voor 'nog te weinig bewijs': twee keer weerlegd is ook een uitkomst. De lessen blijven gepubliceerd.",
            new(ReasonCode.StopDecision, "Het laatste besluit is een besluit om te stoppen."),
            new(ReasonCode.LoopDecisionStop, "In de laatste reflectie besloten de koplopers te stoppen."),
            new(ReasonCode.RefutedTwiceWithoutPivot,
                "De hypothese is in de laatste 2 cycli weerlegd en na de voorlaatste cyclus is de aanpak niet veranderd.")),
        Verdict(VerdictKind.InsufficientEvidence, 3,
            "We oordelen pas als er genoeg is om naar te kijken: minstens 3 reflecties, samen minstens 6 maanden, en " +
            "minstens één keer een bewoner of ervaringsdeskundige aan tafel. De 6 maanden tellen we van de vroegste " +
            "begindatum tot de laatste einddatum van de periodes waarover is gereflecteerd: 1 januari tot 1 juli is precies " +
            "6 maanden en is genoeg. Van elke reflectie telt alleen de laatste versie. Elke voorwaarde die ontbreekt, staat " +
            "als reden bij het oordeel.",
            new(ReasonCode.TooFewReflections, "Er zijn minder dan 3 reflecties."),
            new(ReasonCode.SpanUnderSixMonths, "De reflecties beslaan samen minder dan 6 maanden."),
            new(ReasonCode.NoResidentPerspective, "Bij geen enkele reflectie was een bewoner of ervaringsdeskundige."))
        ,
        Verdict(VerdictKind.Deepen, 4,
            "Leer eerst beter wat hier werkt. Dit oordeel volgt als het bewijsniveau in de laatste reflectie 1 is (alleen " +
            "beschreven), of als de werkzame kern in de laatste reflectie niet volledig is beschreven: wat vast staat en wat " +
            "per plek mag verschillen.",
            new(ReasonCode.EvidenceBelow2, "Het bewijsniveau in de laatste reflectie is lager dan 2."),
            new(ReasonCode.WorkingCoreIncomplete, "De werkzame kern is in de laatste reflectie niet volledig beschreven.")),
        Verdict(VerdictKind.ReadyToScaleStretchAndTransform, 5,
            "Het werkt en er is een eigenaar, maar een barrière in het systeem (regels, geld of inkoop) staat al minstens " +
            "2 cycli achter elkaar open. Opschalen kan dan alleen als die regels veranderen. Voorwaarden: bewijsniveau 3 of " +
            "hoger, of niveau 2 met minstens 2 plekken waar de uitkomst positief is; een structurele eigenaar in de laatste " +
            "reflectie; dezelfde soort barrière open op systeemniveau in de laatste 2 of meer reflecties. Noemt de laatste " +
            "reflectie niet welke regels moeten veranderen, dan vragen we daarom.",
            new(ReasonCode.Evidence3OrMore, "Het bewijsniveau in de laatste reflectie is 3 of hoger."),
            new(ReasonCode.Evidence2WithTwoPositiveContexts, "Bewijsniveau 2 en op minstens 2 plekken een positieve uitkomst."),
            new(ReasonCode.StructuralOwnerNamed, "De laatste reflectie noemt een structurele eigenaar."),
            new(ReasonCode.RegimeBarrierOpenTwoCycles,
                "Dezelfde soort barrière staat op systeemniveau open in de laatste 2 of meer reflecties."),
            new(ReasonCode.RuleChangesNamed, "De laatste reflectie noemt welke regels, financiering of inkoop moeten veranderen."),
            new(ReasonCode.RuleChangesMissing, "De laatste reflectie noemt nog niet welke regels moeten veranderen.")),
        Verdict(VerdictKind.ReadyToScaleFitAndConform, 6,
            "Het werkt, er is een eigenaar en er staat geen barrière in het systeem open: het kan binnen de huidige regels " +
            "een vast onderdeel worden. Voorwaarden: bewijsniveau 3 of hoger in de laatste reflectie, of niveau 2 met " +
            "minstens 2 plekken waar de uitkomst positief is; een structurele eigenaar in de laatste reflectie; geen open " +
            "barrière op systeemniveau in de laatste reflectie. Bij bewijsniveau 3 of hoger is één plek genoeg.",
            new(ReasonCode.Evidence3OrMore, "Het bewijsniveau in de laatste reflectie is 3 of hoger."),
            new(ReasonCode.Evidence2WithTwoPositiveContexts, "Bewijsniveau 2 en op minstens 2 plekken een positieve uitkomst."),
            new(ReasonCode.StructuralOwnerNamed, "De laatste reflectie noemt een structurele eigenaar."),
            new(ReasonCode.NoOpenRegimeBarrier, "In de laatste reflectie staat geen barrière op systeemniveau open.")),
        Verdict(VerdictKind.Broaden, 7,
            "Er is een onderbouwing (bewijsniveau 2 of hoger) en de werkzame kern is beschreven, maar opschalen kan nog " +
            "niet. Herhaal het op andere plekken of verbind het met andere domeinen, en regel wat nog ontbreekt. Dit " +
            "oordeel volgt als geen regel hierboven geldt. De redenen zeggen wat ontbreekt.",
            new(ReasonCode.SingleContext, "Het experiment loopt op één plek (of er is nog geen plek vastgelegd)."),
            new(ReasonCode.OutcomeDirectionNotShared,
                "Bewijsniveau 2 op meerdere plekken, maar op minder dan 2 plekken is de uitkomst positief."),
            new(ReasonCode.NoStructuralOwner, "De laatste reflectie noemt geen structurele eigenaar."),
            new(ReasonCode.OpenRegimeBarrier, "In de laatste reflectie staat een barrière op systeemniveau open.")),
        Flag(VerdictFlag.PilotCliff, "Pilotklif: geld stopt binnenkort",
            "Een pilot zonder plan en geld om structureel te worden, verspilt geld en mensen. De vlag gaat aan als het geld " +
            "binnen 6 maanden stopt (precies 6 maanden telt mee) of al gestopt is, en er geen afgesproken structureel plan " +
            "is. De einddatum komt uit de laatste reflectie; staat daar geen datum, dan uit de beschrijving van het " +
            "experiment. Niet bij de oordelen 'opgenomen in regulier beleid' en 'stoppen en leren'.",
            new(ReasonCode.FundingEndsWithin6Months, "Het geld stopt binnen 6 maanden, of is al gestopt."),
            new(ReasonCode.NoAgreedStructuralPlan, "Er is geen afgesproken plan om het structureel te maken.")),
        Flag(VerdictFlag.Expired, "Verlopen: lang geen reflectie",
            "Een oordeel op oud bewijs zegt weinig meer. De vlag gaat aan als er 3 jaar geen nieuwe reflectie is bij " +
            "bewijsniveau 1 of 2, of 5 jaar bij niveau 3 of hoger. Precies 3 of 5 jaar telt mee. Is er nog nooit " +
            "gereflecteerd, dan tellen we vanaf de startdatum van het experiment.",
            new(ReasonCode.NoReflectionFor3Years, "Bewijsniveau 1 of 2 en al 3 jaar of langer geen nieuwe reflectie."),
            new(ReasonCode.NoReflectionFor5Years, "Bewijsniveau 3 of hoger en al 5 jaar of langer geen nieuwe reflectie.")),
        Flag(VerdictFlag.DatabankReady, "Klaar voor een databank",
            "Het experiment haalt de instapeisen van de Nederlandse databanken voor interventies: het loopt op minstens " +
            "2 plekken, de werkzame kern is in de laatste reflectie volledig beschreven en er is een procesevaluatie gedaan.",
            new(ReasonCode.TwoOrMoreContexts, "Het experiment loopt op minstens 2 plekken."),
            new(ReasonCode.WorkingCoreComplete, "De werkzame kern is volledig beschreven."),
            new(ReasonCode.ProcessEvaluationDone, "Er is een procesevaluatie gedaan.")),
    ];

    private static VerdictRule Verdict(VerdictKind kind, int precedence, string explanation, params VerdictCondition[] conditions) =>
        new(kind.ToCode(), kind, null, precedence, DutchLabels.For(kind), explanation, conditions);

    private static VerdictRule Flag(VerdictFlag flag, string title, string explanation, params VerdictCondition[] conditions) =>
        new(flag.ToCode(), null, flag, null, title, explanation, conditions);

    public static VerdictRuleSetVersion Published { get; } = new(Version, Introduction, Rules);
}
