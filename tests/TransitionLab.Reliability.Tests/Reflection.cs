using System.Text.Json.Nodes;

namespace TransitionLab.Reliability.Tests;

/// <summary>A valid reflection body for any experiment (no goals, so no goal ids to match).</summary>
internal static class Reflection
{
    /// <summary>A body whose <c>loop.observed</c> carries <paramref name="marker"/>, so a duplicate is recognisable.</summary>
    public static JsonObject Body(string marker) => (JsonObject)JsonNode.Parse($$"""
        {
          "cycle": 1, "date": "2025-06-30", "periodStart": "2025-01-01", "periodEnd": "2025-06-30",
          "rolesPresent": ["frontrunner", "resident"], "stage": "pilot", "xCurve": "take-off",
          "hypothesis": { "weBelieve": "Een vast team helpt huishoudens sneller.", "toVerify": "We werken met één plan per huishouden.",
            "weMeasure": "Huishoudens met een stabiel inkomen.", "weAreRightIf": "Een kwart meer huishoudens is stabiel.", "result": "partly-confirmed" },
          "loop": { "observed": "Meting {{marker}}", "learned": "Eén plan werkt beter dan losse loketten.",
            "therefore": "We gaan door.", "decision": "persevere" },
          "goals": [], "peopleReached": 12, "dataReliability": "medium", "evidenceLevel": 2,
          "workingCore": { "fixed": "Eén plan en één budget per huishouden.", "variable": "Samenstelling van het team." },
          "contexts": [ { "area": "Heerlen-Noord", "direction": "positive" } ],
          "barriers": [], "learningQuestions": [],
          "route": { "route": "fit-and-conform", "ruleChangesNeeded": [], "exnovation": "Losse loketten." },
          "sustainment": { "fundingSource": "Projectsubsidie", "fundingEndDate": "2027-03-31", "structuralOwner": "Gemeente", "plan": "in-preparation" },
          "lessons": { "challenges": "Tijd.", "conditionsForSuccess": "Mandaat.", "replication": "Training.", "lessonsLearned": "Begin klein." },
          "processEvaluationDone": false
        }
        """)!;
}
