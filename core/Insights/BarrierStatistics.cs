using TransitionLab.Core.Experiments;
using TransitionLab.Core.Language;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;

namespace TransitionLab.Core.Insights;

/// <summary>How one barrier kind shows up across the experiments' latest reflections.</summary>
/// <param name="Kind">The barrier kind.</param>
/// <param name="ExperimentCount">Experiments whose latest reflection reports it, whatever its status.</param>
/// <param name="Levels">Per level, the number of experiments reporting it there (levels with none left out).</param>
/// <param name="Municipalities">Municipalities of those experiments, distinct, in Dutch alphabetical order.</param>
/// <param name="OpenCount">Experiments where it is still open.</param>
/// <param name="MedianDaysOpen">Median of the days open (today minus first seen) over those experiments; <c>null</c> when none is open.</param>
/// <param name="MaxDaysOpen">Longest time open in days; <c>null</c> when none is open.</param>
public sealed record BarrierStatistic(
    BarrierKind Kind,
    int ExperimentCount,
    IReadOnlyList<BarrierLevelCount> Levels,
    IReadOnlyList<string> Municipalities,
    int OpenCount,
    double? MedianDaysOpen,
    int? MaxDaysOpen);

/// <summary>Number of experiments reporting a barrier kind at one level.</summary>
/// <param name="Level">The level.</param>
/// <param name="ExperimentCount">Number of experiments.</param>
public sealed record BarrierLevelCount(BarrierLevel Level, int ExperimentCount);

/// <summary>Which obstacles of the social domain the experiments meet now, and how persistent they are.</summary>
public static class BarrierStatistics
{
    /// <summary>
    /// Statistics per barrier kind over the latest reflection (latest revision, highest cycle) of each
    /// experiment; kinds no experiment reports are left out. Ordered by number of experiments, most
    /// first, then by kind. An experiment counts once per kind; when it lists a kind twice, the
    /// earliest first-seen date of its open entries counts for the time open. Reflections about
    /// experiments not in <paramref name="experiments"/> are ignored.
    /// </summary>
    public static IReadOnlyList<BarrierStatistic> Compute(IEnumerable<Experiment> experiments, IEnumerable<Reflection> reflections, DateOnly today) =>
        Compute(experiments, ReflectionTimelines.From(reflections), today);

    /// <inheritdoc cref="Compute(IEnumerable{Experiment}, IEnumerable{Reflection}, DateOnly)"/>
    public static IReadOnlyList<BarrierStatistic> Compute(IEnumerable<Experiment> experiments, ReflectionTimelines timelines, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(timelines);
        var reports = experiments
            .Select(e => (Experiment: e, Timeline: timelines.Of(e.Slug)))
            .Where(t => t.Timeline.Count > 0)
            .SelectMany(t => t.Timeline[^1].Barriers.Select(b => (t.Experiment, Barrier: b, Seen: b.SeenSince(t.Timeline[^1].Date))))
            .ToArray();

        return reports
            .GroupBy(r => r.Barrier.Kind)
            .Select(kind => Summarise(kind.Key, kind.GroupBy(r => r.Experiment.Slug).ToArray(), today))
            .OrderByDescending(s => s.ExperimentCount)
            .ThenBy(s => s.Kind)
            .ToArray();
    }

    private static BarrierStatistic Summarise(
        BarrierKind kind,
        IReadOnlyList<IGrouping<string, (Experiment Experiment, ReportedBarrier Barrier, DateOnly Seen)>> perExperiment,
        DateOnly today)
    {
        var levels = Enum.GetValues<BarrierLevel>()
            .Select(level => new BarrierLevelCount(level, perExperiment.Count(e => e.Any(r => r.Barrier.Level == level))))
            .Where(l => l.ExperimentCount > 0)
            .ToArray();
        var municipalities = perExperiment
            .Select(e => e.First().Experiment.Municipality)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Create(DutchLabels.Culture, ignoreCase: false))
            .ToArray();
        var daysOpen = perExperiment
            .Select(e => e.Where(r => r.Barrier.Status == BarrierStatus.Open).Select(r => r.Seen).ToArray())
            .Where(firstSeen => firstSeen.Length > 0)
            .Select(firstSeen => Math.Max(0, today.DayNumber - firstSeen.Min().DayNumber))
            .Order()
            .ToArray();
        return new BarrierStatistic(kind, perExperiment.Count, levels, municipalities, daysOpen.Length, Median(daysOpen), daysOpen.Length > 0 ? daysOpen[^1] : null);
    }

    private static double? Median(int[] sorted) => sorted.Length switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0,
    };
}
