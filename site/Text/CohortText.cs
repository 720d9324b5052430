namespace TransitionLab.Site.Text;

/// <summary>Dutch text of the course as a cohort: own cases, hand-ins, feedback and progress.</summary>
public static class CohortText
{
    public const string CasesTitle = "Eigen casussen van de groep";
    public const string CasesDescription = "Experimenten, beleidsregels en pilots uit de eigen gemeenten van de deelnemers. Alleen uw groep en uw docent zien ze.";
    public const string CasesSignInNote = "Deze pagina is alleen voor uw cursusgroep. Meld u aan met uw deelnemerssleutel of docentensleutel; daarna ziet u hier de eigen casussen van uw groep en kunt u er een toevoegen.";
    public const string BackToCourse = "Terug naar de cursus";
    public const string CasesPrivate = "Een eigen casus is privé voor uw groep. Hij komt nooit op de openbare site, in een export of in een oordeel.";
    public const string CasesEmpty = "Uw groep heeft nog geen eigen casus vastgelegd.";
    public const string CasesLink = "Eigen casussen van uw groep";
    public const string CaseFormHeading = "Eigen casus vastleggen";
    public const string CaseFormIntro = "Beschrijf kort een experiment, beleidsregel of pilot uit uw eigen gemeente. Alleen titel, gemeente en samenvatting zijn verplicht. Schrijf geen namen of gegevens van inwoners op.";
    public const string CaseFormNotSaved = "De casus is nog niet opgeslagen";
    public const string CaseSubmit = "Casus opslaan";
    public const string CaseSaved = "Uw casus is opgeslagen.";
    public const string CaseTitle = "Titel";
    public const string CaseMunicipality = "Gemeente";
    public const string CaseSummary = "Samenvatting";
    public const string CaseSummaryHint = "Een of twee zinnen, hoogstens 400 tekens.";
    public const string CaseMore = "Meer over de casus (niet verplicht)";
    public const string CaseRegion = "Regio of provincie";
    public const string CaseStatus = "Stand van zaken";
    public const string CaseStartDate = "Startdatum";
    public const string CaseFundingSource = "Wie betaalt";
    public const string CaseFundingEnd = "Geld stopt op";
    public const string CaseFrontrunners = "Koplopers (organisaties of rollen, één per regel)";
    public const string CasePartners = "Partners (één per regel)";
    public const string CaseBody = "Beschrijving";
    public const string CaseThemes = "Thema's";
    public static string CaseBy(string participant, DateOnly date) => $"Vastgelegd door {participant} op {Dutch.Date(date)}";
    public static string CasePageTitle(string title) => $"Eigen casus: {title}";
    public const string CasePageDescription = "Een eigen casus van uw groep. Alleen uw groep en uw docent zien hem.";
    public const string CasePractise = "Oefen op deze casus";
    public const string CasePractiseIntro = "Kies de module waarin u de reflectie op deze casus oefent.";
    public const string BackToCases = "Terug naar de eigen casussen";
    public const string PractiseOnCase = "U oefent op uw eigen casus";
    public const string ProposeHeading = "Voorstellen als echt experiment";
    public const string ProposeIntro = "Werkt deze casus echt in uw gemeente? Dan kunt u hem na de cursus aanmelden als experiment in TransitionLab. Vraag de regisseur van uw gemeente om een uitnodiging. Vul hieronder de code uit die uitnodiging in. Wij zetten de gegevens van deze casus dan in het aanmeldformulier; u controleert ze en dient de aanmelding in. De redactie controleert het experiment voordat het op de site komt. Tot dan blijft de casus alleen in uw groep.";
    public const string ProposeLink = "Experiment aanmelden";
    public const string ProposeOthers = "Alleen wie de casus vastlegde, kan hem voorstellen als experiment.";
    public const string ProposeCode = "Code uit de uitnodiging";
    public const string ProposeCodeHint = "De code die de regisseur van uw gemeente u gaf. Na het overzetten bent u aangemeld met deze code; met uw deelnemerssleutel komt u terug in de cursus.";
    public const string ProposeButton = "Zet de casus in het aanmeldformulier";
    public const string ProposeNotDone = "De casus is nog niet overgezet";
    public const string ProposeCodeMissing = "Vul de code uit de uitnodiging in.";
    public const string ProposeCodeWrong = "Deze code is geen geldige uitnodiging, of de uitnodiging is al gebruikt of verlopen. Vraag de regisseur van uw gemeente om een nieuwe.";
    public const string ProposeAuthorOnly = "Alleen wie de casus vastlegde, stelt hem voor als experiment.";
    public static string ProposedAlready(string slug) => $"Deze casus is al voorgesteld als aanmelding '{slug}'.";
    public static string Proposed(DateTimeOffset at) => $"Voorgesteld als experiment op {Dutch.Date(DateOnly.FromDateTime(at.UtcDateTime))}. De aanmelding gaat verder in het aanmeldformulier, met de code van de uitnodiging.";
    public const string ProposedLink = "Naar de aanmelding";

