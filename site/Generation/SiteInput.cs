using TransitionLab.Core.Agenda;
using TransitionLab.Core.Areas;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Decisions;
using TransitionLab.Core.Verdicts;

namespace TransitionLab.Site.Generation;

/// <summary>Everything one build needs: the validated catalogue, the records the API holds, and the options.</summary>
/// <param name="Catalogue">Validated content (see <c>ContentLoader.Load</c>).</param>
/// <param name="Reflections">
/// Reflections of catalogue experiments, as timelines (<see cref="ReflectionTimelines.From"/> makes them from
/// revisions); empty until the API supplies them.
/// </param>
/// <param name="Decisions">Recorded steward decisions; empty until the API supplies them.</param>
/// <param name="Options">Addresses and build time.</param>
public sealed record SiteInput(
    ContentCatalogue Catalogue,
    ReflectionTimelines Reflections,
    IReadOnlyList<ScalingDecision> Decisions,
    SiteOptions Options)
{
    /// <summary>Agenda items stewards stored; proposals are computed from the reflections.</summary>
    public IReadOnlyList<AgendaItem> Agenda { get; init; } = [];
    /// <summary>Values of areas' shared goals recorded by stewards.</summary>
    public IReadOnlyList<AreaGoalValue> AreaValues { get; init; } = [];

    /// <summary>A build of the catalogue alone, without reflections or decisions.</summary>
    public static SiteInput FromCatalogue(ContentCatalogue catalogue, SiteOptions options) => new(catalogue, ReflectionTimelines.Empty, [], options);
}
