using TransitionLab.Core.Reflections;

namespace TransitionLab.Api.Demo;

/// <summary>The plain Dutch phrases the demo reflections are made of, in one place.</summary>
internal static class DemoTexts
{
    public static readonly IReadOnlyDictionary<BarrierKind, string> Barriers = new Dictionary<BarrierKind, string>
    {
        [BarrierKind.OwnStrengthAsOwnResponsibility] = "Eigen kracht wordt uitgelegd als 'zoek het zelf maar uit'.",
        [BarrierKind.ReluctanceToAskForHelp] = "Gezinnen vragen pas laat om hulp, uit schaamte.",
        [BarrierKind.WeakLinkToInformalNetworks] = "Het wijkteam kent de vrijwilligers in de buurt nog slecht.",
        [BarrierKind.Silos] = "Jeugd, zorg en participatie werken met aparte budgetten en plannen.",
        [BarrierKind.NoMandateForGeneralists] = "De generalist mag niet zelf beslissen over een indicatie.",
        [BarrierKind.DistrustBetweenSpecialistsAndGeneralists] = "Specialisten twijfelen aan het oordeel van de generalist.",
        [BarrierKind.NationalRulesBeatLocalTailoring] = "Landelijke regels laten geen maatwerk toe in de bekostiging.",
        [BarrierKind.NoInfrastructureForCitizenInitiatives] = "Bewonersinitiatieven hebben geen vaste plek of ondersteuning.",
        [BarrierKind.RiskAversion] = "Voor de nieuwe aanpak gelden strengere eisen dan voor de oude.",
        [BarrierKind.ShortTermFunding] = "Het geld is projectgeld en stopt na de pilot.",
        [BarrierKind.ProcurementAndMarketForces] = "De inkoop per product past niet bij de aanpak.",
        [BarrierKind.PrivacyAsReasonNotToShare] = "Partners delen geen informatie 'vanwege de AVG'.",
        [BarrierKind.LackOfCapacity] = "Medewerkers hebben te weinig tijd naast hun gewone werk.",
        [BarrierKind.StaffTurnover] = "Er vertrokken ervaren collega's; nieuwe moeten ingewerkt worden.",
    };

    public static readonly string[] Observed =
    [
        "Deelnemers komen vaker terug dan we dachten.",
        "Het eigen netwerk doet meer mee zodra iemand het gesprek leidt.",
        "Professionals hebben tijd nodig om los te laten.",
        "Bewoners noemen vooral de vaste contactpersoon als verschil.",
        "De eerste cijfers bewegen de goede kant op, maar langzaam.",
    ];

    public static readonly string[] Learned =
    [
        "Een vaste contactpersoon is belangrijker dan het aantal gesprekken.",
        "Zonder mandaat voor de generalist loopt het vast bij de eerste indicatie.",
        "Korte lijnen met de gemeente maken snelle keuzes mogelijk.",
        "Ervaringsdeskundigen openen deuren die voor ons dicht blijven.",
    ];

    public static readonly string[] Questions =
    [
        "Wie betaalt de aanpak als de pilot stopt?",
        "Werkt de aanpak ook in een wijk zonder actieve bewoners?",
        "Hoe meten we kwaliteit van leven zonder extra registratie?",
        "Welke regel moet veranderen om maatwerk toe te staan?",
    ];

    public static readonly string[] RuleChanges =
    [
        "Bekostiging per traject in plaats van per product",
        "Doorzettingsmacht voor de generalist in de verordening",
        "Een inkoopregel die ruimte geeft aan informele hulp",
    ];

    public const string Therefore = "We gaan door met wat werkt en passen één ding aan in de volgende ronde.";
    public static string Fixed(string targetGroup) =>
        $"Voor {targetGroup.ToLowerInvariant()}: een vaste contactpersoon; het eigen netwerk aan tafel; samen een plan dat de deelnemer zelf maakt.";
    public const string Variable = "Plek, tijdstip en welke partners aanschuiven.";
    // Deliberately too short to count as a described variable part: the "deepen" story.
    public const string VariableUnknown = "Nog open.";
    public const string Exnovation = "Losse indicaties en doorverwijzingen die de aanpak overbodig maakt.";
    public const string Challenges = "Het kost tijd om vertrouwen op te bouwen bij bewoners en partners.";
    public const string Conditions = "Tijd, een vaste plek in de wijk en een bestuurder die ruimte geeft.";
    public const string Replication = "Getrainde gespreksleiders en afspraken met de gemeente over mandaat.";
    public const string Lessons = "Begin klein, meet wat bewoners belangrijk vinden en leg besluiten vast.";
    public const string StructuralOwner = "Afdeling Sociaal Domein van de gemeente";
    public const string StructuralSource = "Structureel budget sociaal domein";

    public static string WeBelieve(string title, string goal) => $"Wij geloven dat '{title}' zorgt voor: {goal.ToLowerInvariant()}.";
    public static string ToVerify(string group) => $"Om dat te toetsen werken we een half jaar met {group.ToLowerInvariant()} in de wijk.";
    public static string WeMeasure(string unit) => $"We meten de uitkomst in {unit.ToLowerInvariant()} en vragen deelnemers naar hun ervaring.";
    public static string WeAreRightIf(decimal target) => $"We hebben gelijk als de waarde richting {target:0.#} gaat.";
}
