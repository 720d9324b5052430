using TransitionLab.Core.Reflections;

namespace TransitionLab.Core.Verdicts;

/// <summary>
/// The one way to read an experiment's reflections: a correction adds a revision and keeps the old one,
/// so only the latest revision of each <see cref="Reflection.Id"/> counts, in cycle order.
/// </summary>
public static class ReflectionHistory
{
    /// <summary>
    /// The latest revision of each reflection, ordered by cycle, then session date, then id, so the
    /// result does not depend on the order of <paramref name="reflections"/>. Revisions with the same
    /// number (which the store should never hold) are told apart by <see cref="Reflection.RecordedAt"/>.
    /// </summary>
    public static IReadOnlyList<Reflection> Latest(IEnumerable<Reflection> reflections)
    {
        // One pass and one sort: the site and the verdicts run this over every stored reflection after each
        // write, where grouping and ordering each reflection's revisions cost more than the rest of a rebuild.
        var latest = new Dictionary<Guid, Reflection>();
        foreach (var reflection in reflections)
        {
            // On a full tie the later one in the input wins, as the stable sort this replaces decided.
            if (!latest.TryGetValue(reflection.Id, out var kept) || RevisionOrder(reflection, kept) >= 0) latest[reflection.Id] = reflection;
        }
        var ordered = latest.Values.ToArray();
        // Ids are unique here, so the order is total and an unstable sort gives one answer.
        Array.Sort(ordered, CycleOrder);
        return ordered;
    }

    /// <summary>Which of two revisions of one reflection is the later one (positive: <paramref name="a"/>).</summary>
    internal static int RevisionOrder(Reflection a, Reflection b)
    {
        var byRevision = a.Revision.CompareTo(b.Revision);
        if (byRevision != 0) return byRevision;
        var byTime = a.RecordedAt.CompareTo(b.RecordedAt);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.RecordedBy, b.RecordedBy);
    }

    /// <summary>The order of a timeline: cycle, then session date, then id.</summary>
    internal static int CycleOrder(Reflection a, Reflection b)
    {
        var byCycle = a.Cycle.CompareTo(b.Cycle);
        if (byCycle != 0) return byCycle;
        var byDate = a.Date.CompareTo(b.Date);
        return byDate != 0 ? byDate : a.Id.CompareTo(b.Id);
    }

    /// <summary>The latest revisions of each experiment's reflections, keyed by experiment slug.</summary>
    public static IReadOnlyDictionary<string, ReflectionTimeline> LatestByExperiment(IEnumerable<Reflection> reflections) =>
        Latest(reflections)
            .GroupBy(r => r.ExperimentSlug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new ReflectionTimeline(g.Key, g.ToArray()), StringComparer.Ordinal);
}
