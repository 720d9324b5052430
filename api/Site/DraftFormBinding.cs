using System.Globalization;
using System.Text.RegularExpressions;
using TransitionLab.Api.Experiments;
using TransitionLab.Core.Text;
using TransitionLab.Site.Intake;

namespace TransitionLab.Api.Site;

/// <summary>
/// Between the registration form and the API's draft: the form's field names are the draft's JSON paths, except that
/// frontrunners and partners are one textarea each (one per line), the description is four sections, and empty goal
/// and link rows are dropped (so the rows left are renumbered, and <see cref="FormName"/> maps an error back).
/// </summary>
public sealed partial class DraftFormBinding
{
    private readonly Dictionary<string, string> _rows = new(StringComparer.Ordinal);

    private DraftFormBinding(DraftExperimentRequest draft, Dictionary<string, string[]> errors)
    {
        Draft = draft;
        Errors = errors;
    }

    /// <summary>The draft as the JSON endpoint would receive it.</summary>
    public DraftExperimentRequest Draft { get; }

    /// <summary>Values that could not be read at all, or personal data in a section of the description, keyed by form field name.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>Reads a posted registration form.</summary>
    public static DraftFormBinding Bind(IFormCollection form)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? Text(string name) => form[name].ToString().Trim() is { Length: > 0 } text ? text : null;
        IReadOnlyList<string>? Lines(string name) => Text(name)?.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        IReadOnlyList<string>? Checked(string name) => form[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToArray() is { Length: > 0 } values ? values : null;
        decimal? Number(string name)
        {
            if (Text(name) is not { } text) return null;
            if (decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return value;
            errors[name] = ["Vul een getal in, zoals 12 of 4.5."];
            return null;
        }

        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        var goals = new List<DraftGoal>();
        for (var i = 0; i < DraftForm.GoalRows; i++)
        {
            var p = $"goals[{i}].";
            var goal = new DraftGoal(Text(p + "id") ?? GoalId(Text(p + "description"), goals.Count), Text(p + "description"), Text(p + "targetGroup"), Text(p + "unit"),
                Number(p + "baseline"), Number(p + "target"));
            if (goal is { Description: null, TargetGroup: null, Unit: null, Baseline: null, Target: null }) continue;
            rows[$"goals[{goals.Count}]"] = $"goals[{i}]";
            goals.Add(goal);
        }
        var links = new List<LinkDto>();
        for (var i = 0; i < DraftForm.LinkRows; i++)
        {
            var (title, url) = (Text($"links[{i}].title"), Text($"links[{i}].url"));
            if (title is null && url is null) continue;
            rows[$"links[{links.Count}]"] = $"links[{i}]";
            links.Add(new LinkDto(title ?? "", url ?? ""));
        }
        var sections = DraftForm.Sections.ToDictionary(s => s.Name, s => form[s.Name].ToString(), StringComparer.Ordinal);
        // Checked per section, so the message stands next to the section that holds the personal data.
        foreach (var finding in FreeTextGuard.Check(sections.Select(s => (s.Key, (string?)s.Value)))) errors[finding.Path] = [finding.Message];

        var fundingSource = Text("funding.source");
        var fundingEnd = Text("funding.endDate");
        var draft = new DraftExperimentRequest
        {
            Title = Text("title"), Slug = Text("slug"), Summary = Text("summary"), Municipality = Text("municipality"), Region = Text("region"),
            Themes = Checked("themes"), Concepts = Checked("concepts"), Status = Text("status"), StartDate = Text("startDate"),
            Funding = fundingSource is null && fundingEnd is null ? null : new DraftFunding(fundingSource, fundingEnd),
            Frontrunners = Lines("frontrunners"), Partners = Lines("partners"), Goals = goals.Count > 0 ? goals : null,
            XCurve = Text("xCurve"), Stage = Text("stage"), Links = links.Count > 0 ? links : null,
            Body = DraftForm.ComposeBody(sections) is { Length: > 0 } body ? body : null,
        };
        var binding = new DraftFormBinding(draft, errors);
        foreach (var (row, formRow) in rows) binding._rows[row] = formRow;
        return binding;
    }

    /// <summary>The form's values for a saved draft, to continue it.</summary>
    public static Dictionary<string, string[]> Values(DraftExperimentRequest d)
    {
        var values = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Set(string name, string? value) { if (value is not null) values[name] = [value]; }
        Set("title", d.Title); Set("slug", d.Slug); Set("summary", d.Summary); Set("municipality", d.Municipality); Set("region", d.Region);
        if (d.Themes is not null) values["themes"] = d.Themes.ToArray();
        if (d.Concepts is not null) values["concepts"] = d.Concepts.ToArray();
        Set("status", d.Status); Set("startDate", d.StartDate);
        Set("funding.source", d.Funding?.Source); Set("funding.endDate", d.Funding?.EndDate);
        if (d.Frontrunners is not null) Set("frontrunners", string.Join("\n", d.Frontrunners));
        if (d.Partners is not null) Set("partners", string.Join("\n", d.Partners));
        for (var i = 0; i < Math.Min(d.Goals?.Count ?? 0, DraftForm.GoalRows); i++)
        {
            var g = d.Goals![i];
            Set($"goals[{i}].id", g.Id); Set($"goals[{i}].description", g.Description); Set($"goals[{i}].targetGroup", g.TargetGroup); Set($"goals[{i}].unit", g.Unit);
            Set($"goals[{i}].baseline", g.Baseline?.ToString(CultureInfo.InvariantCulture)); Set($"goals[{i}].target", g.Target?.ToString(CultureInfo.InvariantCulture));
        }
        for (var i = 0; i < Math.Min(d.Links?.Count ?? 0, DraftForm.LinkRows); i++) { Set($"links[{i}].title", d.Links![i].Title); Set($"links[{i}].url", d.Links![i].Url); }
        Set("xCurve", d.XCurve); Set("stage", d.Stage);
        foreach (var (name, text) in DraftForm.SplitBody(d.Body)) Set(name, text);
        return values;
    }

    /// <summary>The form field behind an error's JSON path: list items go to their textarea or fieldset, rows are numbered back.</summary>
    public string FormName(string jsonPath)
    {
        if (jsonPath.StartsWith("themes", StringComparison.Ordinal)) return "themes";
        if (jsonPath.StartsWith("concepts", StringComparison.Ordinal)) return "concepts";
        if (jsonPath.StartsWith("frontrunners", StringComparison.Ordinal)) return "frontrunners";
        if (jsonPath.StartsWith("partners", StringComparison.Ordinal)) return "partners";
        if (jsonPath == "body") return DraftForm.Sections[0].Name;
        if (jsonPath == "funding") return "funding.source";
        if (jsonPath == "draft") return "";
        var match = Row().Match(jsonPath);
        return match.Success && _rows.TryGetValue(match.Value, out var formRow) ? formRow + jsonPath[match.Value.Length..] : jsonPath;
    }

    // A goal needs an id that reflections refer to; the form makes one from the description when it was left empty.
    private static string? GoalId(string? description, int index)
    {
        if (description is null) return null;
        var id = NotSlug().Replace(description.ToLowerInvariant(), "-").Trim('-');
        id = id.Length > 40 ? id[..40].TrimEnd('-') : id;
        return id.Length >= 2 ? id : $"doel-{index + 1}";
    }

    [GeneratedRegex(@"^(goals|links)\[\d+\]")] private static partial Regex Row();
    [GeneratedRegex(@"[^a-z0-9]+")] private static partial Regex NotSlug();
}