    public const string ForbiddenOtherCohort = "Deze pagina hoort bij een andere groep.";
    public const string CourseOnly = "Deze pagina is alleen voor deelnemers en docenten van de cursus. Meld u aan met uw sleutel.";
    public const string ParticipantsOnly = "Alleen een deelnemer van de cursus legt een eigen casus vast.";
    public static string Participant(string label) => $"deelnemer {label}";

    public static string ExerciseTitle(string module) => $"Opdracht: {module}";
    public const string ExerciseDescription = "De opdracht van deze module: uw eigen uitwerking, de reacties erop en de uitwerkingen die uw groep deelt.";
    public const string ExercisePrivate = "Uw uitwerking is privé. Uw docent ziet wat u inlevert; uw groep alleen als u het deelt. Niets hiervan komt op de openbare site.";
    public const string ExerciseLink = "De opdracht inleveren en reacties lezen";
    public const string MyWork = "Uw uitwerking";
    public const string WorkSaved = "Opgeslagen. Eerdere versies blijven bewaard.";
    public static string EarlierVersions(int count) => count == 1 ? "1 eerdere versie" : $"{count} eerdere versies";
    public static string VersionTitle(int number, bool handedIn, DateTimeOffset at) => $"Versie {number}, {(handedIn ? "ingeleverd" : "concept")} op {Dutch.Date(DateOnly.FromDateTime(at.UtcDateTime))}";
    public const string NoWorkYet = "U heeft nog niets opgeslagen bij deze opdracht.";
    public const string HandInHeading = "Uitwerken en inleveren";
    public const string HandInIntro = "Sla een concept op zo vaak als u wilt. Leveren in kan als alle verplichte velden zijn ingevuld; de datum wordt erbij gezet en eerdere versies blijven bewaard. Schrijf geen namen of gegevens van inwoners op.";
    public const string WorkNotSaved = "De uitwerking is nog niet opgeslagen";
    public const string WorkCase = "Over welke eigen casus gaat het?";
    public const string WorkCaseHint = "Niet verplicht. U kunt eerst een eigen casus vastleggen bij de eigen casussen.";
    public const string WorkExperiment = "Of over welk experiment uit de catalogus?";
    public const string WorkExperimentHint = "Niet verplicht. Kies een eigen casus of een experiment, niet allebei. De lijst toont de casussen van deze module en de experimenten waarop u oefende; zoek hierboven naar een ander.";
    public const string WorkBoth = "Kies een eigen casus of een experiment uit de catalogus, niet allebei.";
    public const string ChoiceModuleCases = "Casussen van deze module";
    public const string ChoicePractised = "Waarop u in deze module oefende";
    public const string ChoiceChosen = "Uw keuze";
    public static string ChoiceFound(string query) => $"Gevonden bij ‘{query}’";
    public const string SearchLabel = "Zoek een experiment uit de catalogus";
    public const string SearchHint = "Op titel, gemeente of regio. Sla eerst een concept op: tekst die u nog niet opsloeg, blijft bij zoeken niet staan.";
    public const string SearchButton = "Zoeken";
    public static string SearchNothing(string query) => $"Geen experiment gevonden bij ‘{query}’. Probeer een ander woord of de naam van de gemeente.";
    public static string SubjectCase(string title, string municipality) => $"eigen casus {title} ({municipality})";
    public static string SubjectExperiment(string title, string municipality) => $"experiment uit de catalogus {title} ({municipality})";
    public const string ShareLabel = "Deel mijn ingeleverde uitwerking met mijn groep, zodat anderen kunnen reageren";
    public const string SaveDraft = "Concept opslaan";
    public const string HandInButton = "Inleveren";
    public const string WorkDraft = "Concept: nog niet ingeleverd.";
    public static string WorkHandedIn(DateTimeOffset at, bool shared) => $"Ingeleverd op {Dutch.Date(DateOnly.FromDateTime(at.UtcDateTime))}{(shared ? ", gedeeld met de groep" : "")}.";
    public static string WorkDone(DateTimeOffset at) => $"Klaar: de docent heeft de opdracht op {Dutch.Date(DateOnly.FromDateTime(at.UtcDateTime))} afgerond.";
    public const string WorkAbout = "Over:";
    public const string CohortWork = "Uitwerkingen die uw groep deelt";
    public const string CohortWorkTeacher = "Ingeleverde uitwerkingen van uw groep";
    public const string NoCohortWork = "Er is nog geen uitwerking om te lezen.";
    public const string CommentsHeading = "Reacties";
    public static string CommentBy(string author, bool byTeacher, int version, DateTimeOffset at) =>
        $"{(byTeacher ? "Docent" : author)} over versie {version}, {Dutch.Date(DateOnly.FromDateTime(at.UtcDateTime))}";
    public const string CommentLabel = "Uw reactie";
    public const string CommentSubmit = "Reactie plaatsen";
    public const string CommentNotSaved = "De reactie is nog niet geplaatst";
    public const string MarkDone = "Markeer de opdracht als klaar";
    public const string NotYourExercise = "Deze uitwerking is niet voor uw sleutel.";
    public static string XCurveFigure(int count) => $"Uw plaatsing van {count} experimenten op de X-curve";

