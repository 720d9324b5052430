namespace TransitionLab.Site.Text;

/// <summary>Dutch text (B1) of the course's practice in drafting a transition-agenda item.</summary>
public static class AgendaDraftText
{
    public const string Heading = "Oefenen: een agendapunt opstellen";
    public const string Intro = "Zet een belemmering uit het regime op de transitieagenda, zoals een regisseur dat doet. Noem wat moet veranderen, wie het kan veranderen, wie het trekt en wanneer het volgende besluit valt. Kijk voor voorbeelden op de transitieagenda.";
    public const string AgendaLink = "Naar de transitieagenda";
    public const string Private = "Uw agendapunt is een oefening en is privé. Alleen u en uw docent zien het. Het komt niet op de transitieagenda en niet op de openbare site.";
    public const string SignInNote = "Om een agendapunt op te slaan meldt u zich eerst aan met uw deelnemerssleutel.";
    public const string Belemmering = "Belemmering die moet veranderen";
    public const string BelemmeringHint = "Bijvoorbeeld: geld voor een pilot loopt maar een paar jaar.";
    public const string Level = "Wie kan het veranderen";
    public const string Owner = "Trekker";
    public const string OwnerHint = "Een organisatie of rol, bijvoorbeeld 'Regieteam sociaal domein'. Noem nooit de naam van een persoon.";
    public const string DecisionMoment = "Volgend besluitmoment";
    public const string DecisionMomentHint = "Bijvoorbeeld de voorjaarsnota, een verordening of een wetswijziging.";
    public const string Change = "Wat moet er veranderen";
    public const string ChangeHint = "Welke regel, welk geld of welke inkoop, en hoe het dan wel gaat.";
    public const string Submit = "Agendapunt opslaan";
    public const string NotSaved = "Uw agendapunt is niet opgeslagen";
    public const string Saved = "Uw agendapunt is opgeslagen. U vindt het bij Mijn oefenreflecties.";
    public const string ParticipantsOnly = "Alleen deelnemers van de cursus oefenen met een agendapunt.";
    public const string MineHeading = "Mijn agendapunten";
    public const string CohortHeading = "Agendapunten van de groep";
    public const string CohortEmpty = "Uw groep heeft bij deze module nog geen agendapunt opgesteld.";
    public const string MineEmpty = "U heeft bij deze module nog geen agendapunt opgesteld.";
    public static string DraftedOn(string date) => $"Opgesteld op {date}";
}
