using System.Globalization;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Site.Text;

/// <summary>
/// Every word a visitor reads, in plain Dutch (B1), so wording and tone can be checked and changed in
/// one file. Components never hold their own Dutch strings.
/// </summary>
public static class Dutch
{
    /// <summary>Culture for dates ("23 november 2026") and numbers (decimal comma).</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("nl-NL");

    public const string SiteName = "TransitionLab";
    public const string SiteTagline = "Experimenten in het sociaal domein die werken, en hoe ze blijven";
    public const string SkipLink = "Naar de inhoud";
    public const string MainNavigation = "Hoofdmenu";
    public const string FooterNavigation = "Over deze site";

    public const string NavExperiments = "Experimenten";
    public const string NavThemes = "Thema's";
    public const string NavMunicipalities = "Gemeenten";
    public const string NavConcepts = "Begrippen";
    public const string NavCourse = "Cursus";
    public const string NavWhatWorks = "Wat werkt";
    public const string NavSearch = "Zoeken";

    public const string HomeIntro = "TransitionLab helpt gemeenten om pilots in het sociaal domein te houden die werken. Koplopers beschrijven hun experimenten en kijken er regelmatig samen op terug. Zo ziet iedereen wat werkt, wat nog moet groeien en welke pilots hun geld dreigen te verliezen.";
    public const string HomeLatest = "Nieuwste experimenten";
    public const string HomeAllExperiments = "Alle experimenten";
    public const string HomeExplore = "Verder lezen";
    public const string HomeThemesLink = "Experimenten per thema";
    public const string HomeCourseLink = "Cursus transitiemanagement";
    public const string HomeConceptsLink = "Begrippen uitgelegd";

    public const string ExperimentsTitle = "Experimenten";
    public const string ExperimentsDescription = "Alle experimenten en pilots in de catalogus, te filteren op thema, gemeente, status en plek op de X-curve.";
    public const string ExperimentsNone = "Er zijn hier (nog) geen experimenten.";
    public const string ExperimentsAll = "Alle experimenten";
    public const string FilterHeading = "Filter";
    public const string FilterAny = "Alle";
    public const string FilterApply = "Toon";
    public const string FilterCount = "experimenten getoond";
    public const string FacetTheme = "Thema";
    public const string FacetMunicipality = "Gemeente";
    public const string FacetStatus = "Status";
    public const string FacetXCurve = "Plek op de X-curve";

    public static string ExperimentsCount(int count) => count == 1 ? "1 experiment" : $"{count} experimenten";
    public static string FacetTitle(string facet, string value) => $"Experimenten – {facet.ToLower(Culture)}: {value}";
    public static string FacetDescription(string facet, string value) => $"Experimenten met {facet.ToLower(Culture)} {value}.";

    public const string FieldSummary = "Samenvatting";
    public const string FieldMunicipality = "Gemeente";
    public const string FieldRegion = "Regio";
    public const string FieldThemes = "Thema's";
    public const string FieldStatus = "Status";
    public const string FieldStartDate = "Gestart op";
    public const string FieldFundingSource = "Financiering";
    public const string FieldFundingEnd = "Geld stopt op";
    public const string FieldFundingStructural = "Structureel (geen einddatum)";
    public const string FieldFrontrunners = "Koplopers";
    public const string FieldPartners = "Partners";
    public const string FieldXCurve = "Plek op de X-curve";
    public const string FieldStage = "Fase";
    public const string FieldConcepts = "Begrippen";
    public const string FieldUpdated = "Bijgewerkt op";
    public const string Facts = "Gegevens";
    public const string Goals = "Doelen";
    public const string GoalsCaption = "Doelen van dit experiment: beginwaarde en streefwaarde";
    public const string GoalDescription = "Doel";
    public const string GoalTargetGroup = "Voor wie";
    public const string GoalUnit = "Eenheid";
    public const string GoalBaseline = "Begin";
    public const string GoalTarget = "Streven";
    public const string GoalCurrent = "Nu";
    public const string Links = "Meer lezen";
    public const string Description = "Beschrijving";

    public const string Reflections = "Reflecties";
    public const string ReflectionCycle = "Ronde";
    public const string ReflectionDate = "Datum";
    public const string ReflectionEvidence = "Bewijsniveau";
    public const string ReflectionDecision = "Besluit";
    public const string ReflectionGoals = "Voortgang op de doelen";
    public static string ReflectionHeading(int cycle, DateOnly date) => $"Ronde {cycle}, {Date(date)}";

