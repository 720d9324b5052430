namespace TransitionLab.Site.Text;

/// <summary>Dutch text of the transition agenda and the area pages.</summary>
public static class AgendaText
{
    public const string NavAgenda = "Transitieagenda";
    public const string NavAreas = "Gebieden";

    public const string AgendaTitle = "Transitieagenda";
    public const string AgendaDescription = "Welke belemmeringen in het systeem meerdere experimenten tegenhouden, wie ze gaat veranderen en wanneer het volgende besluit valt.";
    public const string AgendaIntro = "Sommige belemmeringen kan geen enkele pilot zelf oplossen: landelijke regels, geld in aparte potjes, inkoop per product. Als zo'n belemmering in twee of meer experimenten openstaat, of twee rondes achter elkaar in één experiment, zetten we haar hier als voorstel neer. Een regisseur van de gemeente zet het voorstel op de agenda, voegt het samen met een ander punt of wijst het af. Daarna houdt de regisseur bij wie de verandering trekt, wat de stand is en wanneer het volgende besluit valt.";
    public const string AgendaNone = "Er staan nog geen punten op de transitieagenda. Een punt verschijnt vanzelf als een belemmering in het systeem in meerdere experimenten openstaat.";
    public const string AgendaOpenHeading = "Punten die nog open zijn";
    public const string AgendaClosedHeading = "Afgeronde punten";
    public const string Proposal = "Voorstel";
    public const string ProposalNote = "Dit punt is automatisch voorgesteld. Nog geen regisseur heeft het bekeken.";
    public const string FieldStatus = "Status";
    public const string FieldLevel = "Wie kan het veranderen";
    public const string FieldOwner = "Trekker";
    public const string FieldDecisionMoment = "Volgend besluitmoment";
    public const string FieldChanges = "Wat is er veranderd";
    public const string FieldStatusReason = "Toelichting";
    public const string NoOwner = "Nog niemand";
    public const string NoDecisionMoment = "Nog niet bekend";
    public const string BlocksCaption = "Experimenten waar deze belemmering speelt";
    public const string BlockExperiment = "Experiment";
    public const string BlockMunicipality = "Gemeente";
    public const string BlockSince = "Open sinds";
    public const string BlockDays = "Dagen open";
    public const string BlockCycles = "Rondes achter elkaar";
    public const string ExportHeading = "Downloaden";
    public const string ExportCsv = "De transitieagenda (CSV, voor Excel)";
    public const string ExportJson = "De transitieagenda (JSON)";
    public const string AreasLink = "Bekijk de gebieden en hun gedeelde doelen";

    public const string PatternHeading = "Waar belemmeringen terugkomen";
    public const string HeatmapIntro = "Per soort belemmering en per thema of gebied: in hoeveel experimenten de belemmering in de laatste reflectie nog openstaat of alleen is omzeild. Een experiment met twee thema's telt in allebei. Hoe donkerder het vak, hoe meer experimenten. De tabel onder elke kaart geeft dezelfde aantallen met de experimenten erbij.";
    public const string HeatmapThemesTitle = "Belemmeringen per thema";
    public const string HeatmapAreasTitle = "Belemmeringen per gebied";
    public const string HeatmapNone = "Geen experiment meldt in zijn laatste reflectie een belemmering die nog openstaat.";
    public const string HeatmapTableNote = "aantal experimenten; de tabel hieronder geeft dezelfde aantallen met de experimenten";
    public static string HeatmapCaption(string title) => $"{title}: aantal experimenten waar de belemmering nog openstaat of is omzeild";
    public const string HeatmapKind = "Belemmering";
    public static string HeatmapMore(int count) => count == 1 ? "en nog 1 ander experiment" : $"en nog {count} andere experimenten";

