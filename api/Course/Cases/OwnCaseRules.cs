using System.Globalization;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Reflections;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Language;
using TransitionLab.Core.Text;

namespace TransitionLab.Api.Course.Cases;

/// <summary>
/// What an own case must hold: title, municipality and summary, the catalogue's limits on every field that is
/// given, codes and themes the catalogue knows, and no personal data in any free text (AVG).
/// </summary>
public static class OwnCaseRules
{
    /// <summary>Longest body; a case is a sketch for the course, not a report.</summary>
    public const int MaxBody = 8000;

    /// <summary>Errors keyed by the request's JSON paths; empty when the case may be stored.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(OwnCaseRequest c, ContentCatalogue catalogue)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string path, string message)
        {
            if (!errors.TryGetValue(path, out var list)) errors[path] = list = [];
            list.Add(message);
        }
        void Required(string path, string? value, int max)
        {
            if (string.IsNullOrWhiteSpace(value)) Add(path, "Vul dit veld in.");
            else Length(path, value, max);
        }
        void Length(string path, string? value, int max)
        {
            if (value is not null && value.Length > max) Add(path, $"Gebruik hoogstens {max} tekens.");
        }
        void Code<T>(string path, string? code) where T : struct, Enum
        {
            if (!string.IsNullOrEmpty(code) && !EnumCode.TryParse<T>(code, out _)) Add(path, $"Kies een van: {string.Join(", ", EnumCode.All<T>())}.");
        }
        void Date(string path, string? value)
        {
            if (string.IsNullOrEmpty(value)) return;
            if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                Add(path, "Schrijf de datum als jjjj-mm-dd.");
            else if (date < StoredReflections.EarliestDate || date > StoredReflections.LatestFundingEnd)
                Add(path, $"Kies een datum tussen {StoredReflections.EarliestDate:yyyy-MM-dd} en {StoredReflections.LatestFundingEnd:yyyy-MM-dd}.");
        }

        Required("title", c.Title, 150);
        Required("municipality", c.Municipality, 150);
        Required("summary", c.Summary, 400);
        Length("region", c.Region, 150);
        Length("body", c.Body, MaxBody);
        Length("funding.source", c.Funding?.Source, 150);
        Code<ExperimentStatus>("status", c.Status);
        Code<XCurvePosition>("xCurve", c.XCurve);
        Code<LifecycleStage>("stage", c.Stage);
        Date("startDate", c.StartDate);
        Date("funding.endDate", c.Funding?.EndDate);
        for (var i = 0; i < (c.Themes?.Count ?? 0); i++)
            if (!catalogue.Themes.Any(t => t.Slug == c.Themes![i]))
                Add($"themes[{i}]", $"Onbekend thema; bekend: {string.Join(", ", catalogue.Themes.Select(t => t.Slug))}.");
        foreach (var (name, list) in new[] { ("frontrunners", c.Frontrunners), ("partners", c.Partners) })
        {
            if (list is { Count: > 20 }) Add(name, "Noem hoogstens 20.");
            for (var i = 0; i < (list?.Count ?? 0); i++) Length($"{name}[{i}]", list![i], 150);
        }
        var goalIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (c.Goals?.Count ?? 0); i++)
        {
            var g = c.Goals![i];
            if (!Slugs.IsValid(g.Id)) Add($"goals[{i}].id", "Geef het doel een korte code van kleine letters, cijfers en streepjes.");
            else if (!goalIds.Add(g.Id!)) Add($"goals[{i}].id", "Deze code heeft al een ander doel.");
            Required($"goals[{i}].description", g.Description, 300);
            Length($"goals[{i}].targetGroup", g.TargetGroup, 150);
            Length($"goals[{i}].unit", g.Unit, 150);
            foreach (var (field, value) in new[] { ("baseline", g.Baseline), ("target", g.Target) })
                if (value is < 0 or > StoredReflections.MaxGoalValue) Add($"goals[{i}].{field}", $"Een doelwaarde ligt tussen 0 en {StoredReflections.MaxGoalValue:N0}.");
        }
        foreach (var finding in FreeTextGuard.Check(FreeTexts(c))) Add(finding.Path, finding.Message);
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Every free-text field of a case with its JSON path, for the free-text guard (personal data, unreadable characters).</summary>
    public static IEnumerable<(string Path, string? Text)> FreeTexts(OwnCaseRequest c)
    {
        yield return ("title", c.Title);
        yield return ("municipality", c.Municipality);
        yield return ("summary", c.Summary);
        yield return ("region", c.Region);
        yield return ("body", c.Body);
        yield return ("funding.source", c.Funding?.Source);
        for (var i = 0; i < (c.Frontrunners?.Count ?? 0); i++) yield return ($"frontrunners[{i}]", c.Frontrunners![i]);
        for (var i = 0; i < (c.Partners?.Count ?? 0); i++) yield return ($"partners[{i}]", c.Partners![i]);
        for (var i = 0; i < (c.Goals?.Count ?? 0); i++)
        {
            yield return ($"goals[{i}].description", c.Goals![i].Description);
            yield return ($"goals[{i}].targetGroup", c.Goals![i].TargetGroup);
            yield return ($"goals[{i}].unit", c.Goals![i].Unit);
        }
    }
}