    public const string ReflectionFormHeading = "Reflectie toevoegen";
    public const string ReflectionFormNote = "Alleen koplopers van dit experiment kunnen een reflectie toevoegen. U hebt daarvoor een koploperssleutel nodig. Schrijf nooit gegevens over cliënten op, zoals een naam, BSN, e-mailadres of telefoonnummer.";
    public const string FormKey = "Koploperssleutel";
    public const string FormCycle = "Ronde (nummer)";
    public const string FormDate = "Datum van de reflectie";
    public const string FormPeriodStart = "Periode van";
    public const string FormPeriodEnd = "Periode tot en met";
    public const string FormHypothesis = "Wat testten we?";
    public const string FormWeBelieve = "Wij denken dat …";
    public const string FormToVerify = "Om dat te toetsen gaan we …";
    public const string FormWeMeasure = "We meten …";
    public const string FormWeAreRightIf = "We hebben gelijk als …";
    public const string FormLoop = "Wat leerden we?";
    public const string FormObserved = "We zagen …";
    public const string FormLearned = "We leerden …";
    public const string FormTherefore = "Daarom gaan we …";
    public const string FormDecision = "Besluit";
    public const string FormEvidence = "Bewijsniveau";
    public const string FormSubmit = "Reflectie opslaan";

    public const string ThemesTitle = "Thema's";
    public const string ThemesDescription = "De thema's van het sociaal domein waarin experimenten lopen.";
    public const string ThemeExperiments = "Experimenten in dit thema";

    public const string MunicipalitiesTitle = "Gemeenten";
    public const string MunicipalitiesDescription = "Gemeenten met experimenten in de catalogus.";
    public static string MunicipalityDescription(string name) => $"Experimenten in de gemeente {name}.";

    public const string ConceptsTitle = "Begrippen";
    public const string ConceptsDescription = "Begrippen uit transitiemanagement, kort en helder uitgelegd.";
    public const string ConceptAliases = "Ook wel";
    public const string ConceptRelated = "Verwante begrippen";
    public const string ConceptExperiments = "Experimenten bij dit begrip";
    public const string ConceptModules = "In de cursus";

    public const string CourseTitle = "Cursus transitiemanagement";
    public const string CourseDescription = "Een cursus voor beleidsmakers over transities in het sociaal domein, in modules.";
    public const string CourseReaderTitle = "Cursusreader";
    public const string CourseReaderDescription = "Alle modules van de cursus op één pagina, om te printen of als PDF te bewaren.";
    public const string CourseReaderLink = "Alle modules op één pagina (om te printen)";
    public const string ModuleLearningGoals = "Wat u leert";
    public const string ModuleConcepts = "Begrippen";
    public const string ModuleCases = "Voorbeelden uit de praktijk";
    public const string ModuleExercise = "Opdracht";
    public static string ModuleNumber(int order) => $"Module {order}";

    public const string NotFoundTitle = "Pagina niet gevonden";
    public const string NotFoundText = "Deze pagina bestaat niet (meer). Misschien is het adres veranderd.";
    public const string NotFoundHome = "Naar de startpagina";

    public const string WhatWorksTitle = "Wat werkt";
    public const string WhatWorksDescription = "Experimenten die klaar zijn om op te schalen of al in regulier beleid zitten.";
    public const string WhatWorksPending = "TransitionLab berekent straks per experiment een oordeel uit de reflecties. Dat oordeel staat hier nog niet. Hieronder staan de experimenten die volgens hun koplopers al in regulier beleid zijn opgenomen.";
    public const string WhatWorksNone = "Volgens de catalogus is nog geen experiment in regulier beleid opgenomen.";

    public const string PilotsAtRiskTitle = "Pilots in gevaar";
    public const string PilotsAtRiskDescription = "Pilots waarvan het geld binnenkort stopt.";
    public const string PilotsAtRiskPending = "Een pilot is in gevaar als het geld binnen zes maanden stopt en er geen afgesproken plan is om door te gaan. Of er zo'n plan is, blijkt uit de reflecties; die tellen hier nog niet mee. Hieronder staan de lopende experimenten waarvan het geld volgens de catalogus binnen zes maanden stopt.";
    public const string PilotsAtRiskNone = "Volgens de catalogus stopt bij geen enkel lopend experiment het geld binnen zes maanden.";

    public const string BarriersTitle = "Belemmeringen";
    public const string BarriersDescription = "Welke belemmeringen koplopers tegenkomen, geteld uit hun reflecties.";
    public const string BarriersIntro = "Koplopers noemen in hun reflecties de belemmeringen die ze tegenkomen. Hier tellen we per soort in hoeveel experimenten die belemmering genoemd is.";
    public const string BarriersNone = "Er zijn nog geen reflecties vastgelegd. De telling volgt zodra die er zijn.";
    public const string BarrierKindHeader = "Belemmering";
    public const string BarrierCountHeader = "Aantal experimenten";

    public const string HowWeJudgeTitle = "Hoe wij beoordelen";
    public const string HowWeJudgeDescription = "Hoe TransitionLab uit reflecties een oordeel over opschalen berekent.";
    public const string HowWeJudgePending = "TransitionLab berekent het oordeel uit alle reflecties van een experiment. Niemand typt het met de hand in. De regels publiceren we op deze pagina zodra de berekening in gebruik is.";
    public const string EvidenceLadder = "De bewijsladder";
    public const string EvidenceLadderIntro = "Elke reflectie geeft aan hoe sterk het bewijs is, op dezelfde ladder als de Nederlandse databanken voor interventies:";

