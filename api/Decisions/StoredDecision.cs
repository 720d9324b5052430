using TransitionLab.Core.Decisions;

namespace TransitionLab.Api.Decisions;

/// <summary>A steward decision as stored. <see cref="Version"/> feeds the ETag.</summary>
public sealed class StoredDecision
{
    public Guid Id { get; init; }
    public string ExperimentSlug { get; init; } = "";
    public DecisionKind Kind { get; init; }
    /// <summary>Level decided at; older records without it were municipal.</summary>
    public DecisionLevel Level { get; init; } = DecisionLevel.Municipality;
    /// <summary>Municipality or region decided for ("Nederland" at national level).</summary>
    public string? Area { get; init; }
    public string DecidedBy { get; init; } = "";
    /// <summary>Decision date (midnight UTC).</summary>
    public DateTime DecidedOn { get; init; }
    public string Rationale { get; init; } = "";
    /// <summary>Structural owner.</summary>
    public string? Owner { get; init; }
    public string? BudgetLine { get; init; }
    /// <summary>Start of the structural form (midnight UTC).</summary>
    public DateTime? StartDate { get; init; }
    /// <summary>Lessons (stop).</summary>
    public string? Lessons { get; init; }
    /// <summary>Link to the evaluation or databank entry.</summary>
    public string? SourceUrl { get; init; }
    /// <summary>Rung a databank recognised.</summary>
    public Core.Reflections.EvidenceLevel? RecognisedLevel { get; init; }
    /// <summary>When this version was stored.</summary>
    public DateTime RecordedAt { get; init; }
    /// <summary>Key id.</summary>
    public string RecordedBy { get; init; } = "";
    /// <summary>Version, from 1; each update adds one.</summary>
    public int Version { get; init; }
}