    public const string LearningTitle = "Leeragenda";
    public const string LearningDescription = "Leervragen die in meer experimenten terugkomen, en wie aan een antwoord werkt.";
    public const string LearningIntro = "Experimenten stellen in elke reflectie hun leervragen. Vaak stellen meer plaatsen dezelfde vraag. Hier ziet u welke vragen dat zijn, in welke experimenten, en of daar al een antwoord is. We kijken naar de laatste reflectie van elk experiment. Twee vragen tellen als dezelfde vraag als alleen hoofdletters, accenten of leestekens verschillen.";
    public const string LearningLink = "Bekijk de gedeelde leeragenda: vragen die meer experimenten stellen";
    public const string LearningSharedHeading = "Vragen die meer experimenten stellen";
    public const string LearningSharedNone = "Nog geen leervraag staat in de laatste reflectie van twee of meer experimenten.";
    public static string LearningAskedBy(int experiments, int answered) =>
        $"Gesteld in {experiments} experimenten; {(answered == 0 ? "nog nergens beantwoord" : $"beantwoord in {answered} van de {experiments}")}.";
    public static string LearningAskersMore(int shown, int total) =>
        $"De tabel toont {shown} van de {total} experimenten die deze vraag stellen: eerst de experimenten waar de vraag nog open is.";
    public const string LearningAskersSearch = "Zoek de andere experimenten op de woorden van deze vraag";
    public const string LearningAskersSearchFinds = "U vindt dan ook experimenten die deze woorden op een andere plek gebruiken.";
    public static string LearningCaption(string question) => $"Wie stelt de vraag: {question}";
    public const string LearningExperiment = "Experiment";
    public const string LearningMunicipality = "Gemeente";
    public const string LearningStatus = "Status";
    public const string LearningSince = "Gesteld sinds";
    public const string LearningWho = "Wie werkt aan een antwoord";
    public static string LearningAnsweredIn(int cycle) => $"Beantwoord in ronde {cycle}";
    public const string LearningThemesHeading = "Open vragen per thema";
    public const string LearningThemesIntro = "Per thema de open leervragen, als twee of meer experimenten in dat thema een vraag stellen. Misschien weet een ander experiment in hetzelfde thema al een deel van het antwoord.";
    public const string LearningThemesNone = "In geen enkel thema stellen twee of meer experimenten een open leervraag.";
    public static string LearningAskedIn(string experiment, string municipality, string since) => $"{experiment} ({municipality}), sinds {since}";

    public const string BlockingOnExperimentHeading = "Op de transitieagenda";
    public static string SolvedOnExperiment(string title) => $"Belemmering opgelost: {title}.";
    public const string SolvedChanges = "Wat is er veranderd:";
    public const string SolvedCountsInVerdict = "De laatste reflectie van dit experiment noemt deze belemmering nog als open. Toch telt het oordeel haar niet meer als belemmering: de regel is veranderd, en dat gaat voor een melding van vóór de oplossing.";
    public const string SolvedReportedAgain = "Een reflectie van na de oplossing noemt deze belemmering nog als open. Daarom telt het oordeel haar weer als belemmering.";
    public static string BlockingOnExperiment(string title, string status) => $"{title} (stand: {status.ToLowerInvariant()})";

    public const string AreasTitle = "Gebieden";
    public const string AreasDescription = "Gemeenten en regio's met gedeelde doelen, hun experimenten en hun punten op de transitieagenda.";
    public const string AreasIntro = "Transities bestuurt u per gebied: een gemeente of een regio. Daar brengt u gegevens, problemen en geldstromen bij elkaar en spreekt u heel concrete doelen af. Een experiment hoort bij een gebied via zijn gemeente.";
    public const string ExampleNote = "Voorbeeld: dit gebied laat zien hoe TransitionLab met gebieden werkt. De doelen, cijfers en de arena zijn bedacht om het te laten zien; het zijn geen afspraken van deze gemeenten.";
    public const string ExampleMark = "voorbeeld";
    public static string AreaDescription(string title) => $"De gedeelde doelen, experimenten en agendapunten van {title}.";
    public const string Municipalities = "Gemeenten";
    public const string Vision = "Visie";
    public const string Goals = "Gedeelde doelen";
    public const string GoalBaseline = "Beginwaarde";
    public const string GoalTarget = "Doel";
    public const string GoalLatest = "Laatste waarde";
    public const string GoalNoValue = "Nog geen waarde vastgelegd";
    public const string GoalYear = "Jaar";
    public const string GoalValue = "Waarde";
    public static string GoalValuesCaption(string goal, string unit) => $"{goal} ({unit}), per jaar";
    public static string GoalChartTitle(string goal) => $"Verloop van: {goal}";
    public const string Arena = "Wie doen mee in de arena";
    public const string Experiments = "Experimenten in dit gebied";
    public const string OpenItems = "Open punten op de transitieagenda";
    public const string OpenItemsNone = "Dit gebied heeft geen open punten op de transitieagenda.";
    public static string ExperimentsAndItems(int experiments, int items) =>
        $"{Dutch.ExperimentsCount(experiments)}, {(items == 1 ? "1 open agendapunt" : $"{items} open agendapunten")}";
}

