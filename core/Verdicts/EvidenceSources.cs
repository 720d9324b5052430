using TransitionLab.Core.Decisions;
using TransitionLab.Core.Language;

namespace TransitionLab.Core.Verdicts;

/// <summary>Where a fact behind a verdict comes from: what a reader needs to weigh it.</summary>
public enum EvidenceOrigin
{
    /// <summary>Reported by the frontrunners themselves, not checked by anyone else.</summary>
    SelfReported,
    /// <summary>Recorded or checked by a steward (a decision, a databank recognition).</summary>
    StewardChecked,
    /// <summary>From research outside the experiment, with its link.</summary>
    Research,
}

/// <summary>One source of the facts behind a verdict.</summary>
/// <param name="Origin">Self-reported, checked by a steward, or research.</param>
/// <param name="Text">Plain Dutch: what it is.</param>
/// <param name="Url">Link to the source, when there is one.</param>
public sealed record EvidenceSource(EvidenceOrigin Origin, string Text, string? Url);

/// <summary>Lists the sources of a verdict's facts, self-reported first.</summary>
internal static class EvidenceSources
{
    public static IReadOnlyList<EvidenceSource> Of(int reflections, IReadOnlyList<ScalingDecision> decisions)
    {
        var sources = new List<EvidenceSource>();
        if (reflections > 0)
            sources.Add(new(EvidenceOrigin.SelfReported, reflections == 1
                ? "1 reflectie van de koplopers. De cijfers, het bewijsniveau en de richting per plek schatten zij zelf in."
                : $"{reflections} reflecties van de koplopers. De cijfers, het bewijsniveau en de richting per plek schatten zij zelf in.", null));
        foreach (var d in decisions)
        {
            sources.Add(d.Kind switch
            {
                DecisionKind.ExternalEvaluation => new(EvidenceOrigin.Research,
                    $"Externe evaluatie: {d.Rationale.Trim().TrimEnd('.')} ({d.DecidedBy}, {DutchLabels.Date(d.DecidedOn)}). Vastgelegd door een regisseur.", d.SourceUrl),
                DecisionKind.DatabankRecognition when d.RecognisedLevel is { } level => new(EvidenceOrigin.StewardChecked,
                    $"Erkend als '{DutchLabels.Recognition(level)}' door {d.DecidedBy} op {DutchLabels.Date(d.DecidedOn)}. Vastgelegd door een regisseur.", d.SourceUrl),
                _ => new(EvidenceOrigin.StewardChecked,
                    $"Besluit '{DutchLabels.For(d.Kind).ToLowerInvariant()}' van {d.DecidedBy} ({DutchLabels.Where(d.Level, d.Area)}) op {DutchLabels.Date(d.DecidedOn)}. Vastgelegd door een regisseur.", d.SourceUrl),
            });
        }
        return sources;
    }
}
