using System.Text.RegularExpressions;

namespace TransitionLab.Api.Experiments;

/// <summary>
/// The content rules report to developers in English (file:line: message); a frontrunner filling in a draft reads
/// them in Dutch, next to the field. Each pattern matches one message of the content loader.
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
        (LinkTooLong(), m => $"Link {m.Groups[1].Value} heeft een {(m.Groups[2].Value == "title" ? "titel" : "webadres")} van {m.Groups[3].Value} tekens; gebruik er hoogstens {m.Groups[4].Value}."),
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

    [GeneratedRegex(@"^missing required field ")] private static partial Regex Missing();
    [GeneratedRegex(@"must not be empty$")] private static partial Regex Empty();
    [GeneratedRegex(@"needs at least one item$")] private static partial Regex AtLeastOne();
    [GeneratedRegex(@"^every item of '[a-z_]+' must be a non-empty text$")] private static partial Regex EmptyItem();
    [GeneratedRegex(@"must be a whole number from (\S+) to (\S+),")] private static partial Regex WholeNumber();
    [GeneratedRegex(@"must be a number like ")] private static partial Regex Number();
    [GeneratedRegex(@"must be one of: (.+); found ")] private static partial Regex OneOf();
    [GeneratedRegex(@"must be a real date written as yyyy-mm-dd")] private static partial Regex Date();
    [GeneratedRegex(@"must lie between (\S+) and (\S+), found")] private static partial Regex DateRange();
    [GeneratedRegex(@"^'[a-z_]+' has (\d+) characters; keep it to at most (\d+)$")] private static partial Regex TooLong();
    [GeneratedRegex(@"^'[a-z_]+' entry (\d+) has (\d+) characters; keep it to at most (\d+)$")] private static partial Regex EntryTooLong();
    [GeneratedRegex(@"^link (\d+) has a (title|url) of (\d+) characters; keep it to at most (\d+)$")] private static partial Regex LinkTooLong();
    [GeneratedRegex(@"^link '(.*)' must have an absolute http\(s\) url")] private static partial Regex LinkUrl();
    [GeneratedRegex(@"^slug '.*' must be 2-80 lowercase")] private static partial Regex Slug();
    [GeneratedRegex(@"^goal id '(.*)' is used more than once")] private static partial Regex GoalIdTwice();
    [GeneratedRegex(@"^goal id '(.*)' must be lowercase")] private static partial Regex GoalId();
    [GeneratedRegex(@"^funding end_date (\S+) is before start_date (\S+)$")] private static partial Regex FundingBeforeStart();
    [GeneratedRegex(@"must be (a list|a mapping|.+, not a list or mapping)")] private static partial Regex Shape();
}
