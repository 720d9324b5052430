using TransitionLab.Core.Experiments;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Api.Reflections;

/// <summary>One reflection: its creation order (the paging cursor) and its latest revision.</summary>
public sealed class StoredReflectionHead
{
    /// <summary>Creation order, assigned by LiteDB; newest first means highest first.</summary>
    public long Id { get; init; }
    public Guid ReflectionId { get; init; }
    public string ExperimentSlug { get; init; } = "";
    /// <summary>Latest revision number.</summary>
    public int LatestRevision { get; init; }
}

/// <summary>One revision of a reflection as stored. Dates are <see cref="DateTime"/> at midnight UTC.</summary>
public sealed class StoredReflection
{
    /// <summary>Reflection id and revision, e.g. <c>3f2a…-2</c>: one document per revision.</summary>
    public string Id { get; init; } = "";
    public Guid ReflectionId { get; init; }
    public int Revision { get; init; }
    public string ExperimentSlug { get; init; } = "";
    public int Cycle { get; init; }
    public DateTime Date { get; init; }
    public DateTime PeriodStart { get; init; }
    public DateTime PeriodEnd { get; init; }
    public List<ParticipantRole> RolesPresent { get; init; } = [];
    public LifecycleStage Stage { get; init; }
    public XCurvePosition XCurve { get; init; }
    /// <summary>The hypothesis tested and how it turned out.</summary>
    public StoredHypothesis Hypothesis { get; init; } = new();
    /// <summary>The learning loop and its decision.</summary>
    public StoredLoop Loop { get; init; } = new();
    public List<StoredGoalMeasurement> Goals { get; init; } = [];
    public int PeopleReached { get; init; }
    public DataReliability DataReliability { get; init; }
    /// <summary>Evidence rung 1..5.</summary>
    public int EvidenceLevel { get; init; }
    public string CoreFixed { get; init; } = "";
    public string CoreVariable { get; init; } = "";
    public List<StoredContext> Contexts { get; init; } = [];
    public List<StoredBarrier> Barriers { get; init; } = [];
    public List<StoredQuestion> LearningQuestions { get; init; } = [];
    public ScalingRoute Route { get; init; }
    public List<string> RuleChangesNeeded { get; init; } = [];
    public string Exnovation { get; init; } = "";
    public string FundingSource { get; init; } = "";
    public DateTime? FundingEndDate { get; init; }
    public string? StructuralOwner { get; init; }
    public StructuralPlanStatus Plan { get; init; }
    /// <summary>Lessons for whoever takes the practice over.</summary>
    public StoredLessons Lessons { get; init; } = new();
    public bool ProcessEvaluationDone { get; init; }
    /// <summary>Recorded at (UTC).</summary>
    public DateTime RecordedAt { get; init; }
    /// <summary>Key id.</summary>
    public string RecordedBy { get; init; } = "";
}

/// <summary>A stored hypothesis: texts by name, so a document needs no positional schema (<see cref="StoredReflectionShape"/>).</summary>
public sealed class StoredHypothesis
{
    public string WeBelieve { get; init; } = "";
    public string ToVerify { get; init; } = "";
    public string WeMeasure { get; init; } = "";
    public string WeAreRightIf { get; init; } = "";
    public HypothesisResult Result { get; init; }
}

/// <summary>A stored learning loop.</summary>
public sealed class StoredLoop
{
    public string Observed { get; init; } = "";
    public string Learned { get; init; } = "";
    public string Therefore { get; init; } = "";
    public LoopDecision Decision { get; init; }
}

public sealed class StoredLessons
{
    public string Challenges { get; init; } = "";
    public string ConditionsForSuccess { get; init; } = "";
    public string Replication { get; init; } = "";
    public string LessonsLearned { get; init; } = "";
}

/// <summary>Stored goal value.</summary>
public sealed class StoredGoalMeasurement
{
    public string GoalId { get; init; } = "";
    public string TargetGroup { get; init; } = "";
    public decimal Baseline { get; init; }
    public decimal Target { get; init; }
    public decimal Current { get; init; }
    /// <summary>The same outcome without the experiment, when compared.</summary>
    public decimal? BusinessAsUsual { get; init; }
}

public sealed class StoredContext
{
    public string Area { get; init; } = "";
    public OutcomeDirection Direction { get; init; }
}

public sealed class StoredBarrier
{
    /// <summary>Identity across reflections; <c>null</c> or empty on records stored before identities existed.</summary>
    public string? Id { get; init; }
    public BarrierKind Kind { get; init; }
    public BarrierLevel Level { get; init; }
    public BarrierStatus Status { get; init; }
    public string Description { get; init; } = "";
    /// <summary>First seen (midnight UTC).</summary>
    public DateTime FirstSeen { get; init; }
}

/// <summary>Stored learning question.</summary>
public sealed class StoredQuestion
{
    /// <summary>Identity across reflections; <c>null</c> or empty on records stored before identities existed.</summary>
    public string? Id { get; init; }
    public string Question { get; init; } = "";
    public LearningQuestionStatus Status { get; init; }
    /// <summary>First seen (midnight UTC).</summary>
    public DateTime FirstSeen { get; init; }
}
