using TransitionLab.Core.Experiments;
using TransitionLab.Core.Text;

namespace TransitionLab.Core.Reflections;

/// <summary>
/// What makes a reflection acceptable: required texts, valid codes, ranges, dates in order, goals of
/// its own experiment, and no personal data in free text. Errors are keyed by the JSON path of the
/// field (<c>hypothesis.weBelieve</c>, <c>barriers[0].description</c>) so a form can show each one in place.
/// </summary>
public static class ReflectionRules
{
    /// <summary>Longest short text (names, areas, target groups, funding source).</summary>
    public const int ShortTextMax = 200;
    /// <summary>Longest free text (observations, lessons, descriptions).</summary>
    public const int LongTextMax = 4000;
    /// <summary>Most items in any list of a reflection.</summary>
    public const int ListMax = 50;

    /// <summary>
    /// Validates <paramref name="reflection"/> against its <paramref name="experiment"/>. The server-set
    /// fields (id, revision, firstSeen, recordedAt, recordedBy) are not checked.
    /// </summary>
    /// <returns>Errors by JSON path; empty when the reflection is acceptable.</returns>
    public static IReadOnlyDictionary<string, string[]> Validate(Reflection reflection, Experiment experiment, DateOnly today)
    {
        var errors = new Errors();
        var r = reflection;

        if (r.Cycle < 1) errors.Add("cycle", "Het nummer van de ronde begint bij 1.");
        if (r.PeriodStart > r.PeriodEnd) errors.Add("periodEnd", "Het einde van de periode ligt vóór het begin.");
        if (r.PeriodEnd > r.Date) errors.Add("date", "De reflectie kan niet vóór het einde van de periode liggen.");
        if (r.Date > today.AddDays(1)) errors.Add("date", "De datum ligt in de toekomst.");
        if (r.RolesPresent.Count == 0) errors.Add("rolesPresent", "Noem ten minste één rol die aanwezig was.");
        for (var i = 0; i < r.RolesPresent.Count; i++) errors.Enum($"rolesPresent[{i}]", r.RolesPresent[i]);
        errors.Enum("stage", r.Stage);
        errors.Enum("xCurve", r.XCurve);

        errors.Required("hypothesis.weBelieve", r.Hypothesis.WeBelieve, LongTextMax);
        errors.Required("hypothesis.toVerify", r.Hypothesis.ToVerify, LongTextMax);
        errors.Required("hypothesis.weMeasure", r.Hypothesis.WeMeasure, LongTextMax);
        errors.Required("hypothesis.weAreRightIf", r.Hypothesis.WeAreRightIf, LongTextMax);
        errors.Enum("hypothesis.result", r.Hypothesis.Result);

        errors.Required("loop.observed", r.Loop.Observed, LongTextMax);
        errors.Required("loop.learned", r.Loop.Learned, LongTextMax);
        errors.Required("loop.therefore", r.Loop.Therefore, LongTextMax);
        errors.Enum("loop.decision", r.Loop.Decision);

        errors.MaxItems("goals", r.Goals.Count);
        var goalIds = experiment.Goals.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < r.Goals.Count; i++)
        {
            var goal = r.Goals[i];
            if (!goalIds.Contains(goal.GoalId))
                errors.Add($"goals[{i}].goalId", $"Dit experiment heeft geen doel '{Clip(goal.GoalId)}'; bekend: {string.Join(", ", goalIds.Order(StringComparer.Ordinal))}.");
            errors.Required($"goals[{i}].targetGroup", goal.TargetGroup, ShortTextMax);
        }

        if (r.PeopleReached < 0) errors.Add("peopleReached", "Het aantal bereikte mensen kan niet negatief zijn.");
        errors.Enum("dataReliability", r.DataReliability);
        if (!Enum.IsDefined(r.EvidenceLevel)) errors.Add("evidenceLevel", "Het bewijsniveau loopt van 1 tot en met 5.");

