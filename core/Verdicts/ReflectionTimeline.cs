using System.Collections;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Core.Verdicts;

/// <summary>
/// One experiment's reflections as the verdict reads them: the latest revision of each, in cycle order
/// (see <see cref="ReflectionHistory.Latest"/>). Immutable, so a build can read it while writes go on.
/// </summary>
public sealed class ReflectionTimeline : IReadOnlyList<Reflection>
{
    private readonly Reflection[] _ordered;
    private int _holdsDemo;

    // Callers inside core hand over an array they no longer touch, already latest-only and in cycle order.
    internal ReflectionTimeline(string experimentSlug, Reflection[] ordered)
    {
        ExperimentSlug = experimentSlug;
        _ordered = ordered;
    }

    /// <summary>The experiment whose reflections these are.</summary>
    public string ExperimentSlug { get; }

    /// <summary>
    /// The timeline of <paramref name="experimentSlug"/> from any revisions in any order; revisions of other
    /// experiments are ignored.
    /// </summary>
    public static ReflectionTimeline Of(string experimentSlug, IEnumerable<Reflection> revisions)
    {
        ArgumentNullException.ThrowIfNull(revisions);
        if (revisions is ReflectionTimeline timeline && timeline.ExperimentSlug == experimentSlug) return timeline;
        return new(experimentSlug, ReflectionHistory.Latest(revisions.Where(r => r.ExperimentSlug == experimentSlug)).ToArray());
    }

    /// <summary>
    /// Whether any of these reflections was made up by the demo seeding. Worked out once per timeline: every site rebuild
    /// asks it of every experiment, and the store hands out the same timeline until it changes.
    /// </summary>
    public bool HoldsDemoReflections
    {
        get
        {
            // 0 = not yet known; a race only works it out twice, to the same answer.
            var known = Volatile.Read(ref _holdsDemo);
            if (known == 0) Volatile.Write(ref _holdsDemo, known = _ordered.Any(DemoReflections.IsDemo) ? 1 : 2);
            return known == 1;
        }
    }

    /// <summary>An experiment without reflections.</summary>
    public static ReflectionTimeline Empty(string experimentSlug) => new(experimentSlug, []);

    /// <inheritdoc />
    public Reflection this[int index] => _ordered[index];

    /// <inheritdoc />
    public int Count => _ordered.Length;

    /// <inheritdoc />
    public IEnumerator<Reflection> GetEnumerator() => ((IEnumerable<Reflection>)_ordered).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
