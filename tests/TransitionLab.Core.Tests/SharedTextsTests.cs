using System.Collections;
using System.Text.Json;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Core.Tests;

public class SharedTextsTests
{
    // A reflection as the store or a request gives it: equal texts, but every one its own string.
    private static Reflection Copied(Reflection reflection) => JsonSerializer.Deserialize<Reflection>(JsonSerializer.Serialize(reflection))!;

    private static Reflection FullyFilled(int cycle) => TestData.Reflection(cycle)
        .Barrier(BarrierKind.ProcurementAndMarketForces).RuleChanges("Inkoopregels")
        .With(r => r with
        {
            Barriers = [r.Barriers[0] with { Id = "b-0" }],
            LearningQuestions = [new LearningQuestion("Wie betaalt na de proef?", LearningQuestionStatus.Open, TestData.Start) { Id = "q-0" }],
            RecordedBy = "key_1",
        })
        .Build();

    [Fact]
    public void A_text_repeated_from_an_earlier_cycle_is_held_once_and_every_value_stays_the_same()
    {
        var first = Copied(FullyFilled(1));
        var next = Copied(FullyFilled(2) with { Loop = new LearningLoop("Nieuw deze periode", "Iets anders geleerd", "we stoppen", LoopDecision.Stop) });
        var texts = new SharedTexts(first);

        var shared = texts.Share(next);

        Assert.Equal(JsonSerializer.Serialize(next), JsonSerializer.Serialize(shared));
        var earlier = Texts(first).ToLookup(t => t.Text, StringComparer.Ordinal);
        var repeated = Texts(shared).Where(t => earlier.Contains(t.Text)).ToArray();
        Assert.True(repeated.Length >= 20, $"only {repeated.Length} repeated texts found");
        Assert.All(repeated, t => Assert.True(earlier[t.Text].Any(e => ReferenceEquals(e.Text, t.Text)), $"{t.Path} is a second copy"));
        Assert.Equal("Nieuw deze periode", shared.Loop.Observed);
    }

    [Fact]
    public void A_new_text_is_held_for_the_reflections_after_it()
    {
        var texts = new SharedTexts();
        var first = texts.Share(Copied(FullyFilled(1)));
        var second = texts.Share(Copied(FullyFilled(2)));

        Assert.Same(first.Lessons.LessonsLearned, second.Lessons.LessonsLearned);
        Assert.Same(first.Barriers[0].Description, second.Barriers[0].Description);
    }

    [Fact]
    public void Per_experiment_keeps_the_order_and_shares_within_an_experiment_only()
    {
        var reflections = new[]
        {
            Copied(FullyFilled(1)), Copied(TestData.Reflection(1).For("andere-proef").Build()), Copied(FullyFilled(2)),
        };

        var shared = SharedTexts.PerExperiment(reflections);

        Assert.Equal(reflections.Select(r => r.Id), shared.Select(r => r.Id));
        Assert.Same(shared[0].WorkingCore.Fixed, shared[2].WorkingCore.Fixed);
        Assert.Equal(shared[0].WorkingCore.Fixed, shared[1].WorkingCore.Fixed);
        Assert.NotSame(shared[0].WorkingCore.Fixed, shared[1].WorkingCore.Fixed);
    }

    // Every non-empty string inside a reflection, with where it sits, found by walking its properties.
    private static IEnumerable<(string Path, string Text)> Texts(object value, string path = "")
    {
        switch (value)
        {
            case string { Length: > 0 } text:
                yield return (path, text);
                break;
            case string:
                break;
            case IEnumerable items:
                var i = 0;
                foreach (var item in items)
                    foreach (var found in Texts(item, $"{path}[{i++}]")) yield return found;
                break;
            default:
                var type = value.GetType();
                if (type.IsPrimitive || type.IsEnum || type.Namespace == "System") break;
                foreach (var property in type.GetProperties().Where(p => p.GetIndexParameters().Length == 0))
                    if (property.GetValue(value) is { } inner)
                        foreach (var found in Texts(inner, $"{path}.{property.Name}")) yield return found;
                break;
        }
    }
}
