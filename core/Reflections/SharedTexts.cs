namespace TransitionLab.Core.Reflections;

/// <summary>
/// The texts of one experiment's reflections, each held once. The reflection form starts from the latest
/// reflection, so what describes the experiment (hypothesis, working core, barriers, route, sustainment) comes back
/// unchanged cycle after cycle, and a store that keeps every revision in memory would hold each of those texts once
/// per cycle. Not thread-safe.
/// </summary>
public sealed class SharedTexts
{
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    /// <summary>Starts with the texts of <paramref name="earlier"/> (nulls are skipped).</summary>
    public SharedTexts(params IEnumerable<Reflection?> earlier)
    {
        foreach (var reflection in earlier)
            if (reflection is not null) Share(reflection);
    }

    /// <summary>
    /// <paramref name="reflections"/> in the same order, each text held once per experiment. Texts are not shared
    /// across experiments: two experiments rarely say the same, and one holder for all would outlive the load.
    /// </summary>
    public static IReadOnlyList<Reflection> PerExperiment(IEnumerable<Reflection> reflections)
    {
        var texts = new Dictionary<string, SharedTexts>(StringComparer.Ordinal);
        return reflections
            .Select(r => (texts.TryGetValue(r.ExperimentSlug, out var held) ? held : texts[r.ExperimentSlug] = new SharedTexts()).Share(r))
            .ToList();
    }

    /// <summary>
    /// <paramref name="reflection"/> with each text that equals one held here replaced by the held instance; its
    /// other texts are held from now on. The result equals <paramref name="reflection"/> in every value.
    /// </summary>
    public Reflection Share(Reflection reflection) => reflection with
    {
        ExperimentSlug = Text(reflection.ExperimentSlug),
        Hypothesis = reflection.Hypothesis with
        {
            WeBelieve = Text(reflection.Hypothesis.WeBelieve),
            ToVerify = Text(reflection.Hypothesis.ToVerify),
            WeMeasure = Text(reflection.Hypothesis.WeMeasure),
            WeAreRightIf = Text(reflection.Hypothesis.WeAreRightIf),
        },
        Loop = reflection.Loop with
        {
            Observed = Text(reflection.Loop.Observed),
            Learned = Text(reflection.Loop.Learned),
            Therefore = Text(reflection.Loop.Therefore),
        },
        Goals = List(reflection.Goals, g => g with { GoalId = Text(g.GoalId), TargetGroup = Text(g.TargetGroup) }),
        WorkingCore = reflection.WorkingCore with
        {
            Fixed = Text(reflection.WorkingCore.Fixed),
            Variable = Text(reflection.WorkingCore.Variable),
        },
        Contexts = List(reflection.Contexts, c => c with { Area = Text(c.Area) }),
        Barriers = List(reflection.Barriers, b => b with { Description = Text(b.Description), Id = Text(b.Id) }),
        LearningQuestions = List(reflection.LearningQuestions, q => q with { Question = Text(q.Question), Id = Text(q.Id) }),
        Route = reflection.Route with
        {
            RuleChangesNeeded = List(reflection.Route.RuleChangesNeeded, Text),
            Exnovation = Text(reflection.Route.Exnovation),
        },
        Sustainment = reflection.Sustainment with
        {
            FundingSource = Text(reflection.Sustainment.FundingSource),
            StructuralOwner = reflection.Sustainment.StructuralOwner is { } owner ? Text(owner) : null,
        },
        Lessons = reflection.Lessons with
        {
            Challenges = Text(reflection.Lessons.Challenges),
            ConditionsForSuccess = Text(reflection.Lessons.ConditionsForSuccess),
            Replication = Text(reflection.Lessons.Replication),
            LessonsLearned = Text(reflection.Lessons.LessonsLearned),
        },
        RecordedBy = Text(reflection.RecordedBy),
    };

    private string Text(string text)
    {
        if (text.Length == 0) return "";
        if (_texts.TryGetValue(text, out var held)) return held;
        _texts.Add(text, text);
        return text;
    }

    private static IReadOnlyList<T> List<T>(IReadOnlyList<T> items, Func<T, T> share) => items.Count == 0 ? items : items.Select(share).ToArray();
}
