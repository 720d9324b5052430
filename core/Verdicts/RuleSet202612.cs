using TransitionLab.Core.Language;

namespace TransitionLab.Core.Verdicts;

/// <summary>
/// Rule set 2026-12 as it was published, kept word for word: verdicts computed with it stay explainable, and
/// <see cref="VerdictEngine"/> can still compute with it (pass <see cref="Published"/>), so a published verdict can be
/// reproduced. Its verdict rules are the current ones without the transition agenda: a regime belemmering solved
/// there does not count.
/// </summary>
internal static class RuleSet202612
{
    public const string Version = "2026-12";

    public const string Introduction =
        "Het oordeel over een experiment rekenen we uit op basis van alle reflecties en de besluiten die een regisseur vastlegde. " + IntroductionAfterSources;

    /// <summary>The introduction after its first sentence (what the verdict is computed from), which 2027-01 keeps as it is.</summary>
    public const string IntroductionAfterSources =
        "Niemand typt het met de hand in. Van elke reflectie telt alleen de laatste versie. We lopen de regels hieronder van boven " +
        "naar beneden langs: de eerste regel die past, bepaalt het oordeel. Bij elk oordeel staan de redenen, met de getallen erbij. " +
        "Wat telt zijn de uitkomsten: gaan de doelen de goede kant op, hoe betrouwbaar zijn de cijfers, en hoe gaat het op elke plek. " +
        "Het bewijsniveau schatten de koplopers zelf in; een erkenning door een databank telt alleen als een regisseur die met de bron vastlegt. " +
        "Naast het oordeel kunnen vlaggen staan: een waarschuwing of een keurmerk. Vlaggen staan los van elkaar en van de volgorde. " +
        "Alleen een vastgelegd besluit van mensen kan een experiment opnemen in regulier beleid.";

