using TransitionLab.Core.Language;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Site.Text;

/// <summary>Dutch text of the course's live cases, the practice reflection and the participant's and teacher's pages.</summary>
public static class CourseText
{
    public const string CasesIntro = "Zo staan deze experimenten er nu voor. Het oordeel en de reflecties komen rechtstreeks uit TransitionLab en veranderen als de koplopers een nieuwe reflectie vastleggen.";
    public const string VerdictNow = "Oordeel nu:";
    public const string Flags = "Let op";
    public const string Why = "Waarom dit oordeel";
    public const string Timeline = "Reflecties van de koplopers";
    public const string NoReflections = "De koplopers hebben nog geen reflectie vastgelegd.";
    public static string TimelineItem(int cycle, DateOnly date) => $"Ronde {cycle}, {Dutch.Date(date)}";
    public static string Evidence(EvidenceLevel level) => $"bewijs: {DutchLabels.Numbered(level)}";
    public static string Decision(LoopDecision decision) => $"besluit: {DutchLabels.For(decision)}";
    public static string EarlierReflections(int count) => count == 1 ? "1 eerdere reflectie staat op de pagina van het experiment." : $"{count} eerdere reflecties staan op de pagina van het experiment.";
    public const string ReadMore = "Alles over dit experiment";

    public const string PracticeHeading = "Oefenreflectie";
    public const string PracticeIntro = "Oefen de reflectie op een experiment uit de catalogus, met dezelfde vragen als de koplopers. Kies bijvoorbeeld de casus van deze module.";
    public const string PracticePrivate = "Uw oefenreflectie is privé. Alleen u en uw docent zien haar. Ze telt nooit mee voor het oordeel over een experiment en komt niet op de openbare site.";
    public const string PracticeSignInNote = "Om een oefenreflectie op te slaan meldt u zich eerst aan met uw deelnemerssleutel.";
    public const string PracticeSignIn = "Aanmelden";
    public const string PracticeExperiment = "Experiment waarop u oefent";
    public const string PracticeExperimentHint = "Kies een casus van deze module, of zoek hieronder een ander experiment. De doelen in het formulier horen bij het experiment dat u kiest. Kies eerst het experiment en vul daarna het formulier in: kiest u later een ander experiment, dan gaat wat u al invulde verloren.";
    public const string PracticeChoose = "Kies dit experiment";
    public const string PracticeSearchLabel = "Zoek een ander experiment uit de catalogus";
    public const string PracticeSearchHint = "Zoek op titel, gemeente of regio. Wat u vindt, komt in de keuzelijst hierboven.";
    public const string PracticeSearchButton = "Zoeken";
    public const string PracticeOn = "U oefent op";
    public const string PracticeUnknownExperiment = "Dit experiment staat niet in de catalogus. Kies een experiment uit de lijst, of zoek het op.";
    public const string PracticeSubmit = "Oefenreflectie opslaan";
    public const string PracticeSaved = "Uw oefenreflectie is opgeslagen. U vindt haar bij Mijn oefenreflecties.";
    public const string MyPracticeLink = "Mijn oefenreflecties bij deze module";
    public const string CohortLink = "Voor docenten: de oefenreflecties van uw groep";
    public const string NotAParticipant = "Alleen een deelnemer van de cursus slaat oefenreflecties op. Meld u aan met uw deelnemerssleutel.";
    public const string SignInForPractice = "Meld u aan met uw deelnemerssleutel of docentensleutel om deze pagina te zien.";

    public static string MyPracticeTitle(string module) => $"Mijn oefenreflecties: {module}";
    public const string MyPracticeDescription = "Uw eigen oefenreflecties bij deze module. Alleen u en uw docent zien ze.";
    public const string MyPracticeEmpty = "U heeft bij deze module nog geen oefenreflectie opgeslagen.";
    public const string BackToModule = "Terug naar de module";

    public static string CohortTitle(string module) => $"Oefenreflecties van de groep: {module}";
    public static string CohortDescription(string cohort) => $"De oefenreflecties van groep {cohort} naast de laatste reflectie van de koplopers zelf.";
    public const string CohortEmpty = "Uw groep heeft bij deze module nog geen oefenreflectie opgeslagen.";
    public const string CohortWho = "Wie";
    public const string CohortFrontrunners = "Koplopers (laatste reflectie)";
    public static string CohortParticipant(string keyId) => $"Deelnemer {keyId}";
    public const string CohortNoFrontrunners = "Koplopers: nog geen reflectie";
    public const string HypothesisResult = "Hypothese";
    public const string Barriers = "Belemmeringen genoemd";
    public const string RegimeBarriers = "waarvan op het niveau van het regime";
    public const string NoBarriers = "geen";
    public static string CohortCaption(string experiment) => $"Oefenreflecties op {experiment}, naast de koplopers";

    public const string ForbiddenTitle = "Geen toegang";
    public const string ForbiddenDescription = "Deze pagina is niet voor uw sleutel.";
    public const string ParticipantsOnly = "Deze pagina is alleen voor deelnemers van de cursus. Meld u aan met uw deelnemerssleutel.";
    public const string TeachersOnly = "Deze pagina is alleen voor de docent van een groep. Meld u aan met uw docentensleutel.";

    /// <summary>What a personal course page says to someone who is not signed in.</summary>
    public const string PersonalPageNote = "Deze pagina is persoonlijk. Meld u aan met uw deelnemerssleutel of docentensleutel; daarna ziet u hier uw oefenreflecties of die van uw groep. Niemand anders ziet ze.";
}
