namespace TransitionLab.Site.Text;

/// <summary>Dutch text of the reflection and sign-in forms (B1, short labels, help where a field is not obvious).</summary>
public static class FormText
{
    public const string NoChoice = "(kies)";
    public const string SignInTitle = "Aanmelden";
    public const string SignInDescription = "Meld u aan met uw sleutel om reflecties of oefenreflecties op te slaan.";
    public const string SignInIntro = "Met een koploperssleutel slaat u reflecties op voor uw eigen experiment. Met een deelnemerssleutel van de cursus slaat u oefenreflecties op; met een docentensleutel ziet u die van uw groep. U meldt zich één keer aan; de site onthoudt dat in een beveiligd cookie tot u de browser sluit of zich afmeldt.";
    public const string SignInKey = "Koploperssleutel, deelnemerssleutel of docentensleutel";
    public const string SignInKeyHint = "De sleutel begint met tl_. U kreeg hem van de beheerder.";
    public const string SignInButton = "Aanmelden";
    public const string SignInWrongKey = "Deze sleutel kennen we niet, of hij is ingetrokken. Controleer de sleutel en probeer het opnieuw.";
    public const string SignOutButton = "Afmelden";
    public const string SignInFirst = "Eerst aanmelden";
    public const string SignInFirstNote = "Om een reflectie op te slaan meldt u zich eerst aan met uw koploperssleutel.";
    public static string WrongExperimentKey(string experiment) => $"Uw sleutel hoort niet bij dit experiment. Meld u aan met de sleutel van '{experiment}'.";

    public const string FormErrorTitle = "De reflectie is nog niet opgeslagen";
    public const string FormErrorIntro = "Verbeter de velden hieronder. Bij elk veld staat wat er mis is.";
    public const string FormPageTitle = "Reflectie toevoegen";
    public const string ReflectionSignInNote = "Alleen koplopers van dit experiment kunnen een reflectie toevoegen. Meld u aan met uw koploperssleutel; daarna ziet u hier het formulier, al ingevuld met uw vorige reflectie.";
    public const string BackToExperiment = "Terug naar het experiment";
    public const string Saved = "Uw reflectie is opgeslagen. De pagina toont hem binnen enkele seconden.";

    public const string Basics = "Ronde en periode";
    public const string Cycle = "Ronde (nummer)";
    public const string Date = "Datum van de reflectie";
    public const string PeriodStart = "Periode van";
    public const string PeriodEnd = "Periode tot en met";
    public const string RolesPresent = "Wie waren erbij?";
    public const string Stage = "Fase van het experiment";
    public const string XCurve = "Plek op de X-curve";

    public const string Hypothesis = "Wat testten we?";
    public const string WeBelieve = "Wij denken dat …";
    public const string ToVerify = "Om dat te toetsen gaan we …";
    public const string WeMeasure = "We meten …";
    public const string WeAreRightIf = "We hebben gelijk als …";
    public const string Result = "Uitkomst van de test";

    public const string Loop = "Wat leerden we?";
    public const string Observed = "We zagen …";
    public const string Learned = "We leerden …";
    public const string Therefore = "Daarom gaan we …";
    public const string Decision = "Besluit";

    public const string Goals = "Doelen: waar staan we nu?";
    public const string GoalsHint = "Vul de waarde van nu in. Laat leeg wat u deze ronde niet meet.";
    public const string GoalTargetGroup = "Doelgroep";
    public const string GoalCurrent = "Waarde nu";
    public const string GoalFromTo = "Begin {0}, streven {1} ({2})";
    public const string PeopleReached = "Aantal bereikte mensen";
    public const string Reliability = "Hoe betrouwbaar zijn de cijfers?";
    public const string Evidence = "Bewijsniveau";

    public const string Core = "Werkzame kern";
    public const string CoreFixed = "Wat ligt vast?";
    public const string CoreFixedHint = "Wat moet overal hetzelfde blijven om te werken?";
    public const string CoreVariable = "Wat mag verschillen per plek?";

    public const string Contexts = "Waar loopt het, en hoe gaat het daar?";
    public const string ContextArea = "Gebied of gemeente";
    public const string ContextDirection = "Richting van de uitkomst";

    public const string Barriers = "Belemmeringen";
    public const string BarrierKind = "Soort belemmering";
    public const string BarrierLevel = "Niveau";
    public const string BarrierStatus = "Status";
    public const string BarrierDescription = "Wat gebeurde er?";

    public const string Questions = "Leervragen";
    public const string Question = "Vraag";
    public const string QuestionStatus = "Status";

    public const string Route = "Route naar staand beleid";
    public const string RouteKind = "Route";
    public const string RuleChanges = "Welke regels, geldstromen of inkoop moeten veranderen?";
    public const string RuleChangesHint = "Zet elke wijziging apart, onder elkaar. Nodig bij stretch-and-transform.";
    public const string Exnovation = "Wat stopt er als dit groot wordt (exnovatie)?";

    public const string Sustainment = "Geld en eigenaar";
    public const string FundingSource = "Wie betaalt nu?";
    public const string FundingEndDate = "Geld stopt op";
    public const string StructuralOwner = "Wie wordt structureel eigenaar?";
    public const string Plan = "Plan om het structureel te maken";

    public const string Lessons = "Lessen";
    public const string Challenges = "Uitdagingen en wat misging";
    public const string ConditionsForSuccess = "Voorwaarden voor succes";
    public const string Replication = "Wat heeft een andere plek nodig om dit over te nemen?";
    public const string LessonsLearned = "Lessen voor anderen";
    public const string ProcessEvaluation = "Er is een procesevaluatie gedaan";

    public const string Row = "Regel {0}";
    public const string Submit = "Reflectie opslaan";
    public const string PrivacyNote = "Schrijf nooit gegevens over cliënten op, zoals een naam, BSN, e-mailadres of telefoonnummer. Zulke tekst wordt geweigerd.";
}
