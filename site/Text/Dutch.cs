using System.Globalization;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Language;
using TransitionLab.Core.Reflections;

using TransitionLab.Core.Verdicts;

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
    public const string FilterCount = "experimenten getoond";
    public const string FacetTheme = "Thema";
    public const string FacetMunicipality = "Gemeente";
    public const string FacetStatus = "Status";
    public const string FacetXCurve = "Plek op de X-curve";
    public const string FacetVerdict = "Oordeel";
    public const string ExportHeading = "Downloaden";
    public const string ExportCsv = "Alle experimenten met oordeel (CSV, voor Excel)";
    public const string ExportJson = "Alle experimenten met oordeel (JSON)";
    public const string PaginationLabel = "Paginanummers";
    public const string PaginationPrevious = "Vorige pagina";
    public const string PaginationNext = "Volgende pagina";
    public static string PaginationPage(int number) => $"Pagina {number}";
    public static string PaginationOf(int number, int count) => $"pagina {number} van {count}";

    public static string ListFirst(int shown, int total) => $"Hierboven staan de eerste {shown} van {total} experimenten.";
    public static string ExperimentsCount(int count) => count == 1 ? "1 experiment" : $"{count} experimenten";
    public static string FacetTitle(string facet, string value) => $"Experimenten – {facet.ToLower(Culture)}: {value}";
    public static string FacetDescription(string facet, string value) => $"Experimenten met {facet.ToLower(Culture)} {value}.";

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
    public const string FieldSourceStatus = "Bron van deze gegevens";
    public const string SourceStatusCatalogue = "de redactie van TransitionLab (catalogus)";
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
    public const string ReflectionReliability = "Betrouwbaarheid van de cijfers";
    public static string ReflectionRow(string evidence, string hypothesis, string decision) =>
        $"Bewijsniveau {evidence} · hypothese: {hypothesis.ToLowerInvariant()} · besluit: {decision.ToLowerInvariant()}";
    public static string ReflectionRowLearned(string learned) => string.IsNullOrWhiteSpace(learned) ? "" : $"Geleerd: {learned}";
    public static string EarlierReflections(int shown, int total) => $"Deze pagina toont de laatste {shown} van {total} reflecties.";
    public const string AllReflectionsAsData = "Alle reflecties als open data (JSON)";

    public const string Verdict = "Oordeel";
    public const string VerdictWhy = "Waarom dit oordeel";
    public const string VerdictFlags = "Vlaggen";
    public static string VerdictComputed(DateOnly day, string version) => $"Berekend op {Date(day)} uit de reflecties, met versie {version} van de regels.";
    public const string VerdictHowLink = "Zo beoordelen wij";
    public const string VerdictSources = "Waar de feiten vandaan komen";
    public static string Origin(EvidenceOrigin origin) => origin switch
    {
        EvidenceOrigin.SelfReported => "Zelf gerapporteerd",
        EvidenceOrigin.StewardChecked => "Gecontroleerd door een regisseur",
        EvidenceOrigin.Research => "Uit onderzoek",
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, null),
    };
    public const string SourceLink = "bron";
    public const string DemoNoticeLead = "Voorbeeldgegevens:";
    public const string DemoNoticeText = "deze reflecties zijn verzonnen om het platform te laten zien. Ze zeggen niets over wat de genoemde gemeenten echt deden of besloten.";
    public const string ReflectionPeriod = "Periode";
    public const string ReflectionRoles = "Aanwezig";
    public static string Period(DateOnly start, DateOnly end) => $"{Date(start)} tot en met {Date(end)}";
    public const string GoalProgressFigure = "Voortgang per doel, van begin naar streven";
    public static string GoalProgress(decimal baseline, decimal current, decimal target, int percent) =>
        $"{Number(baseline)} → {Number(current)} → {Number(target)} ({percent}% van de weg)";
    public const string OpenBarriers = "Open belemmeringen";
    public const string OpenQuestions = "Open leervragen";
    public const string OpenNone = "Geen.";
    /// <summary>"sinds 14 maart 2024, 2 jaar en 3 maanden open".</summary>
    public static string OpenSince(DateOnly since, DateOnly today)
    {
        // Whole months: the calendar months between the two dates, one fewer if the day of the month is not reached yet.
        var months = (today.Year - since.Year) * 12 + today.Month - since.Month;
        if (months > 0 && since.AddMonths(months) > today) months--;
        months = Math.Max(0, months);
        var parts = new List<string>();
        if (months / 12 > 0) parts.Add($"{months / 12} jaar");
        if (months % 12 > 0) parts.Add(DutchLabels.Months(months % 12));
        if (parts.Count == 0) parts.Add(DutchLabels.Days(Math.Max(0, today.DayNumber - since.DayNumber)));
        return $"sinds {Date(since)}, {DutchLabels.List(parts)} open";
    }

    public const string ReflectionFormHeading = "Reflectie toevoegen";
    public const string ReflectionFormNote = "Alleen koplopers van dit experiment kunnen een reflectie toevoegen. U hebt daarvoor een koploperssleutel nodig. Schrijf nooit gegevens over cliënten op, zoals een naam, BSN, e-mailadres of telefoonnummer.";

    public const string ThemesTitle = "Thema's";
    public const string ThemesDescription = "De thema's van het sociaal domein waarin experimenten lopen.";
    public const string ThemeExperiments = "Experimenten in dit thema";

    public const string MunicipalitiesTitle = "Gemeenten";
    public const string MunicipalitiesDescription = "Gemeenten met experimenten in de catalogus.";
    public static string MunicipalityDescription(string name) => $"Experimenten in de gemeente {name}.";
    public const string MunicipalityExperiments = "Experimenten in deze gemeente";

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
    public const string WhatWorksDescription = "Experimenten die klaar zijn om op te schalen of al in regulier beleid zitten, met wat een gemeente nodig heeft om ze over te nemen.";
    public const string WhatWorksIntro = "Hier staan de experimenten die volgens hun reflecties klaar zijn om op te schalen, en de experimenten die een vastgelegd besluit in regulier beleid heeft opgenomen. Per experiment staat wat een andere gemeente nodig heeft om het over te nemen.";
    public const string WhatWorksNone = "Nog geen experiment is klaar om op te schalen of opgenomen in regulier beleid.";
    public const string WhatWorksFixedCore = "Vaste werkzame kern";
    public const string WhatWorksConditions = "Voorwaarden voor succes";
    public const string WhatWorksRuleChanges = "Regels die moeten veranderen";
    public const string WhatWorksOwner = "Structurele eigenaar";
    public static string WhatWorksMore(int shown, int total) =>
        $"Hier staan de {shown} experimenten met de nieuwste reflectie. In dit thema zijn er {total} die werken. Zoek ze allemaal, per oordeel:";
    public static string WhatWorksSource(int cycle, DateOnly date) => $"Uit de reflectie van ronde {cycle}, {Date(date)}.";
    public const string NotRecorded = "Nog niet vastgelegd";
    public const string NoRuleChanges = "Geen: het past binnen de huidige regels.";

    public const string PilotsAtRiskTitle = "Pilots in gevaar";
    public const string PilotsAtRiskDescription = "Pilots waarvan het geld binnen zes maanden stopt zonder afgesproken plan om door te gaan.";
    public const string PilotsAtRiskIntro = "Een pilot is in gevaar als het geld binnen zes maanden stopt, of al gestopt is, en er geen afgesproken plan is om het structureel te maken. De einddatum komt uit de laatste reflectie, of anders uit de beschrijving. Wie het eerst zonder geld zit, staat bovenaan.";
    public const string PilotsAtRiskNone = "Er is nu geen pilot waarvan het geld binnen zes maanden stopt zonder afgesproken plan.";
    public const string PilotsAtRiskCaption = "Pilots in gevaar, eerst stoppend geld bovenaan";
    public const string ColumnExperiment = "Experiment";
    public const string ColumnMunicipality = "Gemeente";
    public const string ColumnFundingEnd = "Geld stopt op";
    public const string ColumnDaysLeft = "Tijd over";
    public const string ColumnPlan = "Plan om door te gaan";
    public static string DaysLeft(int days) => days switch
    {
        < 0 => $"al {DutchLabels.Days(-days)} gestopt",
        0 => "vandaag",
        _ => $"nog {DutchLabels.Days(days)}",
    };

    public const string BarriersTitle = "Belemmeringen";
    public const string BarriersDescription = "Welke belemmeringen koplopers tegenkomen en hoe lang ze openstaan, geteld uit hun laatste reflecties.";
    public const string BarriersIntro = "Koplopers noemen in hun reflecties de belemmeringen die ze tegenkomen. Hier tellen we per soort in hoeveel experimenten de laatste reflectie die belemmering noemt, op welk niveau, in welke gemeenten en hoe lang ze al openstaat.";
    public const string BarriersRegimeNote = "Belemmeringen op systeemniveau (regels, geld, inkoop) kan geen enkele pilot zelf oplossen. Daar is een besluit van gemeente, regio of Rijk voor nodig. Die soorten zijn gemarkeerd.";
    public const string BarriersNone = "Er zijn nog geen belemmeringen vastgelegd in reflecties.";
    public const string BarriersCaption = "Belemmeringen per soort";
    public const string BarriersChartTitle = "Aantal experimenten per belemmering; het donkere deel staat nog open";
    public const string BarrierKindHeader = "Belemmering";
    public const string BarrierCountHeader = "Experimenten";
    public const string BarrierLevelsHeader = "Niveaus";
    public const string BarrierMunicipalitiesHeader = "Gemeenten";
    public const string BarrierOpenHeader = "Nog open";
    public const string BarrierMedianHeader = "Mediaan dagen open";
    public const string BarrierMaxHeader = "Langst open (dagen)";
    public const string BarrierRegimeMark = "systeem";
    public static string BarrierBar(int count, int open) => $"{count} ({open} open)";

    public const string HowWeJudgeTitle = "Hoe wij beoordelen";
    public const string HowWeJudgeDescription = "Hoe TransitionLab uit reflecties een oordeel over opschalen berekent: alle regels, in volgorde.";
    public const string VerdictRulesHeading = "De oordelen, in volgorde";
    public const string VerdictRulesIntro = "We lopen deze regels van boven naar beneden langs. De eerste regel die past, bepaalt het oordeel.";
    public const string FlagRulesHeading = "De vlaggen";
    public const string FlagRulesIntro = "Vlaggen staan naast het oordeel. Ze staan los van elkaar en van de volgorde hierboven.";
    public const string RuleConditions = "Redenen die deze regel kan geven";
    public const string RuleCode = "Code";
    public static string RulePrecedence(int precedence) => $"Regel {precedence}";
    public static string RuleSetVersion(string version) => $"Versie van de regels: {version}.";
    public const string RuleSetHistoryHeading = "Eerdere versies van de regels";
    public const string RuleSetHistoryIntro = "Een oordeel noemt de versie van de regels waarmee het is berekend. Oordelen uit een eerdere versie leest u met de regels van toen:";
    public static string RuleSetHistoryVersion(string version) => $"Versie {version}";
    public const string EvidenceLadder = "De bewijsladder";
    public const string EvidenceLadderIntro = "In elke reflectie schatten de koplopers zelf in hoe sterk het bewijs is, op een ladder zoals die van de Nederlandse databanken voor interventies. " +
        "Dat is een eigen inschatting, geen erkenning: woorden als 'goed onderbouwd' gebruiken we alleen als een regisseur een erkenning door een databank vastlegt, met de bron.";

    public const string XCurveTitle = "De X-curve";
    public const string XCurveDescription = "Waar de experimenten staan op de opbouwkant van de X-curve, en hoeveel er bij elk oordeel staan.";
    public const string XCurveIntro = "Op de X-curve breekt het oude systeem af, terwijl iets nieuws opkomt. Het nieuwe gaat door vier fasen: voorontwikkeling, start, versnelling en stabilisatie. Elk experiment staat in de fase uit zijn laatste reflectie, of anders uit de catalogus.";
    public const string XCurveFigure = "Experimenten per fase op de X-curve. Elke stip is een experiment.";
    public const string XCurveTableCaption = "Experimenten per fase op de X-curve (tabel)";
    public const string XCurvePhase = "Fase";
    public const string XCurveCount = "Aantal";
    public const string XCurveExperiments = "Experimenten";
    public static string XCurveMore(int count) => $"en nog {count}";
    public static string XCurveAll(int count) => $"alle {count} bekijken";
    public const string FunnelHeading = "Van eerste reflectie naar regulier beleid";
    public const string FunnelIntro = "Hoeveel experimenten er bij elk oordeel staan, in de volgorde waarin een experiment ze doorloopt. Stoppen en leren kan bij elke stap.";
    public const string FunnelFigure = "Aantal experimenten per oordeel";
    public const string FunnelTableCaption = "Aantal experimenten per oordeel (tabel)";
    public const string FunnelVerdict = "Oordeel";

    public const string SearchTitle = "Zoeken";
    public const string SearchDescription = "Zoek in experimenten, thema's, begrippen en de cursus.";
    public const string SearchLabel = "Zoekwoord";
    public const string SearchButton = "Zoeken";
    public const string SearchNoScript = "Zoeken werkt het best met JavaScript aan. Zonder JavaScript kunt u bladeren via de lijsten hieronder.";
    public const string SearchResults = "Resultaten";
    public const string SearchKindFilter = "Soort";
    public const string SearchAnyTheme = "Alle thema's";
    public const string SearchAnyMunicipality = "Alle gemeenten";
    public const string SearchAnyVerdict = "Alle oordelen";
    public const string SearchAnyKind = "Alle soorten";
    public const string SearchFiltersLegend = "Alleen resultaten met";
    public const string SearchMore = "Meer resultaten";
    public const string SearchServerFailed = "Zoeken lukt nu niet. Probeer het later opnieuw, of blader via de lijsten hieronder.";

    /// <summary>The label a result carries for its kind (codes in <c>SearchKind</c>).</summary>
    public static string SearchKindLabel(string kind) => kind switch
    {
        "experiment" => "Experiment",
        "les" => "Les",
        "thema" => "Thema",
        "begrip" => "Begrip",
        "module" => "Cursusmodule",
        "gebied" => "Gebied",
        "pagina" => "Pagina",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no Dutch label for this kind of search result"),
    };

    /// <summary>The title of the result that holds an experiment's lessons.</summary>
    public static string SearchLessonTitle(string experimentTitle, int lessons) => lessons == 1 ? $"Les uit {experimentTitle}" : $"Lessen uit {experimentTitle}";

    /// <summary>The status line after a search; search.js writes the same sentences.</summary>
    public static string SearchCount(int count, int shown) => count switch
    {
        0 => "Geen resultaten. Probeer een ander woord of minder filters.",
        1 => "1 resultaat.",
        _ when shown < count => $"{count} resultaten. Hieronder staan de eerste {shown}.",
        _ => $"{count} resultaten.",
    };

    /// <summary>The verdict on a result.</summary>
    public static string SearchVerdict(string verdict) => $"Oordeel: {verdict}";

    public const string FeedTitle = "TransitionLab: nieuwe en gewijzigde experimenten";

    /// <summary>"23 november 2026".</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>Who supplied an experiment's facts and when the editors checked them.</summary>
    public static string SourceStatus(DateOnly? registeredOn, DateOnly? reviewedOn) => (registeredOn, reviewedOn) switch
    {
        ({ } registered, { } reviewed) => $"aangemeld door koplopers op {Date(registered)}; gecontroleerd door de redactie op {Date(reviewed)}",
        ({ } registered, null) => $"aangemeld door koplopers op {Date(registered)}; nog niet gecontroleerd door de redactie",
        (null, { } reviewed) => $"gecontroleerd door de redactie op {Date(reviewed)}",
        _ => SourceStatusCatalogue,
    };

    /// <summary>"23 november 2026".</summary>
    public static string Date(DateTimeOffset moment) => Date(DateOnly.FromDateTime(moment.UtcDateTime));

    /// <summary>Decimal comma, no trailing zeros: 4,5 and 20.</summary>
    public static string Number(decimal value) => value.ToString("0.##", Culture);
}
