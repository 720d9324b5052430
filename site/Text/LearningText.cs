namespace TransitionLab.Site.Text;

/// <summary>
/// Dutch text of what the experiments taught: "Wat we leren" on an experiment page, the lessons page,
/// the printable sheet and the feeds (B1, "u" form).
/// </summary>
public static class LearningText
{
    public const string Heading = "Wat we leren";
    public const string NoneYet = "Er is nog geen reflectie. Zodra de koplopers terugkijken, staat hier wat zij leren.";
    public static string HypothesisHeading(int cycle) => $"Wat we nu testen (ronde {cycle})";
    public const string WeBelieve = "Wij denken dat";
    public const string ToVerify = "Om dat te toetsen";
    public const string WeMeasure = "We meten";
    public const string WeAreRightIf = "We hebben gelijk als";
    public const string Result = "Uitkomst";
    public static string LatestLoopHeading(int cycle) => $"Wat ronde {cycle} ons leerde: gezien, geleerd, daarom";
    public const string EarlierLoops = "Wat eerdere rondes leerden, staat per ronde bij";
    public static string LoopCycle(int cycle) => $"Ronde {cycle}";
    public const string Observed = "Gezien";
    public const string Learned = "Geleerd";
    public const string Therefore = "Daarom";
    public const string ProgressHeading = "Voortgang op de doelen";
    public static string ProgressChartTitle(string goal) => $"Verloop per ronde van: {goal}";
    public const string ProgressChartCaption = "De stippellijn is het begin, de doorgetrokken lijn het streven. De tabel hieronder geeft dezelfde cijfers.";
    public static string ProgressTableCaption(string goal) => $"{goal}: begin, meting per ronde en streven";
    public static string ProgressMeasured(string unit) => $"Waarde ({unit})";
    public const string ProgressShare = "Deel van de weg naar het streven";
    public static string Percent(int percent) => $"{percent}%";
    public const string LessonsHeading = "Lessen";
    public const string Challenges = "Uitdagingen en wat misging";
    public const string ConditionsForSuccess = "Voorwaarden voor succes";
    public const string Replication = "Wat een andere plek nodig heeft om dit over te nemen";
    public const string LessonsLearned = "Lessen voor anderen";
    public const string ExnovationHeading = "Wat stopt als dit regulier beleid wordt";
    public const string RuleChangesHeading = "Regels die moeten veranderen";
    public const string NoRuleChanges = "Geen: het past binnen de huidige regels.";
    public const string NotRecorded = "Nog niet beschreven.";
    public const string StoppedHeading = "Lessen van een gestopt experiment";
    public const string StoppedIntro = "Dit experiment is gestopt. Wat het leerde, blijft hier staan, zodat anderen er verder mee kunnen.";

    public const string AddReflection = "Reflectie toevoegen";
    public const string AddReflectionNote = "Bent u koploper van dit experiment? Voeg dan een reflectie toe. Het formulier is al ingevuld met uw vorige reflectie: u past alleen aan wat veranderde.";
    public const string SheetLink = "Blad voor de gemeenteraad (afdrukken of als pdf)";

    public static string SheetDescription(string experiment) => $"{experiment} op één blad: oordeel, doelen, wat overnemen vraagt en de lessen.";
    public const string SheetKicker = "TransitionLab – blad voor de gemeenteraad";
    public static string SheetDated(string date) => $"stand van {date}";
    public static string SheetSince(string date) => $"gestart op {date}";
    public const string SheetGoalsCaption = "Doelen: begin, laatste meting en streven";
    public static string SheetReached(int people, string evidence) => $"Bereikt in de laatste periode: {people} mensen. Bewijsniveau: {evidence}.";
    public const string SheetAdoptHeading = "Wat overnemen vraagt";
    public const string SheetWorkingCore = "Wat vast ligt (werkzame kern)";
    public const string SheetOwner = "Wie het structureel draagt";
    public const string SheetWhoAndSources = "Wie doen mee, en bronnen";
    public const string SheetSources = "Bronnen";
    public const string SheetBack = "Terug naar het experiment";

    public const string LessonsTitle = "Lessen";
    public const string LessonsDescription = "Wat experimenten in het sociaal domein leerden, per thema, het nieuwste eerst.";
    public const string LessonsIntro = "Hier staat wat koplopers leerden in hun experimenten: per thema, het nieuwste eerst. Elke les verwijst naar het experiment en de ronde waarin die werd geleerd.";
    public const string LessonsNone = "Er zijn hier (nog) geen lessen.";
    public const string LessonsAll = "Alle lessen";
    public static string LessonsNewestOf(int shown, int total) => $"Hier staan de nieuwste {shown} van {total.ToString("N0", Dutch.Culture)} lessen.";
    public const string LessonsSearchAll = "Zoek in alle lessen";
    public const string StoppedLessonsHeading = "Lessen van gestopte experimenten";
    public static string LessonSource(string experiment, int cycle, string date) => $"{experiment}, ronde {cycle} ({date})";
    public static string LessonsFacetTitle(string facet, string value) => $"Lessen – {facet}: {value}";
    public static string LessonsFacetDescription(string facet, string value) => $"Lessen van experimenten met {facet} {value}.";
    public const string LessonsFilter = "Lessen filteren";

    public static string FeedReflectionTitle(int cycle, string experiment) => $"Ronde {cycle}: {experiment}";
    public static string FeedReflectionSummary(string learned, string lesson) =>
        string.IsNullOrWhiteSpace(lesson) ? $"Geleerd: {learned}" : $"Geleerd: {learned} Les: {lesson}";
    public static string FeedVerdictTitle(string experiment, string verdict) => $"Nieuw oordeel: {experiment} – {verdict}";
    public static string FeedVerdictSummary(string before, string after) => $"Het oordeel veranderde van '{before}' naar '{after}'.";
    public static string FeedPageTitle(string page) => $"TransitionLab: {page}";
    public const string FeedLinkTitle = "Volg dit als Atom-feed";
}
