namespace TransitionLab.Site.Text;

/// <summary>The Dutch text of the tested part of the accessibility statement.</summary>
public static class AccessibilityText
{
    public const string Heading = "Wat wij hebben getest";
    public const string Caption = "Succescriteria van WCAG 2.1 die de browsertests controleren";
    public const string ColumnCriterion = "Criterium";
    public const string ColumnHow = "Hoe getest";
    public const string ColumnResult = "Uitkomst";
    public const string Meets = "Voldoet";
    public const string DoesNotMeet = "Voldoet niet";
    public const string AllMeet = "Alle geteste criteria voldoen.";
    public const string NotYetByHand =
        "De andere criteria van WCAG 2.1 AA zijn niet automatisch te testen. Die controleren wij met de hand bij elke nieuwe pagina; " +
        "een volledig onderzoek door een onafhankelijke deskundige is nog niet gedaan.";

    public static string LastTested(DateOnly date) =>
        $"De laatste test was op {Dutch.Date(date)}. Elke nieuwe versie van de website doorloopt deze tests in een echte browser, " +
        "op een telefoon van 320 en 390 pixels breed en op een scherm van 1280 pixels, in licht en donker kleurenschema.";

    public static string SomeFail(int count) => count == 1 ? "Eén getest criterium voldoet nog niet:" : $"{count} geteste criteria voldoen nog niet:";
}