    public const string ProgressTitle = "Voortgang in de cursus";
    public const string ExerciseSignInNote = "Deze pagina is alleen voor uw cursusgroep. Meld u aan met uw deelnemerssleutel of docentensleutel; daarna werkt u hier de opdracht van deze module uit en ziet u de reacties van uw groep.";
    public const string ProgressSignInNote = "Deze pagina is persoonlijk. Meld u aan met uw deelnemerssleutel of docentensleutel; daarna ziet u hier per module wat u hebt gelezen, geoefend, ingeleverd en afgerond, of als docent dat van uw groep.";
    public const string ProgressDescription = "Per module wat er is gelezen, geoefend, ingeleverd en afgerond.";
    public const string ProgressLink = "Voortgang";
    public const string ProgressPrivate = "Deze voortgang is privé: alleen u en uw docent zien haar.";
    public const string ProgressModule = "Module";
    public const string ProgressPractised = "Geoefend";
    public const string ProgressHandedIn = "Ingeleverd";
    public const string ProgressComments = "Reacties";
    public const string ProgressDone = "Klaar";
    public const string ProgressParticipant = "Deelnemer";
    public const string ProgressCsv = "Download de tabel als CSV (voor Excel)";
    public static string ProgressCaption(string cohort) => $"Voortgang van groep {cohort}: per deelnemer en module";
    public const string ProgressOwnCaption = "Uw voortgang per module";
    public static string PractisedCount(int count) => count == 0 ? "nee" : count == 1 ? "1 oefenreflectie" : $"{count} oefenreflecties";
    public const string No = "nee";
    public const string Yes = "ja";
    public const string DraftOnly = "concept";
    public const string ReadHeading = "Gelezen?";
    public const string ReadIntro = "Klaar met lezen? Markeer de module als gelezen. U en uw docent zien het dan in uw voortgang. Dit kan alleen als deelnemer van de cursus; u meldt zich zo nodig eerst aan.";
    public const string ReadButton = "Ik heb deze module gelezen";
    public const string ReadSaved = "U hebt deze module als gelezen gemarkeerd. U ziet het in uw voortgang.";
    public static string ReadOn(DateTimeOffset at) => $"U hebt deze module gelezen op {Dutch.Date(DateOnly.FromDateTime(at.UtcDateTime))}.";
    public const string NotReadYet = "U hebt deze module nog niet als gelezen gemarkeerd.";
    public const string UnreadButton = "Toch nog niet gelezen";
    public const string ReadParticipantsOnly = "Alleen een deelnemer van de cursus markeert een module als gelezen. Meld u aan met uw deelnemerssleutel.";
    public const string NoParticipants = "Er zijn nog geen deelnemers in uw groep.";

    /// <summary>What a participant did in a module, in words: for the progress table and its CSV.</summary>
    public static string ProgressCell(Core.Course.ModuleProgress p)
    {
        static string On(DateTimeOffset at) => Dutch.Date(DateOnly.FromDateTime(at.UtcDateTime));
        var parts = new List<string>();
        if (p.ReadAt is { } read) parts.Add($"gelezen op {On(read)}");
        if (p.Practised > 0) parts.Add(PractisedCount(p.Practised));
        if (p.DoneAt is { } done) parts.Add($"klaar op {On(done)}");
        else if (p.HandedInAt is { } handedIn) parts.Add($"ingeleverd op {On(handedIn)}");
        else if (p.Started) parts.Add(DraftOnly);
        if (p.Comments > 0) parts.Add(p.Comments == 1 ? "1 reactie" : $"{p.Comments} reacties");
        return parts.Count == 0 ? "nog niets" : string.Join("; ", parts);
    }
}