    public static IReadOnlyList<VerdictRule> Rules { get; } =
    [
        Verdict(VerdictKind.Mainstreamed, 1,
            "Alleen een vastgelegd besluit maakt een experiment regulier beleid. Het besluit noemt wie besloot en op welk niveau " +
            "(gemeente, regio of landelijk), wanneer en waarom, de structurele eigenaar, de begrotingspost en de startdatum. " +
            "Ontbreekt de eigenaar, de begrotingspost of de startdatum, dan telt het besluit niet. Het laatste besluit telt: een " +
            "later besluit om te stoppen gaat voor een eerder besluit om op te nemen, en andersom. Deze regel gaat voor alle andere.",
            new(ReasonCode.MainstreamDecision, "Het laatste besluit is een volledig besluit om het op te nemen in regulier beleid."),
            new(ReasonCode.MainstreamDecisionIncomplete,
                "Melding: het laatste besluit om op te nemen mist de eigenaar, de begrotingspost of de startdatum en telt daarom niet.")),
        Verdict(VerdictKind.StopAndLearn, 2,
            "Wat niet werkt, stopt u op tijd. Dit oordeel volgt als het laatste besluit een besluit tot stoppen is, als de " +
            "koplopers in de laatste reflectie besloten te stoppen, of als de hypothese in de laatste 2 rondes is weerlegd " +
            "zonder nieuwe aanpak daartussen én de doelen in de laatste gemeten ronde niet beter zijn dan in de ronde ervoor. " +
            "Gaan de doelen wel vooruit, dan is het oordeel 'bijsturen'. Dit oordeel gaat voor 'nog te weinig bewijs': twee " +
            "keer weerlegd zonder betere uitkomsten is ook een uitkomst. De lessen blijven gepubliceerd.",
            new(ReasonCode.StopDecision, "Het laatste besluit is een besluit om te stoppen."),
            new(ReasonCode.LoopDecisionStop, "In de laatste reflectie besloten de koplopers te stoppen."),
            new(ReasonCode.RefutedTwiceOutcomesNotImproving,
                "De hypothese is in de laatste 2 rondes weerlegd, de aanpak is daartussen niet veranderd en de doelen gingen niet vooruit.")),
        Verdict(VerdictKind.Adjust, 3,
            "Een weerlegde hypothese zegt dat de uitleg niet klopt, niet dat de aanpak niet werkt. Is de hypothese in de laatste " +
            "2 rondes weerlegd zonder nieuwe aanpak daartussen, maar gaan de doelen in de laatste gemeten ronde vooruit ten " +
            "opzichte van de ronde ervoor, dan is het oordeel: bijsturen. Pas de hypothese of de aanpak aan; stoppen is niet nodig.",
            new VerdictCondition(ReasonCode.RefutedTwiceOutcomesImproving, "De hypothese is in de laatste 2 rondes weerlegd, maar de doelen gingen vooruit.")),
        Verdict(VerdictKind.InsufficientEvidence, 4,
            "We oordelen pas als er genoeg is om naar te kijken: minstens 3 reflecties, samen minstens 6 maanden, en " +
            "minstens één keer een bewoner of ervaringsdeskundige aan tafel. De 6 maanden tellen we van de vroegste " +
            "begindatum tot de laatste einddatum van de periodes waarover is gereflecteerd: 1 januari tot 1 juli is precies " +
            "6 maanden en is genoeg. Elke voorwaarde die ontbreekt, staat als reden bij het oordeel.",
            new(ReasonCode.TooFewReflections, "Er zijn minder dan 3 reflecties."),
            new(ReasonCode.SpanUnderSixMonths, "De reflecties beslaan samen minder dan 6 maanden."),
            new(ReasonCode.NoResidentPerspective, "Bij geen enkele reflectie was een bewoner of ervaringsdeskundige.")),
        Verdict(VerdictKind.Deepen, 5,
            "Leer eerst beter wat hier werkt, voordat een andere plek het overneemt. Dit oordeel volgt als een van deze dingen " +
            "geldt: het bewijsniveau dat de koplopers zelf inschatten is 1; de werkzame kern zegt niet welke onderdelen (minstens 2) " +
            "altijd hetzelfde blijven en voor wie de aanpak is, of wat per plek mag verschillen; op een plek gaat de uitkomst de " +
            "verkeerde kant op; de doelen gingen niet in de laatste 2 gemeten rondes allebei de goede kant op (en de laatste niet " +
            "achteruit); of de cijfers zijn schattingen en er is geen externe evaluatie vastgelegd. Waar een reflectie de uitkomst " +
            "vergelijkt met de gewone aanpak (dezelfde uitkomst zonder het experiment), meten we de vooruitgang tegen die gewone " +
            "aanpak: het nieuwe hoeft het niet beter te doen dan het oude vanaf nul.",
            new(ReasonCode.EvidenceBelow2, "Het bewijsniveau dat de koplopers zelf inschatten is lager dan 2."),
            new(ReasonCode.WorkingCoreLacksSubstance, "De werkzame kern zegt niet welke onderdelen vast staan, voor wie, of wat per plek mag verschillen."),
            new(ReasonCode.NegativeOutcomeInPlace, "Op minstens één plek gaat de uitkomst de verkeerde kant op."),
            new(ReasonCode.OutcomesNotShown, "De doelen gingen niet in 2 gemeten rondes na elkaar de goede kant op."),
            new(ReasonCode.DataNotReliable, "De cijfers zijn schattingen en er is geen externe evaluatie vastgelegd.")),
        Verdict(VerdictKind.ReadyToScaleStretchAndTransform, 6,
            "Het werkt en er is een eigenaar, maar een regel moet veranderen (regels, geld of inkoop). Voorwaarden: de doelen " +
            "gingen in de laatste 2 gemeten rondes de goede kant op; de cijfers zijn minstens een eigen registratie, of er is " +
            "een externe evaluatie met bron; nergens gaat het de verkeerde kant op; een structurele eigenaar in de laatste " +
            "reflectie; en de route is 'regels moeten veranderen'. Dat is zo als de koplopers die route kozen, of als er op " +
            "systeemniveau een belemmering open staat, of als die alleen omzeild is met een tijdelijke uitzondering (zoals een " +
            "experimenteerbepaling of een ontheffing): als die stopt, moet de regel alsnog veranderen. Zeggen de koplopers " +
            "'past in de huidige regels' en de feiten iets anders, dan staat dat erbij. De laatste reflectie noemt welke regel moet veranderen.",
            new(ReasonCode.OutcomesTowardTarget, "De doelen gingen in de laatste 2 gemeten rondes de goede kant op."),
            new(ReasonCode.DataReliableEnough, "De cijfers van die rondes zijn minstens een eigen registratie."),
            new(ReasonCode.ExternalEvaluationLinked, "Een regisseur legde een externe evaluatie vast, met de bron."),
            new(ReasonCode.StructuralOwnerNamed, "De laatste reflectie noemt een structurele eigenaar."),
            new(ReasonCode.DeclaredStretchAndTransform, "De koplopers kozen de route 'regels moeten veranderen'."),
            new(ReasonCode.RegimeBarrierInTheWay, "Een belemmering staat op systeemniveau open."),
            new(ReasonCode.TemporaryExemption, "Een belemmering op systeemniveau is alleen omzeild met een tijdelijke uitzondering."),
            new(ReasonCode.RouteDisagreesWithFacts, "De koplopers kozen 'past in de huidige regels', maar een belemmering zegt iets anders."),
            new(ReasonCode.RuleChangesNamed, "De laatste reflectie noemt welke regels, financiering of inkoop moeten veranderen.")),
        Verdict(VerdictKind.ReadyToScaleFitAndConform, 7,
            "Het werkt, er is een eigenaar en er staat geen regel in de weg: het kan binnen de huidige regels een vast onderdeel " +
            "worden. Voorwaarden: dezelfde uitkomsten, cijfers en eigenaar als hierboven; de koplopers kozen de route 'past in de " +
            "huidige regels'; en in de laatste reflectie staat geen belemmering op systeemniveau open en is er geen alleen omzeild.",
            new(ReasonCode.OutcomesTowardTarget, "De doelen gingen in de laatste 2 gemeten rondes de goede kant op."),
            new(ReasonCode.DataReliableEnough, "De cijfers van die rondes zijn minstens een eigen registratie."),
            new(ReasonCode.ExternalEvaluationLinked, "Een regisseur legde een externe evaluatie vast, met de bron."),
            new(ReasonCode.StructuralOwnerNamed, "De laatste reflectie noemt een structurele eigenaar."),
            new(ReasonCode.DeclaredFitAndConform, "De koplopers kozen de route 'past in de huidige regels'."),
            new(ReasonCode.NoRegimeRuleInTheWay, "Geen belemmering op systeemniveau staat open of is alleen omzeild.")),
        Verdict(VerdictKind.Broaden, 8,
            "Het werkt, maar om op te schalen ontbreekt nog iets. Dit oordeel volgt als geen regel hierboven geldt. We adviseren " +
            "niet om het op nog meer plekken te proberen; de redenen zeggen wat echt ontbreekt: iemand die het structureel gaat " +
            "dragen, of de naam van de regel die moet veranderen.",
            new(ReasonCode.NoStructuralOwner, "De laatste reflectie noemt geen structurele eigenaar."),
            new(ReasonCode.DeclaredStretchAndTransform, "De koplopers kozen de route 'regels moeten veranderen'."),
            new(ReasonCode.RegimeBarrierInTheWay, "Een belemmering staat op systeemniveau open."),
            new(ReasonCode.TemporaryExemption, "Een belemmering op systeemniveau is alleen omzeild met een tijdelijke uitzondering."),
            new(ReasonCode.RouteDisagreesWithFacts, "De koplopers kozen 'past in de huidige regels', maar een belemmering zegt iets anders."),
            new(ReasonCode.RuleChangeNotNamed, "Er moet een regel veranderen, maar de laatste reflectie noemt niet welke.")),
        Flag(VerdictFlag.PilotCliff,
            "Een pilot zonder plan en geld om structureel te worden, verspilt geld en mensen. Geld voor een jaar regelt de " +
            "gemeente in het voorjaar ervoor (kadernota of voorjaarsnota) en legt ze in het najaar vast in de begroting. Daarom " +
            "gaat de vlag aan vanaf 18 maanden voordat het geld stopt (precies 18 maanden telt mee), als er geen afgesproken " +
            "structureel plan is en geen besluit om op te schalen. De vlag noemt het begrotingsmoment dat nog open is. De " +
            "einddatum komt uit de laatste reflectie, anders uit de beschrijving van het experiment. Niet bij 'opgenomen in " +
            "regulier beleid' en 'stoppen en leren'. Is het geld al gestopt, dan staat er de vlag 'geld gestopt zonder structureel plan'.",
            new(ReasonCode.FundingEndsWithin18Months, "Het geld stopt binnen 18 maanden."),
            new(ReasonCode.BudgetMomentOpen, "Het begrotingsmoment dat nog open is: de voorjaarsnota of de begroting."),
            new(ReasonCode.BudgetMomentPassed, "Voorjaarsnota en begroting voor het jaar na de pilot zijn al voorbij."),
            new(ReasonCode.NoAgreedStructuralPlan, "Er is geen afgesproken plan om het structureel te maken.")),
        Flag(VerdictFlag.Expired,
            "Een oordeel op oud bewijs zegt weinig meer. De vlag gaat aan als er 3 jaar geen nieuwe reflectie is bij " +
            "bewijsniveau 1 of 2, of 5 jaar bij niveau 3 of hoger. Precies 3 of 5 jaar telt mee. Is er nog nooit " +
            "gereflecteerd, dan tellen we vanaf de startdatum van het experiment.",
            new(ReasonCode.NoReflectionFor3Years, "Bewijsniveau 1 of 2 en al 3 jaar of langer geen nieuwe reflectie."),
            new(ReasonCode.NoReflectionFor5Years, "Bewijsniveau 3 of hoger en al 5 jaar of langer geen nieuwe reflectie.")),
        Flag(VerdictFlag.DatabankReady,
            "Het experiment haalt de instapeisen van de Nederlandse databanken voor interventies: het loopt op minstens " +
            "2 plekken, de werkzame kern zegt in de laatste reflectie welke onderdelen vast staan en voor wie, en wat per plek " +
            "mag verschillen, en er is een procesevaluatie gedaan. Dit is geen erkenning: die geeft alleen de databank zelf.",
            new(ReasonCode.TwoOrMoreContexts, "Het experiment loopt op minstens 2 plekken."),
            new(ReasonCode.WorkingCoreComplete, "De werkzame kern is volledig beschreven."),
            new(ReasonCode.ProcessEvaluationDone, "Er is een procesevaluatie gedaan.")),
        Flag(VerdictFlag.FundingEndedWithoutPlan,
            "Het projectgeld is gestopt en er was geen afgesproken plan of besluit om het structureel te maken. Dat zeggen we " +
            "zoals het is; een pilot waarvan het geld al stopte, is geen pilot die 'binnenkort' stopt. Niet bij 'opgenomen in " +
            "regulier beleid' en 'stoppen en leren'.",
            new(ReasonCode.FundingEnded, "De einddatum van het geld is voorbij."),
            new(ReasonCode.NoAgreedStructuralPlan, "Er is geen afgesproken plan om het structureel te maken.")),
        Flag(VerdictFlag.NoExitPlan,
            "Wie met tijdelijk geld begint, spreekt vanaf het begin af wat er gebeurt als het stopt: structureel maken of netjes " +
            "afbouwen. De vlag gaat aan vanaf de eerste reflectie als het geld een einddatum heeft en de laatste reflectie 'geen plan' zegt.",
            new VerdictCondition(ReasonCode.NoPlanForAfterThePilot, "Tijdelijk geld en in de laatste reflectie geen plan voor daarna.")),
        Flag(VerdictFlag.MarkedForScaling,
            "Een regisseur legde een besluit vast om dit op te schalen, met eigenaar, begrotingspost en startdatum, op het niveau " +
            "van een gemeente, een regio of landelijk. Zo'n besluit telt als plan met geld: de pilotklif gaat dan uit. Een later " +
            "besluit om te stoppen trekt het in.",
            new VerdictCondition(ReasonCode.MarkForScalingDecision, "Er is een volledig besluit om op te schalen.")),
        Flag(VerdictFlag.DatabankRecognised,
            "Alleen een databank (zoals die van Movisie of het NJi) erkent een interventie, met woorden als 'goed onderbouwd'. " +
            "Die woorden gebruiken we alleen als een regisseur de erkenning vastlegt met de bron. Het bewijsniveau in een " +
            "reflectie is een eigen inschatting van de koplopers.",
            new VerdictCondition(ReasonCode.DatabankRecognition, "Een regisseur legde een erkenning door een databank vast, met de bron.")),
    ];

    private static VerdictRule Verdict(VerdictKind kind, int precedence, string explanation, params VerdictCondition[] conditions) =>
        new(kind.ToCode(), kind, null, precedence, DutchLabels.For(kind), explanation, conditions);

    private static VerdictRule Flag(VerdictFlag flag, string explanation, params VerdictCondition[] conditions) =>
        new(flag.ToCode(), null, flag, null, DutchLabels.For(flag), explanation, conditions);

    public static VerdictRuleSetVersion Published { get; } = new(Version, Introduction, Rules);
}
