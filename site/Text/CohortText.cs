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
    public const string ProposeNotYet = "Na de cursus kunt u deze casus voorstellen als echt experiment in TransitionLab. Dat kan zodra de aanmelding van nieuwe experimenten open is; tot dan blijft de casus alleen in uw groep.";

    public const string ForbiddenOtherCohort = "Deze pagina hoort bij een andere groep.";
    public const string CourseOnly = "Deze pagina is alleen voor deelnemers en docenten van de cursus. Meld u aan met uw sleutel.";
    public const string ParticipantsOnly = "Alleen een deelnemer van de cursus legt een eigen casus vast.";
    public static string Participant(string label) => $"deelnemer {label}";
}