    public const string XCurveTitle = "De X-curve";
    public const string XCurveDescription = "Waar de experimenten staan op de opbouwkant van de X-curve.";
    public const string XCurveIntro = "Op de X-curve breekt het oude systeem af, terwijl iets nieuws opkomt. Het nieuwe gaat door vier fasen: voorontwikkeling, start, versnelling en stabilisatie. Hier staat elk experiment in de fase die in de catalogus staat.";
    public const string XCurveFigure = "Experimenten per fase op de X-curve";
    public const string XCurveTableCaption = "Experimenten per fase op de X-curve (tabel)";
    public const string XCurvePhase = "Fase";
    public const string XCurveExperiments = "Experimenten";

    public const string SearchTitle = "Zoeken";
    public const string SearchDescription = "Zoek in experimenten, thema's, begrippen en de cursus.";
    public const string SearchLabel = "Zoekwoord";
    public const string SearchButton = "Zoeken";
    public const string SearchNoScript = "Zoeken werkt het best met JavaScript aan. Zonder JavaScript kunt u bladeren via de lijsten hieronder.";
    public const string SearchResults = "Resultaten";

    public const string FeedTitle = "TransitionLab: nieuwe en gewijzigde experimenten";

    /// <summary>"23 november 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>"23 november 2026".</summary>
    public static string Date(DateTimeOffset moment) => Date(DateOnly.FromDateTime(moment.UtcDateTime));

    /// <summary>Decimal comma, no trailing zeros: 4,5 and 20.</summary>
    public static string Number(decimal value) => value.ToString("0.##", Culture);

    public static string Label(ExperimentStatus status) => status switch
    {
        ExperimentStatus.Planned => "Gepland",
        ExperimentStatus.Running => "Loopt",
        ExperimentStatus.Completed => "Afgerond",
        ExperimentStatus.Stopped => "Gestopt",
        ExperimentStatus.Mainstreamed => "In regulier beleid",
        _ => status.ToString(),
    };

    public static string Label(XCurvePosition position) => position switch
    {
        XCurvePosition.PreDevelopment => "Voorontwikkeling",
        XCurvePosition.TakeOff => "Start",
        XCurvePosition.Acceleration => "Versnelling",
        XCurvePosition.Stabilisation => "Stabilisatie",
        _ => position.ToString(),
    };

    public static string Label(LifecycleStage stage) => stage switch
    {
        LifecycleStage.Idea => "Idee",
        LifecycleStage.Pilot => "Pilot",
        LifecycleStage.Consolidation => "Verstevigen",
        LifecycleStage.Scaling => "Opschalen",
        LifecycleStage.Mainstream => "Regulier",
        _ => stage.ToString(),
    };

    public static string Label(LoopDecision decision) => decision switch
    {
        LoopDecision.Persevere => "Doorgaan",
        LoopDecision.Pivot => "Bijsturen",
        LoopDecision.Broaden => "Verbreden",
        LoopDecision.Stop => "Stoppen",
        _ => decision.ToString(),
    };

    public static string Label(EvidenceLevel level) => level switch
    {
        EvidenceLevel.Described => "1 – beschreven",
        EvidenceLevel.TheoryOfChange => "2 – veranderingstheorie",
        EvidenceLevel.FirstIndications => "3 – eerste aanwijzingen (voor- en nameting)",
        EvidenceLevel.GoodIndications => "4 – goede aanwijzingen (vergelijkingsgroep)",
        EvidenceLevel.StrongIndications => "5 – sterke aanwijzingen (onafhankelijk herhaald)",
        _ => level.ToString(),
    };

    public static string Label(BarrierKind kind) => kind switch
    {
        BarrierKind.OwnStrengthAsOwnResponsibility => "Eigen kracht verward met eigen verantwoordelijkheid",
        BarrierKind.ReluctanceToAskForHelp => "Moeite met hulp vragen",
        BarrierKind.WeakLinkToInformalNetworks => "Zwakke band met informele netwerken",
        BarrierKind.Silos => "Verkokering",
        BarrierKind.NoMandateForGeneralists => "Geen doorzettingsmacht voor generalisten",
        BarrierKind.DistrustBetweenSpecialistsAndGeneralists => "Wantrouwen tussen specialisten en generalisten",
        BarrierKind.NationalRulesBeatLocalTailoring => "Landelijke regels gaan voor maatwerk",
        BarrierKind.NoInfrastructureForCitizenInitiatives => "Geen sociale infrastructuur voor burgerinitiatieven",
        BarrierKind.RiskAversion => "Risicomijding",
        BarrierKind.ShortTermFunding => "Kortlopend of projectgeld",
        BarrierKind.ProcurementAndMarketForces => "Inkoop en marktwerking",
        BarrierKind.PrivacyAsReasonNotToShare => "Privacy (AVG) als reden om niet te delen",
        BarrierKind.LackOfCapacity => "Gebrek aan tijd en capaciteit",
        BarrierKind.StaffTurnover => "Verloop van personeel",
        _ => kind.ToString(),
    };
}
