using TransitionLab.Core.Experiments;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Api.Reflections;

/// <summary>One reflection: its creation order (the paging cursor) and its latest revision.</summary>
public sealed class StoredReflectionHead
{
    /// <summary>Creation order, assigned by LiteDB; newest first means highest first.</summary>
    public long Id { get; init; }
    /// <summary>Reflection id.</summary>
    public Guid ReflectionId { get; init; }
    /// <summary>Experiment slug.</summary>
    public string ExperimentSlug { get; init; } = "";
    /// <summary>Latest revision number.</summary>
    public int LatestRevision { get; init; }
}

/// <summary>One revision of a reflection as stored. Dates are <see cref="DateTime"/> at midnight UTC.</summary>
public sealed class StoredReflection
{
    /// <summary>Reflection id and revision, e.g. <c>3f2a…-2</c>: one document per revision.</summary>
    public string Id { get; init; } = "";
    /// <summary>Reflection id.</summary>
    public Guid ReflectionId { get; init; }
    /// <summary>Revision.</summary>
    public int Revision { get; init; }
    /// <summary>Experiment slug.</summary>
    public string ExperimentSlug { get; init; } = "";
    /// <summary>Cycle.</summary>
    public int Cycle { get; init; }
    /// <summary>Date.</summary>
    public DateTime Date { get; init; }
    /// <summary>Period start.</summary>
    public DateTime PeriodStart { get; init; }
    /// <summary>Period end.</summary>
    public DateTime PeriodEnd { get; init; }
    /// <summary>Roles.</summary>
    public List<ParticipantRole> RolesPresent { get; init; } = [];
    /// <summary>Stage.</summary>
    public LifecycleStage Stage { get; init; }
    /// <summary>X-curve.</summary>
    public XCurvePosition XCurve { get; init; }
    /// <summary>Hypothesis texts: we believe, to verify, we measure, we are right if.</summary>
    public List<string> Hypothesis { get; init; } = [];
    /// <summary>Hypothesis result.</summary>
    public HypothesisResult Result { get; init; }
    /// <summary>Loop texts: observed, learned, therefore.</summary>
    public List<string> Loop { get; init; } = [];
    /// <summary>Loop decision.</summary>
    public LoopDecision Decision { get; init; }
    /// <summary>Goals.</summary>
    public List<StoredGoalMeasurement> Goals { get; init; } = [];
    /// <summary>People reached.</summary>
    public int PeopleReached { get; init; }
    /// <summary>Reliability.</summary>
    public DataReliability DataReliability { get; init; }
    /// <summary>Evidence rung 1..5.</summary>
    public int EvidenceLevel { get; init; }
    /// <summary>Fixed core.</summary>
    public string CoreFixed { get; init; } = "";
    /// <summary>Variable part.</summary>
    public string CoreVariable { get; init; } = "";
    /// <summary>Contexts.</summary>
    public List<StoredContext> Contexts { get; init; } = [];
    /// <summary>Barriers.</summary>
    public List<StoredBarrier> Barriers { get; init; } = [];
    /// <summary>Learning questions.</summary>
    public List<StoredQuestion> LearningQuestions { get; init; } = [];
    /// <summary>Route.</summary>
    public ScalingRoute Route { get; init; }
    /// <summary>Rule changes.</summary>
    public List<string> RuleChangesNeeded { get; init; } = [];
    /// <summary>Exnovation.</summary>
    public string Exnovation { get; init; } = "";
    /// <summary>Funding source.</summary>
    public string FundingSource { get; init; } = "";
    /// <summary>Funding end.</summary>
    public DateTime? FundingEndDate { get; init; }
    /// <summary>Structural owner.</summary>
    public string? StructuralOwner { get; init; }
    /// <summary>Plan status.</summary>
    public StructuralPlanStatus Plan { get; init; }
    /// <summary>Lessons: challenges, conditions, replication, lessons learned.</summary>
    public List<string> Lessons { get; init; } = [];
    /// <summary>Process evaluation done.</summary>
    public bool ProcessEvaluationDone { get; init; }
    /// <summary>Recorded at (UTC).</summary>
    public DateTime RecordedAt { get; init; }
    /// <summary>Key id.</summary>
    public string RecordedBy { get; init; } = "";
}

/// <summary>Stored goal value.</summary>
public sealed class StoredGoalMeasurement
{
    /// <summary>Goal id.</summary>
    public string GoalId { get; init; } = "";
    /// <summary>Target group.</summary>
    public string TargetGroup { get; init; } = "";
    /// <summary>Baseline.</summary>
    public decimal Baseline { get; init; }
    /// <summary>Target.</summary>
    public decimal Target { get; init; }
    /// <summary>Current.</summary>
    public decimal Current { get; init; }
    /// <summary>The same outcome without the experiment, when compared.</summary>
    public decimal? BusinessAsUsual { get; init; }
}

/// <summary>Stored context.</summary>
public sealed class StoredContext
{
    /// <summary>Area.</summary>
    public string Area { get; init; } = "";
    /// <summary>Direction.</summary>
    public OutcomeDirection Direction { get; init; }
}

/// <summary>Stored barrier.</summary>
public sealed class StoredBarrier
{
    /// <summary>Identity across reflections; <c>null</c> or empty on records stored before identities existed.</summary>
    public string? Id { get; init; }
    /// <summary>Kind.</summary>
    public BarrierKind Kind { get; init; }
    /// <summary>Level.</summary>
    public BarrierLevel Level { get; init; }
    /// <summary>Status.</summary>
    public BarrierStatus Status { get; init; }
    /// <summary>Description.</summary>
    public string Description { get; init; } = "";
    /// <summary>First seen (midnight UTC).</summary>
    public DateTime FirstSeen { get; init; }
}

/// <summary>Stored learning question.</summary>
public sealed class StoredQuestion
{
    /// <summary>Identity across reflections; <c>null</c> or empty on records stored before identities existed.</summary>
    public string? Id { get; init; }
    /// <summary>Question.</summary>
    public string Question { get; init; } = "";
    /// <summary>Status.</summary>
    public LearningQuestionStatus Status { get; init; }
    /// <summary>First seen (midnight UTC).</summary>
    public DateTime FirstSeen { get; init; }
}
