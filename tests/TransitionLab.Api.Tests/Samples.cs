using System.Globalization;
using System.Text.Json.Nodes;

namespace TransitionLab.Api.Tests;

/// <summary>Valid request bodies to start from; tests change one field.</summary>
public static class Samples
{
    public static JsonObject Reflection(int cycle = 1, string date = "2025-06-30") => (JsonObject)JsonNode.Parse($$"""
        {
          "cycle": {{cycle}}, "date": "{{date}}", "periodStart": "2025-01-01", "periodEnd": "2025-06-30",
          "rolesPresent": ["frontrunner", "resident"], "stage": "pilot", "xCurve": "take-off",
          "hypothesis": { "weBelieve": "Een netwerkberaad voorkomt uithuisplaatsing.", "toVerify": "We houden netwerkberaden in twee wijken.",
            "weMeasure": "Uithuisplaatsingen per jaar.", "weAreRightIf": "Er zijn een kwart minder uithuisplaatsingen.", "result": "partly-confirmed" },
          "loop": { "observed": "Gezinnen nodigen veel mensen uit.", "learned": "De gespreksleider maakt het verschil.",
            "therefore": "We trainen meer gespreksleiders.", "decision": "persevere" },
          "goals": [ { "goalId": "minder-uithuisplaatsingen", "targetGroup": "Gezinnen met jeugdhulp", "baseline": 40, "target": 20, "current": 33 } ],
          "peopleReached": 42, "dataReliability": "medium", "evidenceLevel": 2,
          "workingCore": { "fixed": "Een getrainde gespreksleider en het eigen netwerk aan tafel.", "variable": "Plek en tijd." },
          "contexts": [ { "area": "Alphen-Noord", "direction": "positive" } ],
          "barriers": [ { "kind": "short-term-funding", "level": "regime", "status": "open", "description": "Het geld stopt in 2027." } ],
          "learningQuestions": [ { "question": "Wie betaalt de gespreksleiders later?", "status": "open" } ],
          "route": { "route": "fit-and-conform", "ruleChangesNeeded": [], "exnovation": "Minder losse indicaties." },
          "sustainment": { "fundingSource": "Projectsubsidie gemeente", "fundingEndDate": "2027-03-31", "structuralOwner": "Wijkteam Alphen", "plan": "in-preparation" },
          "lessons": { "challenges": "Hulp vragen is moeilijk.", "conditionsForSuccess": "Tijd.", "replication": "Training.", "lessonsLearned": "Begin klein." },
          "processEvaluationDone": false
        }
        """)!;

    public static JsonObject Decision(string kind = "mainstreamed") => (JsonObject)JsonNode.Parse($$"""
        { "kind": "{{kind}}", "decidedBy": "College van B&W", "decidedOn": "2025-09-15", "rationale": "Het werkt in twee wijken.",
          "owner": "Afdeling Jeugd", "budgetLine": "Programma Jeugd 6.72", "startDate": "2026-01-01" }
        """)!;

    public static JsonObject Draft(string slug = "nieuw-experiment") => (JsonObject)JsonNode.Parse($$"""
        {
          "title": "Nieuw experiment", "slug": "{{slug}}", "summary": "Een kort nieuw experiment.", "municipality": "Alphen",
          "region": "Zuid-Holland", "themes": ["jeugd"], "status": "planned", "startDate": "2025-01-01",
          "funding": { "source": "Projectsubsidie", "endDate": "2026-12-31" }, "frontrunners": ["Wijkteam Alphen"],
          "goals": [ { "id": "minder-schulden", "description": "Minder schulden", "targetGroup": "Gezinnen", "unit": "aantal", "baseline": 10, "target": 5 } ],
          "xCurve": "pre-development", "stage": "idea"
        }
        """)!;

    /// <summary>The fields a reflection form posts for <paramref name="body"/>: JSON paths as names, as a browser sends them.</summary>
    public static List<KeyValuePair<string, string>> FormFields(JsonObject body)
    {
        var fields = new List<KeyValuePair<string, string>>();
        void Add(string name, JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (key, value) in obj) Add(name.Length == 0 ? key : $"{name}.{key}", value);
                    break;
                case JsonArray array when name == "route.ruleChangesNeeded":
                    fields.Add(new(name, string.Join("\n", array.Select(a => a!.ToString()))));
                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                        if (array[i] is JsonObject) Add($"{name}[{i}]", array[i]);
                        else fields.Add(new(name, array[i]!.ToString()));
                    break;
                case JsonValue value when value.TryGetValue<bool>(out var flag):
                    if (flag) fields.Add(new(name, "true"));
                    break;
                case JsonValue value:
                    fields.Add(new(name, Convert.ToString(value.GetValue<object>(), CultureInfo.InvariantCulture)!));
                    break;
            }
        }
        Add("", body);
        return fields;
    }
}
