using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Intake;

/// <summary>
/// Writes the experiments published through the intake as Markdown files in exactly the format of
/// <c>content/experiments/</c>, so a team that keeps its catalogue in git can take them over; the content loader
/// reads them back into the same experiments (the same pages).
/// </summary>
public static partial class ContentExport
{
    /// <summary>The file of each published registration, by file name (<c>&lt;slug&gt;.md</c>), ordered by slug.</summary>
    public static IReadOnlyList<(string FileName, string Text)> Files(Database db) =>
        db.Registrations.FindAll().Where(r => r.Published.Length > 0).OrderBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => (r, published: db.FindExperiment(r.Id)))
            .Where(x => x.published is { Source: ImportedCatalogue.PublishedSource })
            .Select(x => ($"{x.r.Id}.md", ToMarkdown(DraftJson.Read(x.r.Published), x.published!)))
            .ToArray();

    /// <summary>One experiment as a content file: front matter in the documented order, then the Markdown body.</summary>
    public static string ToMarkdown(DraftExperimentRequest d, StoredExperiment published)
    {
        var y = new StringBuilder("---\n");
        void Line(string key, string? value, int indent = 0)
        {
            if (value is not null) y.Append(' ', indent).Append(key).Append(": ").Append(value).Append('\n');
        }
        void List(string key, IReadOnlyList<string>? items)
        {
            if (items is { Count: > 0 }) y.Append(key).Append(": [").Append(string.Join(", ", items.Select(Text))).Append("]\n");
        }
        Line("title", Text(d.Title));
        Line("slug", d.Slug);
        Line("summary", Text(d.Summary));
        Line("municipality", Text(d.Municipality));
        Line("region", Text(d.Region));
        List("themes", d.Themes);
        List("concepts", d.Concepts);
        Line("status", d.Status);
        Line("start_date", d.StartDate);
        Line("updated", Date(published.Updated));
        if (d.Funding is { } f)
        {
            y.Append("funding:\n");
            Line("source", Text(f.Source), 2);
            Line("end_date", f.EndDate, 2);
        }
        List("frontrunners", d.Frontrunners);
        List("partners", d.Partners);
        if (d.Goals is { Count: > 0 })
        {
            y.Append("goals:\n");
            foreach (var g in d.Goals)
            {
                y.Append("  - id: ").Append(g.Id).Append('\n');
                Line("description", Text(g.Description), 4);
                Line("target_group", Text(g.TargetGroup), 4);
                Line("unit", Text(g.Unit), 4);
                Line("baseline", g.Baseline?.ToString(CultureInfo.InvariantCulture), 4);
                Line("target", g.Target?.ToString(CultureInfo.InvariantCulture), 4);
            }
        }
        Line("x_curve", d.XCurve);
        Line("stage", d.Stage);
        if (d.Links is { Count: > 0 })
        {
            y.Append("links:\n");
            foreach (var l in d.Links)
            {
                y.Append("  - title: ").Append(Text(l.Title)).Append('\n');
                Line("url", Text(l.Url), 4);
            }
        }
        Line("registered", published.RegisteredOn is { } registered ? Date(registered) : null);
        Line("reviewed", published.ReviewedOn is { } reviewed ? Date(reviewed) : null);
        y.Append("---\n");
        var body = (d.Body ?? "").Replace("\r\n", "\n").Trim('\n');
        return body.Length > 0 ? y.Append('\n').Append(body).Append('\n').ToString() : y.ToString();
    }

    // Plain when YAML reads it back as the same text, else double-quoted with JSON escapes (JSON strings are YAML strings).
    private static string? Text(string? value) =>
        value is null ? null : Plain().IsMatch(value) && !Ambiguous().IsMatch(value) ? value : System.Text.Json.JsonSerializer.Serialize(value, Quoting);

    private static readonly System.Text.Json.JsonSerializerOptions Quoting = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Date(DateTime stored) => Dates.ToDomain(stored).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Letters first, no characters YAML gives a meaning, no ": " or " #", no trailing space.
    [GeneratedRegex(@"^[\p{L}\p{N}][^:#\[\]{},&*!|>'""%@`\n\r\t]*(?<! )$")] private static partial Regex Plain();
    // Texts YAML would read as something else: numbers, dates, booleans, null.
    [GeneratedRegex(@"^([-+]?[0-9][0-9_.,:-]*|true|false|yes|no|on|off|null|~)$", RegexOptions.IgnoreCase)] private static partial Regex Ambiguous();
}
