using TransitionLab.Core.Reflections;

namespace TransitionLab.Api.Reflections;

/// <summary>
/// The earliest date each barrier (kind + level) and learning question was reported for one experiment, kept
/// by the store's single writer so filing a reflection need not read all the experiment's reflections again.
/// </summary>
/// <remarks>
/// Only new reflections are added; a correction can move a date later, so it drops the experiment's index and
/// the next write rebuilds it from the store. A failed transaction drops every index (<see cref="Store.Database"/>).
/// </remarks>
public sealed class FirstSeenIndex
{
    private readonly Dictionary<(BarrierKind, BarrierLevel), DateOnly> _barriers = [];
    private readonly Dictionary<string, DateOnly> _questions = new(StringComparer.Ordinal);

    /// <summary>Builds the index from the latest revisions of an experiment's reflections.</summary>
    public static FirstSeenIndex Of(IEnumerable<Reflection> reflections)
    {
        var index = new FirstSeenIndex();
        foreach (var r in reflections) index.Add(r);
        return index;
    }

    /// <summary>Takes the dates of <paramref name="r"/> into account.</summary>
    public void Add(Reflection r)
    {
        foreach (var b in r.Barriers) _barriers[(b.Kind, b.Level)] = Earliest(_barriers.GetValueOrDefault((b.Kind, b.Level)), b.FirstSeen);
        foreach (var q in r.LearningQuestions) _questions[Normalise(q.Question)] = Earliest(_questions.GetValueOrDefault(Normalise(q.Question)), q.FirstSeen);
    }

    /// <summary><paramref name="r"/> with every firstSeen set: the earliest report so far, or its own date.</summary>
    public Reflection Apply(Reflection r) => r with
    {
        Barriers = r.Barriers.Select(b => b with { FirstSeen = Earliest(_barriers.GetValueOrDefault((b.Kind, b.Level)), r.Date) }).ToArray(),
        LearningQuestions = r.LearningQuestions.Select(q => q with { FirstSeen = Earliest(_questions.GetValueOrDefault(Normalise(q.Question)), r.Date) }).ToArray(),
    };

    private static DateOnly Earliest(DateOnly seen, DateOnly date) => seen == default || date < seen ? date : seen;

    private static string Normalise(string question) =>
        string.Join(' ', question.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('?', '.').ToLowerInvariant();
}
