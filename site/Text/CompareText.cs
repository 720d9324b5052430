namespace TransitionLab.Site.Text;

/// <summary>
/// Dutch text of the comparison of two to four experiments and of the choice on the experiment list (B1, "u" form).
/// The rows of the comparison reuse the labels the experiment page and the sheet already use.
/// </summary>
public static class CompareText
{
    public const string Title = "Vergelijken";
    public const string Description = "Zet twee tot vier experimenten naast elkaar: oordeel, bewijs, bereik, doelen, werkzame kern, voorwaarden, belemmeringen en lessen.";
    public const string HowTo = "Kies op de lijst met experimenten twee tot vier experimenten. Vink bij elk experiment 'Vergelijk' aan en kies daarna de knop 'Vergelijk de gekozen experimenten'.";
    public const string ToList = "Naar de lijst met experimenten";
    public const string Caption = "De gekozen experimenten naast elkaar, uit de laatste reflectie van elk experiment";
    public const string Intro = "Elke kolom is één experiment. De cijfers en teksten komen uit de laatste reflectie. Op een smal scherm schuift u de tabel opzij.";
    public const string Experiment = "Experiment";

    public const string TooFew = "Kies ten minste twee experimenten om te vergelijken.";
    public const string TooMany = "U kunt hoogstens vier experimenten tegelijk vergelijken. Kies er minder.";
    public const string Unknown = "Een van de gekozen experimenten bestaat niet (meer). Kies opnieuw uit de lijst met experimenten.";
    public const string Unavailable = "De gegevens van een van de experimenten konden niet worden geladen. Probeer het later opnieuw.";
    public const string NeedsScript = "Op deze kopie van de site zet uw browser de experimenten met JavaScript naast elkaar. Staat JavaScript uit, open dan het blad van elk experiment vanaf de lijst met experimenten.";

    public const string Pick = "Vergelijk";
    public static string PickName(string experiment) => $"{Pick}: {experiment}";
    public const string PickButton = "Vergelijk de gekozen experimenten";
    public const string PickHint = "Vink twee tot vier experimenten aan en vergelijk ze.";
}
