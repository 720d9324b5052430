using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Content;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Text;

namespace TransitionLab.Api.Experiments;

/// <summary>
/// Checks a draft with the same rules as a content file: the draft is written as front matter
/// (JSON is valid YAML) and read by <see cref="ContentLoader.ParseExperiment"/>, then its theme and
/// concept slugs are checked against the imported catalogue.
/// </summary>
public static partial class DraftExperiments
{
    /// <summary>The experiment, or errors keyed by the draft's JSON field names.</summary>
    public static (Experiment? Experiment, IReadOnlyDictionary<string, string[]> Errors) Read(DraftExperimentRequest draft, ContentCatalogue catalogue)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string path, string message)
        {
            if (!errors.TryGetValue(path, out var list)) errors[path] = list = [];
            list.Add(message);
        }

        foreach (var finding in Guarded(draft)) Add(finding.Path, finding.Message);

        var text = "---\n" + ToFrontMatter(draft).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n---\n" + (draft.Body ?? "");
        var (experiment, problems) = ContentLoader.ParseExperiment($"{draft.Slug ?? "draft"}.md", text);
        foreach (var problem in problems) Add(PathOf(problem.Message), DraftMessages.Dutch(problem.Message));

        for (var i = 0; i < (draft.Themes?.Count ?? 0); i++)
            if (!catalogue.Themes.Any(t => t.Slug == draft.Themes![i]))
                Add($"themes[{i}]", $"Onbekend thema; bekend: {string.Join(", ", catalogue.Themes.Select(t => t.Slug))}.");
        for (var i = 0; i < (draft.Concepts?.Count ?? 0); i++)
            if (!catalogue.Concepts.Any(c => c.Slug == draft.Concepts![i]))
                Add($"concepts[{i}]", $"Onbekend begrip; bekend: {string.Join(", ", catalogue.Concepts.Select(c => c.Slug))}.");

        var result = errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
        return (result.Count == 0 ? experiment : null, result);
    }

    /// <summary>
    /// What the free-text guard finds in a draft: personal data or unreadable characters in its prose, unreadable
    /// characters in its codes, dates and addresses. These are refused even when a half-filled draft is saved.
    /// </summary>
    public static IReadOnlyList<FreeTextFinding> Guarded(DraftExperimentRequest draft) =>
        [.. FreeTextGuard.Check(FreeTexts(draft)), .. FreeTextGuard.CheckReadable(CodedTexts(draft))];

    /// <summary>Every field of a draft that is typed as text but holds a code, a date or an address, with its JSON path.</summary>
    public static IEnumerable<(string Path, string? Text)> CodedTexts(DraftExperimentRequest d)
    {
        yield return ("slug", d.Slug);
        yield return ("status", d.Status);
        yield return ("startDate", d.StartDate);
        yield return ("funding.endDate", d.Funding?.EndDate);
        yield return ("xCurve", d.XCurve);
        yield return ("stage", d.Stage);
        for (var i = 0; i < (d.Themes?.Count ?? 0); i++) yield return ($"themes[{i}]", d.Themes![i]);
        for (var i = 0; i < (d.Concepts?.Count ?? 0); i++) yield return ($"concepts[{i}]", d.Concepts![i]);
        for (var i = 0; i < (d.Goals?.Count ?? 0); i++) yield return ($"goals[{i}].id", d.Goals![i].Id);
        for (var i = 0; i < (d.Links?.Count ?? 0); i++) yield return ($"links[{i}].url", d.Links![i].Url);
    }

    /// <summary>Every free-text field of a draft with its JSON path.</summary>
    public static IEnumerable<(string Path, string? Text)> FreeTexts(DraftExperimentRequest d)
    {
        yield return ("title", d.Title);
        yield return ("summary", d.Summary);
        yield return ("municipality", d.Municipality);
        yield return ("region", d.Region);
        yield return ("body", d.Body);
        yield return ("funding.source", d.Funding?.Source);
        for (var i = 0; i < (d.Frontrunners?.Count ?? 0); i++) yield return ($"frontrunners[{i}]", d.Frontrunners![i]);
        for (var i = 0; i < (d.Partners?.Count ?? 0); i++) yield return ($"partners[{i}]", d.Partners![i]);
        for (var i = 0; i < (d.Goals?.Count ?? 0); i++)
        {
            yield return ($"goals[{i}].description", d.Goals![i].Description);
            yield return ($"goals[{i}].targetGroup", d.Goals![i].TargetGroup);
            yield return ($"goals[{i}].unit", d.Goals![i].Unit);
        }
        for (var i = 0; i < (d.Links?.Count ?? 0); i++) yield return ($"links[{i}].title", d.Links![i].Title);
    }

    private static JsonObject ToFrontMatter(DraftExperimentRequest d)
    {
        var o = new JsonObject();
        void Set(string key, JsonNode? value) { if (value is not null) o[key] = value; }
        JsonArray? List(IReadOnlyList<string>? items) => items is null ? null : new JsonArray(items.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray());
        Set("title", d.Title);
        Set("slug", d.Slug);
        Set("summary", d.Summary);
        Set("municipality", d.Municipality);
        Set("region", d.Region);
        // Theme and concept references are checked against the catalogue below, not by the single-file reader.
        Set("themes", List(d.Themes));
        Set("concepts", List(d.Concepts));
        Set("status", d.Status);
        Set("start_date", d.StartDate);
        if (d.Funding is { } f)
        {
            var funding = new JsonObject();
            if (f.Source is not null) funding["source"] = f.Source;
            if (f.EndDate is not null) funding["end_date"] = f.EndDate;
            o["funding"] = funding;
        }
        Set("frontrunners", List(d.Frontrunners));
        Set("partners", List(d.Partners));
        if (d.Goals is not null)
            o["goals"] = new JsonArray(d.Goals.Select(g =>
            {
                var goal = new JsonObject();
                if (g.Id is not null) goal["id"] = g.Id;
                if (g.Description is not null) goal["description"] = g.Description;
                if (g.TargetGroup is not null) goal["target_group"] = g.TargetGroup;
                if (g.Unit is not null) goal["unit"] = g.Unit;
                if (g.Baseline is not null) goal["baseline"] = g.Baseline;
                if (g.Target is not null) goal["target"] = g.Target;
                return (JsonNode?)goal;
            }).ToArray());
        Set("x_curve", d.XCurve);
        Set("stage", d.Stage);
        if (d.Links is not null)
            o["links"] = new JsonArray(d.Links.Select(l => (JsonNode?)new JsonObject { ["title"] = l.Title, ["url"] = l.Url }).ToArray());
        return o;
    }

    private static readonly Dictionary<string, string> Nested = new(StringComparer.Ordinal)
    {
        ["source"] = "funding.source", ["end_date"] = "funding.endDate", ["id"] = "goals", ["description"] = "goals",
        ["target_group"] = "goals", ["unit"] = "goals", ["baseline"] = "goals", ["target"] = "goals", ["url"] = "links",
    };

    // Content problems name the front matter key ("'start_date' moet ..."); the API names the JSON field.
    private static string PathOf(string message)
    {
        if (message.StartsWith("slug ", StringComparison.Ordinal)) return "slug";
        if (message.StartsWith("doel-id ", StringComparison.Ordinal) || message.StartsWith("doel ", StringComparison.Ordinal)) return "goals";
        if (message.StartsWith("link ", StringComparison.Ordinal) || message.Contains(" van link ", StringComparison.Ordinal)) return "links";
        if (message.StartsWith("de end_date van funding ", StringComparison.Ordinal)) return "funding.endDate";
        var match = QuotedKey().Match(message);
        if (!match.Success) return "draft";
        var key = match.Groups[1].Value;
        if (Nested.TryGetValue(key, out var nested)) return nested;
        return key.Contains('_') ? JsonNamingPolicy.CamelCase.ConvertName(string.Concat(key.Split('_').Select((p, i) => i == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]))) : key;
    }

    [GeneratedRegex(@"'([a-z_]+)'")]
    private static partial Regex QuotedKey();
}
