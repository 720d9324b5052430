namespace TransitionLab.Site.Intake;

/// <summary>Dutch text of the intake: registering an experiment and the editors' review (B1, "u").</summary>
public static class IntakeText
{
    public const string RegisterTitle = "Experiment aanmelden";
    public const string RegisterDescription = "Meld met uw uitnodiging een experiment aan; de redactie controleert het en zet het op de site.";
    public const string RegisterIntro = "Beschrijf uw experiment. U kunt tussendoor opslaan en later verder gaan. Als alles klopt, dient u het in bij de redactie van uw gemeente. Na hun goedkeuring staat het binnen enkele seconden op de site.";
    public const string NoPersonalData = "Schrijf nooit namen, e-mailadressen, telefoonnummers of andere gegevens van inwoners of cliënten op. Het formulier weigert zulke gegevens.";
    public const string SignInForRegister = "Meld u eerst aan met de code uit uw uitnodiging (of met uw koploperssleutel).";
    public const string SignInForReview = "Meld u eerst aan met uw regisseurssleutel.";
    public const string RegisterSignInNote = "Hier meldt u een nieuw experiment aan. Daarvoor hebt u een uitnodiging nodig van de regisseur van uw gemeente. Meld u aan met de code uit die uitnodiging; daarna ziet u hier het formulier.";
    public const string ReviewSignInNote = "Deze pagina is voor de redactie: regisseurs die aanmeldingen van experimenten in hun gemeente of regio beoordelen. Meld u aan met uw regisseurssleutel; daarna ziet u hier de aanmeldingen die op u wachten.";
    public const string BackToExperiments = "Naar alle experimenten";
    public const string BackToHome = "Naar de startpagina";
    public const string NotInvited = "Met deze sleutel kunt u geen experiment aanmelden. Vraag de regisseur van uw gemeente om een uitnodiging.";
    public const string SaveButton = "Concept opslaan";
    public const string SubmitButton = "Indienen bij de redactie";
    public const string Saved = "Uw concept is opgeslagen. U kunt later verder gaan via deze pagina.";
    public const string SavedIncomplete = "Uw concept is opgeslagen, maar nog niet compleet. Vul de velden met een melding aan voordat u het indient.";
    public const string FromCourseCase = "De gegevens van uw eigen casus staan in dit formulier. Controleer ze, vul aan wat nog ontbreekt en dien de aanmelding in. De redactie beoordeelt haar voordat het experiment op de site komt. U bent nu aangemeld met de code van de uitnodiging; met uw deelnemerssleutel komt u terug in de cursus.";
    public const string Submitted = "Uw aanmelding is ingediend. De redactie beoordeelt haar; u ziet hier hun oordeel.";
    public const string ErrorTitle = "Het concept is nog niet opgeslagen";
    public const string SubmitErrorTitle = "De aanmelding is nog niet ingediend";
    public const string ReviewComment = "Opmerking van de redactie: ";
    public const string Rejected = "De redactie heeft deze aanmelding afgewezen. Reden: ";
    public const string WaitingForReview = "Uw aanmelding ligt bij de redactie. U kunt haar pas weer wijzigen na hun oordeel.";
    public const string ChangesRequested = "De redactie vraagt u om aanpassingen. Hun opmerkingen staan bij de velden.";
    public const string PublishedNote = "Dit experiment staat op de site. Een wijziging wordt eerst weer beoordeeld; tot dan blijft de gepubliceerde versie staan.";
    public const string YourRegistrations = "Uw aanmeldingen";
    public const string ViewPublished = "Bekijk het op de site";

