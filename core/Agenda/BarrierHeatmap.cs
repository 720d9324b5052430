using TransitionLab.Core.Experiments;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;

namespace TransitionLab.Core.Agenda;

/// <summary>One column of a <see cref="BarrierHeatmap"/>: a theme or an area.</summary>
/// <param name="Key">The theme's or area's slug; unique among the columns.</param>
/// <param name="Label">Its title.</param>
public sealed record HeatmapColumn(string Key, string Label);

/// <summary>
/// Belemmering kinds against groups of experiments (themes or areas): per cell, the experiments whose latest
/// reflection reports the kind as still standing (open or worked around), at any level. It shows where a
/// belemmering recurs, so a pattern is visible before anyone counts it by hand.
/// </summary>
/// <param name="Kinds">Rows: the kinds standing in at least one cell, most experiments first, then by kind.</param>
/// <param name="Columns">Columns, in the order given; a column without experiments stays, so the map keeps its shape.</param>
/// <param name="Cells">Experiment slugs per kind and column key, in slug order; absent when none.</param>
public sealed record BarrierHeatmap(
    IReadOnlyList<BarrierKind> Kinds,
    IReadOnlyList<HeatmapColumn> Columns,
    IReadOnlyDictionary<(BarrierKind Kind, string Column), IReadOnlyList<string>> Cells)
{
    /// <summary>The experiments counted in one cell, in slug order.</summary>
    public IReadOnlyList<string> At(BarrierKind kind, string column) => Cells.GetValueOrDefault((kind, column), []);

    /// <summary>The largest cell, the top of the colour scale; 0 when the map is empty.</summary>
    public int Max => Cells.Count == 0 ? 0 : Cells.Values.Max(c => c.Count);

    /// <summary>Whether there is nothing to show.</summary>
    public bool IsEmpty => Kinds.Count == 0 || Columns.Count == 0;

    /// <summary>
    /// The heatmap of <paramref name="experiments"/>, each in the columns <paramref name="columnsOf"/> gives it
    /// (an experiment in two themes counts in both; keys that are not a column are ignored). Reflections about
    /// experiments not in <paramref name="experiments"/> are ignored.
    /// </summary>
    public static BarrierHeatmap Of(IEnumerable<Experiment> experiments, ReflectionTimelines timelines,
        IReadOnlyList<HeatmapColumn> columns, Func<Experiment, IEnumerable<string>> columnsOf)
    {
        ArgumentNullException.ThrowIfNull(timelines);
        var known = columns.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        var cells = new Dictionary<(BarrierKind, string), SortedSet<string>>();
        foreach (var experiment in experiments)
        {
            var timeline = timelines.Of(experiment.Slug);
            if (timeline.Count == 0) continue;
            var kinds = timeline[^1].Barriers.Where(Stands).Select(b => b.Kind).Distinct();
            foreach (var kind in kinds)
                foreach (var column in columnsOf(experiment).Where(known.Contains).Distinct(StringComparer.Ordinal))
                {
                    if (!cells.TryGetValue((kind, column), out var slugs)) cells[(kind, column)] = slugs = new(StringComparer.Ordinal);
                    slugs.Add(experiment.Slug);
                }
        }
        var kept = cells.ToDictionary(c => c.Key, c => (IReadOnlyList<string>)c.Value.ToArray());
        var rows = kept.GroupBy(c => c.Key.Item1)
            .OrderByDescending(g => g.SelectMany(c => c.Value).Distinct(StringComparer.Ordinal).Count())
            .ThenBy(g => g.Key)
            .Select(g => g.Key)
            .ToArray();
        return new BarrierHeatmap(rows, columns, kept);
    }

    /// <summary>Whether a reported belemmering still blocks: open, or only worked around.</summary>
    public static bool Stands(ReportedBarrier barrier) => barrier.Status is BarrierStatus.Open or BarrierStatus.WorkedAround;
}
