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
    public static IReadOnlyList<Reflection> Latest(IEnumerable<Reflection> reflections) =>
        reflections
            .GroupBy(r => r.Id)
            .Select(g => g.OrderBy(r => r.Revision).ThenBy(r => r.RecordedAt).ThenBy(r => r.RecordedBy, StringComparer.Ordinal).Last())
            .OrderBy(r => r.Cycle)
            .ThenBy(r => r.Date)
            .ThenBy(r => r.Id)
            .ToArray();

    /// <summary>The latest revisions of each experiment's reflections, keyed by experiment slug.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Reflection>> LatestByExperiment(IEnumerable<Reflection> reflections) =>
        Latest(reflections)
            .GroupBy(r => r.ExperimentSlug, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Reflection>)g.ToArray(), StringComparer.Ordinal);
}
