namespace TransitionLab.Core.Decisions;

/// <summary>Kind of steward decision about an experiment.</summary>
public enum DecisionKind
{
    /// <summary>Marked for scaling up: the deciding body commits to embedding it, with owner, budget line and start date.</summary>
    MarkForScaling,
    /// <summary>Moved into regular policy, with owner and budget line.</summary>
    Mainstreamed,
    /// <summary>Stopped, with the lessons recorded.</summary>
    Stop,
    /// <summary>Not a decision but a checked fact: an external evaluation exists, with its source.</summary>
    ExternalEvaluation,
    /// <summary>Not a decision but a checked fact: a Dutch intervention databank recognised it, with its source.</summary>
    DatabankRecognition,
}

/// <summary>
/// A recorded human decision by a steward, or a fact a steward checked (an external evaluation, a databank
/// recognition). The verdict is computed; only this record can move an experiment to "mainstreamed".
/// </summary>
public sealed record ScalingDecision
{
    /// <summary>Set by the store when the decision is recorded; stable for the audit log.</summary>
    public required Guid Id { get; init; }
    /// <summary>Experiment the decision is about.</summary>
    public required string ExperimentSlug { get; init; }
    /// <summary>What was decided.</summary>
    public required DecisionKind Kind { get; init; }
    /// <summary>Who decided (role or body, e.g. "college van B&amp;W").</summary>
    public required string DecidedBy { get; init; }
    /// <summary>The level decided at: a municipality, a region or national.</summary>
    public DecisionLevel Level { get; init; } = DecisionLevel.Municipality;
    /// <summary>The municipality or region decided for ("Nederland" at national level); <c>null</c> when not recorded.</summary>
    public string? Area { get; init; }
    /// <summary>Date of the decision.</summary>
    public required DateOnly DecidedOn { get; init; }
    /// <summary>Why it was decided, in the decision makers' own words (shown on the experiment page).</summary>
    public required string Rationale { get; init; }
    /// <summary>Structural owner (scaling and mainstreaming).</summary>
    public string? Owner { get; init; }
    /// <summary>Budget line that pays for it (scaling and mainstreaming).</summary>
    public string? BudgetLine { get; init; }
    /// <summary>Date the structural form starts (scaling and mainstreaming).</summary>
    public DateOnly? StartDate { get; init; }
    /// <summary>Lessons (stop).</summary>
    public string? Lessons { get; init; }
    /// <summary>Link to the evaluation or the databank entry (external evaluation, databank recognition).</summary>
    public string? SourceUrl { get; init; }
    /// <summary>The rung the databank recognised (databank recognition).</summary>
    public Reflections.EvidenceLevel? RecognisedLevel { get; init; }
    /// <summary>When it was stored.</summary>
    public DateTimeOffset RecordedAt { get; init; }
}