        errors.Required("workingCore.fixed", r.WorkingCore.Fixed, LongTextMax);
        errors.Required("workingCore.variable", r.WorkingCore.Variable, LongTextMax);

        errors.MaxItems("contexts", r.Contexts.Count);
        for (var i = 0; i < r.Contexts.Count; i++)
        {
            errors.Required($"contexts[{i}].area", r.Contexts[i].Area, ShortTextMax);
            errors.Enum($"contexts[{i}].direction", r.Contexts[i].Direction);
        }

        errors.MaxItems("barriers", r.Barriers.Count);
        for (var i = 0; i < r.Barriers.Count; i++)
        {
            var barrier = r.Barriers[i];
            errors.Enum($"barriers[{i}].kind", barrier.Kind);
            errors.Enum($"barriers[{i}].level", barrier.Level);
            errors.Enum($"barriers[{i}].status", barrier.Status);
            errors.Required($"barriers[{i}].description", barrier.Description, LongTextMax);
            errors.ItemId($"barriers[{i}].id", barrier.Id);
        }

        errors.MaxItems("learningQuestions", r.LearningQuestions.Count);
        for (var i = 0; i < r.LearningQuestions.Count; i++)
        {
            errors.Required($"learningQuestions[{i}].question", r.LearningQuestions[i].Question, LongTextMax);
            errors.Enum($"learningQuestions[{i}].status", r.LearningQuestions[i].Status);
            errors.ItemId($"learningQuestions[{i}].id", r.LearningQuestions[i].Id);
        }
        errors.UniqueIds("barriers", r.Barriers.Select(b => b.Id).ToArray());
        errors.UniqueIds("learningQuestions", r.LearningQuestions.Select(q => q.Id).ToArray());

        errors.Enum("route.route", r.Route.Route);
        errors.MaxItems("route.ruleChangesNeeded", r.Route.RuleChangesNeeded.Count);
        for (var i = 0; i < r.Route.RuleChangesNeeded.Count; i++)
            errors.Required($"route.ruleChangesNeeded[{i}]", r.Route.RuleChangesNeeded[i], LongTextMax);
        if (r.Route.Route == ScalingRoute.StretchAndTransform && r.Route.RuleChangesNeeded.Count == 0)
            errors.Add("route.ruleChangesNeeded", "Bij 'stretch-and-transform' noemt u welke regels, financiering of inkoop moeten veranderen.");
        errors.Optional("route.exnovation", r.Route.Exnovation, LongTextMax);

        errors.Required("sustainment.fundingSource", r.Sustainment.FundingSource, ShortTextMax);
        errors.Optional("sustainment.structuralOwner", r.Sustainment.StructuralOwner, ShortTextMax);
        errors.Enum("sustainment.plan", r.Sustainment.Plan);

        errors.Optional("lessons.challenges", r.Lessons.Challenges, LongTextMax);
        errors.Optional("lessons.conditionsForSuccess", r.Lessons.ConditionsForSuccess, LongTextMax);
        errors.Optional("lessons.replication", r.Lessons.Replication, LongTextMax);
        errors.Optional("lessons.lessonsLearned", r.Lessons.LessonsLearned, LongTextMax);

        foreach (var finding in FreeTextGuard.Check(FreeTexts(r)))
            errors.Add(finding.Path, finding.Message);

