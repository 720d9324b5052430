using TransitionLab.Core.Verdicts;

namespace TransitionLab.Core.Insights;

/// <summary>One step of the funnel: how many experiments have this verdict.</summary>
/// <param name="Kind">The verdict.</param>
/// <param name="Count">Number of experiments with it.</param>
public sealed record FunnelStep(VerdictKind Kind, int Count);

/// <summary>How many experiments stand at each step from first reflections to the mainstream.</summary>
public static class ScalingFunnel
{
    /// <summary>
    /// The steps in the order an experiment travels them; adjust and stop-and-learn, which can happen at any
    /// step, come last.
    /// </summary>
    public static IReadOnlyList<VerdictKind> Steps { get; } =
    [
        VerdictKind.InsufficientEvidence,
        VerdictKind.Deepen,
        VerdictKind.Broaden,
        VerdictKind.ReadyToScaleFitAndConform,
        VerdictKind.ReadyToScaleStretchAndTransform,
        VerdictKind.Mainstreamed,
        VerdictKind.Adjust,
        VerdictKind.StopAndLearn,
    ];

    /// <summary>The count for every verdict kind in <see cref="Steps"/> order, zero included.</summary>
    public static IReadOnlyList<FunnelStep> Count(IEnumerable<ScalingVerdict> verdicts)
    {
        var counts = verdicts.CountBy(v => v.Kind).ToDictionary();
        return Steps.Select(k => new FunnelStep(k, counts.GetValueOrDefault(k))).ToArray();
    }
}
