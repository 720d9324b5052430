using TransitionLab.Core.Reflections;

namespace TransitionLab.Core.Verdicts;

/// <summary>Every experiment's <see cref="ReflectionTimeline"/>, as one immutable whole.</summary>
public sealed class ReflectionTimelines
{
    private readonly IReadOnlyDictionary<string, ReflectionTimeline> _bySlug;

    internal ReflectionTimelines(IReadOnlyDictionary<string, ReflectionTimeline> bySlug) => _bySlug = bySlug;

    /// <summary>No reflections at all.</summary>
    public static ReflectionTimelines Empty { get; } = new(new Dictionary<string, ReflectionTimeline>(StringComparer.Ordinal));

    /// <summary>The timelines of all experiments from any revisions, in any order.</summary>
    public static ReflectionTimelines From(IEnumerable<Reflection> revisions)
    {
        ArgumentNullException.ThrowIfNull(revisions);
        return new(ReflectionHistory.LatestByExperiment(revisions));
    }

    /// <summary>The timeline of one experiment; empty when it has no reflections.</summary>
    public ReflectionTimeline Of(string experimentSlug) =>
        _bySlug.TryGetValue(experimentSlug, out var timeline) ? timeline : ReflectionTimeline.Empty(experimentSlug);

    /// <summary>The timelines of experiments with at least one reflection, in no particular order.</summary>
    public IEnumerable<ReflectionTimeline> All => _bySlug.Values;
}
