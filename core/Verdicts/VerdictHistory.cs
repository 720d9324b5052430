using TransitionLab.Core.Decisions;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Core.Verdicts;

/// <summary>A moment the verdict of an experiment changed: after a reflection, a decision or a belemmering solved on the agenda.</summary>
/// <param name="On">The day of the reflection or decision that changed it.</param>
/// <param name="Before">The verdict before.</param>
/// <param name="After">The verdict after.</param>
public sealed record VerdictChange(DateOnly On, VerdictKind Before, VerdictKind After);

/// <summary>
/// How an experiment's verdict moved over time, recomputed with the published rules as they stand now from
/// what was known at each reflection, decision and agenda solution: the feed announces each change.
/// </summary>
public static class VerdictHistory
{
    /// <summary>
    /// Records looked back on. Each step recomputes a verdict, so the cost grows with the square of the history;
    /// the feed only needs the recent changes.
    /// </summary>
    public const int MaxSteps = 12;

    /// <summary>The changes, oldest first, over the latest <see cref="MaxSteps"/> reflections, decisions and agenda solutions.</summary>
    public static IReadOnlyList<VerdictChange> Changes(Experiment experiment, IReadOnlyList<Reflection> reflections, IReadOnlyList<ScalingDecision> decisions,
        IReadOnlyList<AgendaSolution>? solutions = null)
    {
        solutions ??= [];
        var moments = reflections.Select(r => r.Date).Concat(decisions.Select(d => d.DecidedOn)).Concat(solutions.Select(s => s.SolvedOn))
            .Distinct().Order().ToArray();
        var steps = moments.Skip(Math.Max(0, moments.Length - MaxSteps - 1)).ToArray();
        var changes = new List<VerdictChange>();
        VerdictKind? before = null;
        foreach (var day in steps)
        {
            var kind = VerdictEngine.Compute(experiment, reflections.Where(r => r.Date <= day), decisions.Where(d => d.DecidedOn <= day), day,
                solutions.Where(s => s.SolvedOn <= day)).Kind;
            if (before is { } was && was != kind) changes.Add(new VerdictChange(day, was, kind));
            before = kind;
        }
        return changes;
    }
}
