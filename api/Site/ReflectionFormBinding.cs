using System.Globalization;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;

namespace TransitionLab.Api.Site;

/// <summary>
/// Turns the site's reflection form into the JSON body the API's reflection endpoint takes. Form field
/// names are JSON paths; repeated rows (contexts, barriers, questions, goals) that were left empty are
/// dropped, so the remaining rows are renumbered and <see cref="FormName"/> maps an error's JSON path
/// back to the field it came from.
/// </summary>
public sealed partial class ReflectionFormBinding
{
    private static readonly string[] Integers = ["cycle", "peopleReached", "evidenceLevel"];
    private static readonly string[] Scalars = ["date", "periodStart", "periodEnd", "stage", "xCurve", "dataReliability"];
    private static readonly (string Group, string[] Fields)[] Objects =
    [
        ("hypothesis", ["weBelieve", "toVerify", "weMeasure", "weAreRightIf", "result"]),
        ("loop", ["observed", "learned", "therefore", "decision"]),
        ("workingCore", ["fixed", "variable"]),
        ("route", ["route", "exnovation"]),
        ("sustainment", ["fundingSource", "fundingEndDate", "structuralOwner", "plan"]),
        ("lessons", ["challenges", "conditionsForSuccess", "replication", "lessonsLearned"]),
    ];
    private static readonly (string Group, string[] Fields, string[] Numbers, string[] MeaningfulWhenFilled)[] Rows =
    [
        ("goals", ["goalId", "targetGroup", "baseline", "target", "current"], ["baseline", "target", "current"], ["current"]),
        ("contexts", ["area", "direction"], [], ["area", "direction"]),
        ("barriers", ["kind", "level", "status", "description", "id"], [], ["kind", "level", "status", "description"]),
        ("learningQuestions", ["question", "status", "id"], [], ["question", "status"]),
    ];

    private readonly Dictionary<string, string> _formNames = new(StringComparer.Ordinal);

    private ReflectionFormBinding(JsonObject body, IReadOnlyDictionary<string, string[]> errors)
    {
        Body = body;
        Errors = errors;
    }

    /// <summary>The request body, as the JSON endpoint would receive it.</summary>
    public JsonObject Body { get; }

    /// <summary>Values that could not be read at all (a number field holding text), keyed by form field name.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>The form field behind a JSON path of <see cref="Body"/> (rows renumbered back).</summary>
    public string FormName(string jsonPath)
    {
        var match = RowIndex().Match(jsonPath);
        if (!match.Success) return jsonPath;
        var row = match.Value;
        return _formNames.TryGetValue(row, out var formRow) ? formRow + jsonPath[row.Length..] : jsonPath;
    }

    /// <summary>Reads a posted form.</summary>
    public static ReflectionFormBinding Bind(IFormCollection form)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var body = new JsonObject();
        string Text(string name) => form[name].ToString().Trim();

        foreach (var name in Integers)
            if (Text(name) is { Length: > 0 } text)
            {
                if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)) body[name] = number;
                else errors[name] = ["Vul een heel getal in."];
            }
        foreach (var name in Scalars)
            if (Text(name) is { Length: > 0 } text) body[name] = text;
        body["rolesPresent"] = new JsonArray(form["rolesPresent"].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => (JsonNode)v!.Trim()).ToArray());

        foreach (var (group, fields) in Objects)
        {
            var obj = new JsonObject();
            foreach (var field in fields)
                if (Text($"{group}.{field}") is { Length: > 0 } text) obj[field] = text;
            body[group] = obj;
        }
        ((JsonObject)body["route"]!)["ruleChangesNeeded"] = new JsonArray(Text("route.ruleChangesNeeded")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => (JsonNode)l).ToArray());
        body["processEvaluationDone"] = form["processEvaluationDone"].Contains("true");

        var binding = new ReflectionFormBinding(body, errors);
        foreach (var (group, fields, numbers, meaningful) in Rows)
        {
            var rows = new JsonArray();
            for (var i = 0; i < 50 && fields.Any(f => form.ContainsKey($"{group}[{i}].{f}")); i++)
            {
                var prefix = $"{group}[{i}]";
                if (meaningful.All(f => Text($"{prefix}.{f}").Length == 0)) continue;
                var row = new JsonObject();
                foreach (var field in fields)
                {
                    if (Text($"{prefix}.{field}") is not { Length: > 0 } text) continue;
                    if (!numbers.Contains(field)) row[field] = text;
                    else if (decimal.TryParse(text.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var number)) row[field] = number;
                    else errors[$"{prefix}.{field}"] = ["Vul een getal in, zoals 12 of 4,5."];
                }
                binding._formNames[$"{group}[{rows.Count}]"] = prefix;
                rows.Add(row);
            }
            body[group] = rows;
        }
        return binding;
    }

    [GeneratedRegex(@"^[A-Za-z]+\[\d+\]")]
    private static partial Regex RowIndex();
}