        return errors.ToDictionary();
    }

    /// <summary>Every free-text field of a reflection with its JSON path: what the free-text guard (personal data, unreadable characters) must read.</summary>
    public static IEnumerable<(string Path, string? Text)> FreeTexts(Reflection r)
    {
        yield return ("hypothesis.weBelieve", r.Hypothesis.WeBelieve);
        yield return ("hypothesis.toVerify", r.Hypothesis.ToVerify);
        yield return ("hypothesis.weMeasure", r.Hypothesis.WeMeasure);
        yield return ("hypothesis.weAreRightIf", r.Hypothesis.WeAreRightIf);
        yield return ("loop.observed", r.Loop.Observed);
        yield return ("loop.learned", r.Loop.Learned);
        yield return ("loop.therefore", r.Loop.Therefore);
        for (var i = 0; i < r.Goals.Count; i++) yield return ($"goals[{i}].targetGroup", r.Goals[i].TargetGroup);
        yield return ("workingCore.fixed", r.WorkingCore.Fixed);
        yield return ("workingCore.variable", r.WorkingCore.Variable);
        for (var i = 0; i < r.Contexts.Count; i++) yield return ($"contexts[{i}].area", r.Contexts[i].Area);
        for (var i = 0; i < r.Barriers.Count; i++) yield return ($"barriers[{i}].description", r.Barriers[i].Description);
        for (var i = 0; i < r.LearningQuestions.Count; i++) yield return ($"learningQuestions[{i}].question", r.LearningQuestions[i].Question);
        for (var i = 0; i < r.Route.RuleChangesNeeded.Count; i++) yield return ($"route.ruleChangesNeeded[{i}]", r.Route.RuleChangesNeeded[i]);
        yield return ("route.exnovation", r.Route.Exnovation);
        yield return ("sustainment.fundingSource", r.Sustainment.FundingSource);
        yield return ("sustainment.structuralOwner", r.Sustainment.StructuralOwner);
        yield return ("lessons.challenges", r.Lessons.Challenges);
        yield return ("lessons.conditionsForSuccess", r.Lessons.ConditionsForSuccess);
        yield return ("lessons.replication", r.Lessons.Replication);
        yield return ("lessons.lessonsLearned", r.Lessons.LessonsLearned);
    }

    /// <summary>Longest id of a barrier or learning question.</summary>
    public const int ItemIdMax = 64;

    private static string Clip(string? value) => value is null ? "" : value.Length <= 40 ? value : value[..40] + "…";

    private sealed class Errors
    {
        private readonly Dictionary<string, List<string>> _byPath = new(StringComparer.Ordinal);

        public void Add(string path, string message)
        {
            if (!_byPath.TryGetValue(path, out var list)) _byPath[path] = list = [];
            if (!list.Contains(message)) list.Add(message);
        }

        public void Required(string path, string? text, int max)
        {
            if (string.IsNullOrWhiteSpace(text)) Add(path, "Dit veld is verplicht.");
            else Optional(path, text, max);
        }

        public void Optional(string path, string? text, int max)
        {
            if (text is not null && text.Length > max) Add(path, $"Gebruik hoogstens {max} tekens (nu {text.Length}).");
        }

        public void MaxItems(string path, int count)
        {
            if (count > ListMax) Add(path, $"Hoogstens {ListMax} items.");
        }

        // An id comes back from the API or the form; anything else in it is a mistake, not an identity.
        public void ItemId(string path, string id)
        {
            if (id.Length > ItemIdMax || !id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
                Add(path, $"Een id bestaat uit hoogstens {ItemIdMax} letters, cijfers en streepjes, zoals de API hem gaf.");
        }

        // Two rows with one id would be one barrier (or question) told twice, with two texts.
        public void UniqueIds(string list, IReadOnlyList<string> ids)
        {
            for (var i = 0; i < ids.Count; i++)
                if (ids[i].Length > 0 && ids.Take(i).Contains(ids[i], StringComparer.Ordinal))
                    Add($"{list}[{i}].id", "Deze id staat al bij een eerdere rij van deze reflectie.");
        }

        public void Enum<T>(string path, T value) where T : struct, System.Enum
        {
            if (!System.Enum.IsDefined(value)) Add(path, $"Onbekende waarde; kies uit: {string.Join(", ", Language.EnumCode.All<T>())}.");
        }

        public IReadOnlyDictionary<string, string[]> ToDictionary() =>
            _byPath.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }
}