/// <summary>Dutch text of the steward's agenda form.</summary>
public static class AgendaFormText
{
    public const string EditLink = "Wijzigen (voor regisseurs)";
    public static string EditTitle(string title) => $"Agendapunt wijzigen: {title}";
    public const string EditDescription = "Een regisseur houdt hier bij wie de verandering trekt, wat de stand is en wanneer het volgende besluit valt.";
    public const string EditIntro = "U bent aangemeld als regisseur. Wat u hier opslaat, staat binnen enkele seconden op de openbare transitieagenda. Noem organisaties of rollen, nooit namen van personen.";
    public const string UpdateHeading = "Stand bijwerken";
    public const string NotSaved = "Het agendapunt is nog niet opgeslagen";
    public const string Title = "Belemmering die moet veranderen";
    public const string Level = "Wie kan het veranderen";
    public const string Status = "Status";
    public const string Owner = "Trekker";
    public const string OwnerHint = "Een organisatie of rol, bijvoorbeeld 'Regieteam sociaal domein'. Verplicht vanaf 'geagendeerd'.";
    public const string DecisionMoment = "Volgend besluitmoment";
    public const string DecisionMomentHint = "Bijvoorbeeld de voorjaarsnota, een verordening of een wetswijziging. Verplicht bij 'geagendeerd' en 'in verandering'.";
    public const string StatusReason = "Toelichting bij de stand";
    public const string StatusReasonHint = "Verplicht als de belemmering blijft staan: waarom?";
    public const string Changes = "Wat is er veranderd";
    public const string ChangesHint = "Verplicht als de belemmering is opgelost: welke regel, welk budget of welke werkwijze veranderde?";
    public const string Save = "Opslaan";
    public const string AcceptHeading = "Voorstel op de agenda zetten";
    public const string AcceptIntro = "Zet dit voorstel op de agenda zoals het is. U kunt de trekker en het besluitmoment ook meteen hierboven invullen.";
    public const string Accept = "Op de agenda zetten";
    public const string MergeHeading = "Samenvoegen met een ander punt";
    public const string MergeIntro = "Gaat dit over dezelfde verandering als een ander punt? Dan neemt dat punt de belemmeringen en experimenten van dit punt over.";
    public const string MergeInto = "Samenvoegen met";
    public const string Merge = "Samenvoegen";
    public const string DismissHeading = "Afwijzen";
    public const string DismissIntro = "Hoort dit punt niet op de agenda? Leg uit waarom. Het wordt dan niet opnieuw voorgesteld.";
    public const string DismissReason = "Waarom hoort dit niet op de agenda";
    public const string Dismiss = "Afwijzen";
    public const string Stale = "Iemand anders heeft dit punt intussen gewijzigd. Hieronder ziet u de nieuwe stand; vul uw wijziging opnieuw in.";
    public const string NotAllowed = "Alleen een regisseur van de gemeente van een van de experimenten van dit punt kan het wijzigen. Meld u aan met die sleutel.";
    public const string SignInFirst = "Meld u aan met uw sleutel als regisseur om dit punt te wijzigen.";
    public const string Saved = "Opgeslagen. De transitieagenda toont de wijziging binnen enkele seconden.";
}
