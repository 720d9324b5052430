using TransitionLab.Core.Reflections;

namespace TransitionLab.Api.Reflections;

/// <summary>
/// The identity and earliest date of each barrier and learning question reported for one experiment, kept by
/// the store's single writer so filing a reflection need not read all the experiment's reflections again.
/// </summary>
/// <remarks>
/// <para>
/// An item sent with the id it got earlier keeps that id and its date, however it is reworded (the pre-filled
/// form sends the ids back). An item without an id is matched the old way, barriers by kind and level and
/// questions by their text, so API clients that never send ids keep their ages; only when nothing matches is
/// it new. New ids derive from the reflection's id and the item's place in it, so replaying the journal gives
/// the same ids.
/// </para>
/// <para>
/// Only new reflections are added; a correction can move a date later, so it drops the experiment's index and
/// the next write rebuilds it from the store. A failed transaction drops every index (<see cref="Store.Database"/>).
/// </para>
/// </remarks>
public sealed class FirstSeenIndex
{
    private readonly Dictionary<string, DateOnly> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<(BarrierKind, BarrierLevel), (string Id, DateOnly Seen)> _barriers = [];
    private readonly Dictionary<string, (string Id, DateOnly Seen)> _questions = new(StringComparer.Ordinal);

    /// <summary>Builds the index from the latest revisions of an experiment's reflections.</summary>
    public static FirstSeenIndex Of(IEnumerable<Reflection> reflections)
    {
        var index = new FirstSeenIndex();
        foreach (var r in reflections) index.Add(r);
        return index;
    }

    /// <summary>Takes the ids and dates of <paramref name="r"/> into account.</summary>
    public void Add(Reflection r)
    {
        foreach (var b in r.Barriers)
        {
            Remember(b.Id, b.FirstSeen);
            var key = (b.Kind, b.Level);
            _barriers[key] = Merge(_barriers.GetValueOrDefault(key), b.Id, b.FirstSeen);
        }
        foreach (var q in r.LearningQuestions)
        {
            Remember(q.Id, q.FirstSeen);
            var key = Normalise(q.Question);
            _questions[key] = Merge(_questions.GetValueOrDefault(key), q.Id, q.FirstSeen);
        }
    }

    /// <summary><paramref name="r"/> with every id and firstSeen set: the earliest report so far, or its own date.</summary>
    public Reflection Apply(Reflection r)
    {
        // An id this experiment never gave is no identity (a typo, or another experiment's): the item is
        // matched as if sent without one. The reflection's own ids count, so a correction keeps them.
        var own = $"{r.Id:N}-";
        string Known(string id) => id.Length > 0 && (_byId.ContainsKey(id) || id.StartsWith(own, StringComparison.Ordinal)) ? id : "";
        // Ids sent explicitly are taken first, so an item matched by kind or text never takes one of them.
        var used = r.Barriers.Select(b => Known(b.Id)).Concat(r.LearningQuestions.Select(q => Known(q.Id)))
            .Where(id => id.Length > 0).ToHashSet(StringComparer.Ordinal);
        return r with
        {
            Barriers = r.Barriers.Select((b, i) =>
            {
                var (sent, matched) = (Known(b.Id), _barriers.GetValueOrDefault((b.Kind, b.Level)));
                var id = Identify(sent, matched.Id, $"{own}b{i}", used);
                return b with { Id = id, FirstSeen = FirstSeen(id, sent.Length == 0 && id == matched.Id ? matched.Seen : default, r.Date) };
            }).ToArray(),
            LearningQuestions = r.LearningQuestions.Select((q, i) =>
            {
                var (sent, matched) = (Known(q.Id), _questions.GetValueOrDefault(Normalise(q.Question)));
                var id = Identify(sent, matched.Id, $"{own}q{i}", used);
                return q with { Id = id, FirstSeen = FirstSeen(id, sent.Length == 0 && id == matched.Id ? matched.Seen : default, r.Date) };
            }).ToArray(),
        };
    }

    // The id sent; else the id of the item it matches, unless another item of this reflection has it; else a new one.
    private static string Identify(string sent, string? matched, string fresh, HashSet<string> used)
    {
        if (sent.Length > 0) return sent;
        var id = !string.IsNullOrEmpty(matched) && !used.Contains(matched) ? matched : fresh;
        used.Add(id);
        return id;
    }

    private DateOnly FirstSeen(string id, DateOnly matched, DateOnly date) =>
        Earliest(Earliest(_byId.GetValueOrDefault(id), matched), date);

    private void Remember(string id, DateOnly seen)
    {
        if (id.Length > 0) _byId[id] = Earliest(_byId.GetValueOrDefault(id), seen);
    }

    // The latest item with this key gives the id (records from before identities have none), the earliest its date.
    private static (string Id, DateOnly Seen) Merge((string? Id, DateOnly Seen) known, string id, DateOnly seen) =>
        (id.Length > 0 ? id : known.Id ?? "", Earliest(known.Seen, seen));

    private static DateOnly Earliest(DateOnly seen, DateOnly date) => seen == default || (date != default && date < seen) ? date : seen;

    private static string Normalise(string question) =>
        string.Join(' ', question.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('?', '.').ToLowerInvariant();
}