    public const string Basics = "Over het experiment";
    public const string Title = "Titel";
    public const string Slug = "Korte naam voor het webadres";
    public const string SlugHint = "Kleine letters, cijfers en streepjes, zoals buurtbudget-alphen. Dit kunt u later niet meer wijzigen.";
    public const string Summary = "Samenvatting";
    public const string SummaryHint = "Eén of twee zinnen in gewone taal.";
    public const string Municipality = "Gemeente";
    public const string MunicipalityHint = "Uw uitnodiging legt de gemeente vast.";
    public const string Region = "Regio of provincie";
    public const string Themes = "Thema's";
    public const string Concepts = "Begrippen (mag leeg)";
    public const string Status = "Status";
    public const string StartDate = "Gestart op";
    public const string DateHint = "Als jjjj-mm-dd, zoals 2025-03-01.";
    public const string Funding = "Financiering";
    public const string FundingSource = "Wie betaalt het?";
    public const string FundingEnd = "Geld stopt op (leeg als het structureel is)";
    public const string People = "Wie doen mee?";
    public const string Frontrunners = "Koplopers";
    public const string FrontrunnersHint = "Organisaties of rollen, één per regel. Nooit namen van inwoners of cliënten.";
    public const string Partners = "Partners (mag leeg)";
    public const string PartnersHint = "Organisaties, één per regel.";
    public const string Goals = "Doelen";
    public const string GoalsHint = "Ten minste één doel: wat moet er veranderen voor wie, met de waarde bij de start en de waarde waar u naar streeft.";
    public const string Goal = "Doel";
    public const string GoalId = "Korte naam van het doel";
    public const string GoalDescription = "Wat moet er veranderen?";
    public const string GoalTargetGroup = "Voor wie?";
    public const string GoalUnit = "Eenheid (zoals aantal per jaar of %)";
    public const string GoalBaseline = "Waarde bij de start";
    public const string GoalTarget = "Streefwaarde";
    public const string Place = "Plek in de transitie";
    public const string XCurve = "Plek op de X-curve";
    public const string Stage = "Fase";
    public const string Links = "Links (mag leeg)";
    public const string Link = "Link";
    public const string LinkTitle = "Tekst van de link";
    public const string LinkUrl = "Webadres (begint met https://)";
    public const string Body = "Beschrijving";
    public const string WhatItIs = "Wat is het";
    public const string HowItWorks = "Hoe werkt het";
    public const string WhyExperiment = "Waarom is het een experiment";
    public const string NotYetKnown = "Wat we nog niet weten";

    public const string ReviewTitle = "Redactie";
    public const string ReviewDescription = "Aanmeldingen van experimenten beoordelen en koplopers uitnodigen.";
    public const string ReviewIntro = "Hier beoordeelt u de aangemelde experimenten van uw gemeente of regio, de oudste eerst. Na uw goedkeuring staat een experiment binnen enkele seconden op de site.";
    public const string Queue = "Wachten op uw oordeel";
    public const string QueueEmpty = "Er wachten nu geen aanmeldingen.";
    public const string SubmittedOn = "ingediend op";
    public const string Open = "Beoordelen";
    public const string Invite = "Koploper uitnodigen";
    public const string InviteIntro = "Een uitnodiging is een code die 14 dagen geldig is. Wie de code heeft, meldt er één experiment in deze gemeente mee aan en wordt er de koploper van.";
    public const string InviteMunicipality = "Gemeente";
    public const string InviteLabel = "Voor wie (organisatie; geen namen van personen)";
    public const string InviteButton = "Uitnodiging maken";
    public const string InviteCreated = "Uitnodiging gemaakt. Geef deze code aan de koploper; hij wordt niet nog eens getoond:";
    public const string InviteHow = "De koploper meldt zich met de code aan op de site en vult daarna het formulier 'Experiment aanmelden' in.";
    public const string Invitations = "Uitnodigingen";
    public const string InvitationUsed = "gebruikt voor";
    public const string InvitationOpen = "nog niet gebruikt, geldig tot";
    public const string InvitationRevoked = "ingetrokken";
    public const string Revoke = "Intrekken";
    public const string InviteErrorTitle = "De uitnodiging is niet gemaakt";

    public const string ReviewItemIntro = "Zo komt het experiment op de site. Keur het goed, vraag om aanpassingen met een opmerking per veld, of wijs het af met een reden.";
    public const string Preview = "Zo komt het op de site";
    public const string Decision = "Uw oordeel";
    public const string Action = "Oordeel";
    public const string Approve = "Goedkeuren en publiceren";
    public const string RequestChanges = "Om aanpassingen vragen";
    public const string Reject = "Afwijzen";
    public const string CommentsPerField = "Opmerkingen per veld (bij 'om aanpassingen vragen')";
    public const string CommentOn = "Opmerking bij ";
    public const string Reason = "Reden (verplicht bij afwijzen)";
    public const string DecideButton = "Oordeel opslaan";
    public const string ReviewErrorTitle = "Het oordeel is niet opgeslagen";
    public const string Decided = "Uw oordeel is opgeslagen.";
    public const string BackToQueue = "Terug naar de redactie";
    public const string NotReviewable = "Deze aanmelding ligt niet (meer) ter beoordeling.";

    /// <summary>Dutch name of a registration state code.</summary>
    public static string State(string code) => code switch
    {
        "draft" => "concept",
        "submitted" => "ingediend, wacht op de redactie",
        "changes-requested" => "de redactie vraagt aanpassingen",
        "rejected" => "afgewezen",
        "approved" => "goedgekeurd en gepubliceerd",
        _ => code,
    };
}
