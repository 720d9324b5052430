using TransitionLab.Core.Reflections;

namespace TransitionLab.Core.Verdicts;

/// <summary>
/// Keeps every experiment's timeline up to date as revisions are stored, one at a time, so a store that
/// follows its own writes need not sort all reflections again for each site rebuild. Not thread-safe: the
/// owner serialises <see cref="Add"/> and <see cref="Freeze"/>; what <see cref="Freeze"/> returns is immutable.
/// </summary>
public sealed class LiveReflectionTimelines
{
    private static readonly Comparer<Reflection> InCycleOrder = Comparer<Reflection>.Create(ReflectionHistory.CycleOrder);
    private readonly Dictionary<Guid, Reflection> _latest = [];
    private readonly Dictionary<string, Timeline> _bySlug = new(StringComparer.Ordinal);
    private ReflectionTimelines? _frozen;

    /// <summary>Starts from <paramref name="revisions"/>, in any order.</summary>
    public LiveReflectionTimelines(IEnumerable<Reflection> revisions)
    {
        foreach (var timeline in ReflectionTimelines.From(revisions).All)
        {
            _bySlug[timeline.ExperimentSlug] = new Timeline(timeline);
            foreach (var reflection in timeline) _latest[reflection.Id] = reflection;
        }
    }

    /// <summary>
    /// Takes in a newly stored revision: it takes the place of the reflection's earlier revision, and a revision
    /// older than the one held is ignored, as <see cref="ReflectionHistory.Latest"/> decides.
    /// </summary>
    public void Add(Reflection revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        if (_latest.TryGetValue(revision.Id, out var held))
        {
            // On a full tie the later one wins, as in Latest, where the later one in the input wins.
            if (ReflectionHistory.RevisionOrder(revision, held) < 0) return;
            _bySlug[held.ExperimentSlug].Remove(held);
        }
        if (!_bySlug.TryGetValue(revision.ExperimentSlug, out var timeline))
            _bySlug[revision.ExperimentSlug] = timeline = new Timeline(ReflectionTimeline.Empty(revision.ExperimentSlug));
        timeline.Insert(revision);
        _latest[revision.Id] = revision;
        _frozen = null;
    }

    /// <summary>
    /// What <paramref name="revision"/> most likely repeats: the revision of the same reflection held now, and the
    /// newest reflection of its experiment (either may be <c>null</c>).
    /// </summary>
    public (Reflection? Replaced, Reflection? Newest) Nearest(Reflection revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return (_latest.GetValueOrDefault(revision.Id),
            _bySlug.TryGetValue(revision.ExperimentSlug, out var timeline) ? timeline.Newest : null);
    }

    /// <summary>Every timeline as it is now; copies only the timelines that changed since the last call.</summary>
    public ReflectionTimelines Freeze() =>
        _frozen ??= new ReflectionTimelines(_bySlug.ToDictionary(kv => kv.Key, kv => kv.Value.Freeze(), StringComparer.Ordinal));

    private sealed class Timeline(ReflectionTimeline start)
    {
        private readonly string _slug = start.ExperimentSlug;
        private readonly List<Reflection> _ordered = [.. start];
        private ReflectionTimeline? _frozen = start;

        // Ids are unique within a timeline, so the cycle order is total: the search finds exactly the held
        // revision, and never an equal for a new one.
        public void Remove(Reflection held)
        {
            _ordered.RemoveAt(_ordered.BinarySearch(held, InCycleOrder));
            _frozen = null;
        }

        public void Insert(Reflection revision)
        {
            _ordered.Insert(~_ordered.BinarySearch(revision, InCycleOrder), revision);
            _frozen = null;
        }

        public Reflection? Newest => _ordered.Count == 0 ? null : _ordered[^1];

        public ReflectionTimeline Freeze() => _frozen ??= new ReflectionTimeline(_slug, [.. _ordered]);
    }
}
