using System.Text.RegularExpressions;

namespace TransitionLab.Api.Experiments;

/// <summary>
/// The content rules report to whoever edits a content file (file:line: message, naming the YAML field); a frontrunner
/// filling in a draft reads the same rule next to the form field, in words about the form. Each pattern matches one
/// message of the content loader.
/// </summary>
public static partial class DraftMessages
{
    private static readonly (Regex Pattern, Func<Match, string> Dutch)[] Messages =
    [
        (Missing(), _ => "Vul dit veld in."),
        (Empty(), _ => "Vul dit veld in."),
        (AtLeastOne(), _ => "Vul er ten minste één in."),
        (EmptyItem(), _ => "Laat geen regel leeg."),
        (WholeNumber(), m => $"Vul een heel getal in van {m.Groups[1].Value} tot en met {m.Groups[2].Value}."),
        (Number(), _ => "Vul een getal in, zoals 12 of 4.5."),
        (OneOf(), m => $"Kies een van: {m.Groups[1].Value}."),
        (Date(), _ => "Vul een bestaande datum in als jjjj-mm-dd, zoals 2024-03-01."),
        (DateRange(), m => $"Kies een datum tussen {m.Groups[1].Value} en {m.Groups[2].Value}."),
        (TooLong(), m => $"Dit veld heeft {m.Groups[1].Value} tekens; gebruik er hoogstens {m.Groups[2].Value}."),
        (EntryTooLong(), m => $"Regel {m.Groups[1].Value} heeft {m.Groups[2].Value} tekens; gebruik er hoogstens {m.Groups[3].Value}."),
        (LinkTooLong(), m => $"Link {m.Groups[2].Value} heeft een {(m.Groups[1].Value == "titel" ? "titel" : "webadres")} van {m.Groups[3].Value} tekens; gebruik er hoogstens {m.Groups[4].Value}."),
        (LinkUrl(), m => $"Link '{m.Groups[1].Value}' heeft een volledig webadres nodig dat begint met http:// of https://."),
        (Slug(), _ => "Gebruik 2 tot 80 kleine letters, cijfers en losse streepjes, zoals buurtbudget-alphen."),
        (GoalIdTwice(), m => $"Het doel-id '{m.Groups[1].Value}' komt vaker voor; geef elk doel een eigen id."),
        (GoalId(), m => $"Het doel-id '{m.Groups[1].Value}' mag alleen kleine letters, cijfers en streepjes bevatten."),
        (FundingBeforeStart(), m => $"Het geld kan niet stoppen ({m.Groups[1].Value}) vóór de start ({m.Groups[2].Value})."),
        (Shape(), _ => "Dit veld heeft niet de goede vorm."),
    ];

    /// <summary>The Dutch text of a content rule's message; a message without a translation is kept as it is.</summary>
    public static string Dutch(string message)
    {
        foreach (var (pattern, dutch) in Messages)
            if (pattern.Match(message) is { Success: true } match) return dutch(match);
        return message;
    }

    [GeneratedRegex(@"^het verplichte veld ")] private static partial Regex Missing();
    [GeneratedRegex(@"mag niet leeg zijn$")] private static partial Regex Empty();
    [GeneratedRegex(@"heeft minstens één item nodig$")] private static partial Regex AtLeastOne();
    [GeneratedRegex(@"^elk item van '[a-z_]+' moet een tekst zijn, niet leeg$")] private static partial Regex EmptyItem();
    [GeneratedRegex(@"moet een heel getal van (\S+) tot en met (\S+) zijn;")] private static partial Regex WholeNumber();
    [GeneratedRegex(@"moet een getal zijn, zoals ")] private static partial Regex Number();
    [GeneratedRegex(@"moet een van deze waarden zijn: (.+); er staat ")] private static partial Regex OneOf();
    [GeneratedRegex(@"moet een bestaande datum zijn in de vorm jjjj-mm-dd")] private static partial Regex Date();
    [GeneratedRegex(@"moet tussen (\S+) en (\S+) liggen; er staat")] private static partial Regex DateRange();
    [GeneratedRegex(@"^'[a-z_]+' heeft (\d+) tekens; het maximum is (\d+)$")] private static partial Regex TooLong();
    [GeneratedRegex(@"^item (\d+) van '[a-z_]+' heeft (\d+) tekens; het maximum is (\d+)$")] private static partial Regex EntryTooLong();
    [GeneratedRegex(@"^(?:de|het) (titel|adres) van link (\d+) heeft (\d+) tekens; het maximum is (\d+)$")] private static partial Regex LinkTooLong();
    [GeneratedRegex(@"^link '(.*)' heeft een volledig http\(s\)-adres nodig")] private static partial Regex LinkUrl();
    [GeneratedRegex(@"^slug '.*' moet 2 tot 80 tekens hebben")] private static partial Regex Slug();
    [GeneratedRegex(@"^doel-id '(.*)' komt meer dan één keer voor")] private static partial Regex GoalIdTwice();
    [GeneratedRegex(@"^doel-id '(.*)' mag alleen kleine letters")] private static partial Regex GoalId();
    [GeneratedRegex(@"^de end_date van funding \((\S+)\) ligt voor de start_date \((\S+)\)$")] private static partial Regex FundingBeforeStart();
    [GeneratedRegex(@"moet (een lijst|velden met een naam|.+, geen lijst en geen velden)")] private static partial Regex Shape();
}
