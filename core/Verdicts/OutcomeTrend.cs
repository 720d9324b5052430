using TransitionLab.Core.Reflections;

namespace TransitionLab.Core.Verdicts;

/// <summary>How far one cycle's goals moved, as the outcome rules read it.</summary>
/// <param name="Cycle">Cycle of the reflection.</param>
/// <param name="Percent">
/// Mean share of the intended change (baseline to target) reached, in percent with one decimal. Where a goal
/// is compared with business as usual, the distance to business as usual counts instead of the distance to
/// the baseline, so the new is held to the bar of the old and no higher.
/// </param>
/// <param name="ComparedWithBusinessAsUsual">Whether at least one goal was compared with business as usual.</param>
/// <param name="Reliability">How reliable the cycle's data is.</param>
public sealed record CycleOutcome(int Cycle, decimal Percent, bool ComparedWithBusinessAsUsual, DataReliability Reliability);

/// <summary>The outcome of each measured cycle, in cycle order.</summary>
internal static class OutcomeTrend
{
    /// <summary>One entry per reflection with at least one goal that has a distance to travel.</summary>
    public static IReadOnlyList<CycleOutcome> Of(IReadOnlyList<Reflection> reflections)
    {
        var result = new List<CycleOutcome>();
        foreach (var r in reflections)
        {
            var goals = r.Goals.Where(g => g.Target != g.Baseline).ToArray();
            if (goals.Length == 0) continue;
            var shares = goals.Select(g => (g.Current - (g.BusinessAsUsual ?? g.Baseline)) / (g.Target - g.Baseline));
            result.Add(new CycleOutcome(r.Cycle, Math.Round(shares.Average() * 100m, 1, MidpointRounding.AwayFromZero),
                goals.Any(g => g.BusinessAsUsual is not null), r.DataReliability));
        }
        return result;
    }
}
