using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Api.Reflections;

/// <summary>One revision of a reflection as the API returns it; mirrors core's <see cref="Reflection"/>.</summary>
public sealed record ReflectionDto(
    [property: Description("Stable id, the same across revisions")] Guid Id,
    [property: Description("Revision number; a correction adds one")] int Revision,
    [property: Description("Slug of the experiment")] string ExperimentSlug,
    [property: Description("Cycle number, from 1")] int Cycle,
    [property: Description("Date of the reflection session (yyyy-mm-dd)")] DateOnly Date,
    [property: Description("First day of the period covered")] DateOnly PeriodStart,
    [property: Description("Last day of the period covered")] DateOnly PeriodEnd,
    [property: Description("Roles present")] IReadOnlyList<ParticipantRole> RolesPresent,
    [property: Description("Lifecycle stage as the authors see it")] LifecycleStage Stage,
    [property: Description("X-curve position as the authors see it")] XCurvePosition XCurve,
    [property: Description("The hypothesis tested")] HypothesisDto Hypothesis,
    [property: Description("The learning loop and its decision")] LearningLoopDto Loop,
    [property: Description("Goal values at the end of the period")] IReadOnlyList<GoalMeasurementDto> Goals,
    [property: Description("People reached in the period")] int PeopleReached,
    [property: Description("How reliable the data is")] DataReliability DataReliability,
    [property: Description("Evidence ladder rung, 1 (described) to 5 (strong indications)")] int EvidenceLevel,
    [property: Description("Fixed core and what may vary")] WorkingCoreDto WorkingCore,
    [property: Description("Contexts and the outcome direction in each")] IReadOnlyList<ContextOutcomeDto> Contexts,
    [property: Description("Barriers met; firstSeen is set by the server")] IReadOnlyList<BarrierDto> Barriers,
    [property: Description("Learning agenda; firstSeen is set by the server")] IReadOnlyList<LearningQuestionDto> LearningQuestions,
    [property: Description("Route to the mainstream")] MainstreamRouteDto Route,
    [property: Description("Funding and structural ownership")] SustainmentDto Sustainment,
    [property: Description("OPSI-style lessons")] LessonsDto Lessons,
    [property: Description("Whether a process evaluation was done")] bool ProcessEvaluationDone,
    [property: Description("When this revision was stored")] DateTimeOffset RecordedAt,
    [property: Description("Key id that stored this revision")] string RecordedBy);

/// <summary>What a frontrunner sends to file or correct a reflection. The server sets id, revision, firstSeen and the record fields.</summary>
public record ReflectionRequest
{
    [Required, Range(1, int.MaxValue), Description("Cycle number, from 1")] public int? Cycle { get; init; }
    [Required, Description("Date of the session (yyyy-mm-dd), at most tomorrow")] public DateOnly? Date { get; init; }
    [Required, Description("First day of the period covered")] public DateOnly? PeriodStart { get; init; }
    [Required, Description("Last day of the period covered; not after date")] public DateOnly? PeriodEnd { get; init; }
    [Required, MinLength(1), MaxLength(ReflectionRules.ListMax), Description("At least one role")] public IReadOnlyList<ParticipantRole>? RolesPresent { get; init; }
    [Required, Description("Lifecycle stage")] public LifecycleStage? Stage { get; init; }
    [Required, Description("X-curve position")] public XCurvePosition? XCurve { get; init; }
    [Required, Description("The hypothesis tested")] public HypothesisDto? Hypothesis { get; init; }
    [Required, Description("The learning loop")] public LearningLoopDto? Loop { get; init; }
    [MaxLength(ReflectionRules.ListMax), Description("Goal values; goalId must be a goal of the experiment")] public IReadOnlyList<GoalMeasurementDto>? Goals { get; init; }
    [Required, Range(0, int.MaxValue), Description("People reached, 0 or more")] public int? PeopleReached { get; init; }
    [Required, Description("low, medium or high")] public DataReliability? DataReliability { get; init; }
    [Required, Range(1, 5), Description("1 to 5")] public int? EvidenceLevel { get; init; }
    [Required, Description("Fixed core and what may vary")] public WorkingCoreDto? WorkingCore { get; init; }
    [MaxLength(ReflectionRules.ListMax), Description("Contexts with outcome direction")] public IReadOnlyList<ContextOutcomeDto>? Contexts { get; init; }
    [MaxLength(ReflectionRules.ListMax), Description("Barriers met (without firstSeen)")] public IReadOnlyList<BarrierInput>? Barriers { get; init; }
    [MaxLength(ReflectionRules.ListMax), Description("Learning questions (without firstSeen)")] public IReadOnlyList<LearningQuestionInput>? LearningQuestions { get; init; }
    [Required, Description("Route to the mainstream")] public MainstreamRouteDto? Route { get; init; }
    [Required, Description("Funding and structural ownership")] public SustainmentDto? Sustainment { get; init; }
    [Description("OPSI-style lessons")] public LessonsDto? Lessons { get; init; }
    [Description("Whether a process evaluation was done")] public bool? ProcessEvaluationDone { get; init; }
}

/// <summary>Test card.</summary>
public sealed record HypothesisDto(
    [property: Required, MinLength(1), MaxLength(ReflectionRules.LongTextMax), Description("We believe that …")] string? WeBelieve,
    [property: Required, MinLength(1), MaxLength(ReflectionRules.LongTextMax), Description("To verify, we will …")] string? ToVerify,
    [property: Required, MinLength(1), MaxLength(ReflectionRules.LongTextMax), Description("We measure …")] string? WeMeasure,
    [property: Required, MinLength(1), MaxLength(ReflectionRules.LongTextMax), Description("We are right if …")] string? WeAreRightIf,
    [property: Required, Description("confirmed, partly-confirmed, refuted or inconclusive")] HypothesisResult? Result);

/// <summary>Learning card.</summary>
public sealed record LearningLoopDto(
    [property: Required, MinLength(1), MaxLength(ReflectionRules.LongTextMax), Description("We observed …")] string? Observed,
    [property: Required, MinLength(1), MaxLength(ReflectionRules.LongTextMax), Description("We learned …")] string? Learned,
    [property: Required, MinLength(1), MaxLength(ReflectionRules.LongTextMax), Description("Therefore we will …")] string? Therefore,
    [property: Required, Description("persevere, pivot, broaden or stop")] LoopDecision? Decision);

/// <summary>A goal value.</summary>
public sealed record GoalMeasurementDto(
    [property: Required, Description("Id of a goal of the experiment")] string? GoalId,
    [property: Required, MinLength(1), MaxLength(ReflectionRules.ShortTextMax), Description("Target group measured")] string? TargetGroup,
    [property: Description("Baseline")] decimal Baseline,
    [property: Description("Target")] decimal Target,
    [property: Description("Value now")] decimal Current,
    [property: Description("The same outcome without the experiment (regular approach or comparison area), when known; the verdict then measures progress against it")] decimal? BusinessAsUsual = null);

public sealed record WorkingCoreDto(
    [property: Required, MinLength(1), MaxLength(ReflectionRules.LongTextMax), Description("What must stay the same")] string? Fixed,
    [property: Required, MinLength(1), MaxLength(ReflectionRules.LongTextMax), Description("What may vary per context")] string? Variable);

public sealed record ContextOutcomeDto(
    [property: Required, MinLength(1), MaxLength(ReflectionRules.ShortTextMax), Description("Area or municipality")] string? Area,
    [property: Required, Description("positive, neutral, negative or unknown")] OutcomeDirection? Direction);

/// <summary>A barrier as sent.</summary>
public sealed record BarrierInput(
    [property: Required, Description("Barrier kind from the taxonomy")] BarrierKind? Kind,
    [property: Required, Description("project, organisation or regime")] BarrierLevel? Level,
    [property: Required, Description("open, worked-around or solved")] BarrierStatus? Status,
    [property: Required, MinLength(1), MaxLength(ReflectionRules.LongTextMax), Description("What happened")] string? Description,
    [property: Description("The id this barrier got in an earlier reflection, so it keeps its firstSeen when reworded; leave out for a new barrier")] string? Id = null);

/// <summary>A barrier as returned.</summary>
public sealed record BarrierDto(
    [property: Required, Description("Barrier kind from the taxonomy")] BarrierKind Kind,
    [property: Required, Description("project, organisation or regime")] BarrierLevel Level,
    [property: Required, Description("open, worked-around or solved")] BarrierStatus Status,
    [property: Required, MinLength(1), MaxLength(ReflectionRules.LongTextMax), Description("What happened")] string Description,
    [property: Description("First reported for this experiment; kept across reflections")] DateOnly FirstSeen,
    [property: Description("Stable id across reflections; send it back with the barrier in the next reflection")] string Id);

/// <summary>A learning question as sent.</summary>
public sealed record LearningQuestionInput(
    [property: Required, MinLength(1), MaxLength(ReflectionRules.LongTextMax), Description("The question")] string? Question,
    [property: Required, Description("open or answered")] LearningQuestionStatus? Status,
    [property: Description("The id this question got in an earlier reflection, so it keeps its firstSeen when reworded; leave out for a new question")] string? Id = null);

/// <summary>A learning question as returned.</summary>
public sealed record LearningQuestionDto(
    [property: Required, MinLength(1), MaxLength(ReflectionRules.LongTextMax), Description("The question")] string Question,
    [property: Required, Description("open or answered")] LearningQuestionStatus Status,
    [property: Description("First asked; kept across reflections")] DateOnly FirstSeen,
    [property: Description("Stable id across reflections; send it back with the question in the next reflection")] string Id);

/// <summary>Route to the mainstream.</summary>
public sealed record MainstreamRouteDto(
    [property: Required, Description("fit-and-conform or stretch-and-transform")] ScalingRoute? Route,
    [property: Description("Rules, funding or procurement that must change")] IReadOnlyList<string>? RuleChangesNeeded,
    [property: MaxLength(ReflectionRules.LongTextMax), Description("What would stop if it scaled")] string? Exnovation);

public sealed record SustainmentDto(
    [property: Required, MinLength(1), MaxLength(ReflectionRules.ShortTextMax), Description("Current source of money")] string? FundingSource,
    [property: Description("When the money ends; absent when structural")] DateOnly? FundingEndDate,
    [property: MaxLength(ReflectionRules.ShortTextMax), Description("Structural owner")] string? StructuralOwner,
    [property: Required, Description("none, in-preparation or agreed")] StructuralPlanStatus? Plan);

public sealed record LessonsDto(
    [property: MaxLength(ReflectionRules.LongTextMax), Description("Challenges and failures")] string? Challenges,
    [property: MaxLength(ReflectionRules.LongTextMax), Description("Conditions for success")] string? ConditionsForSuccess,
    [property: MaxLength(ReflectionRules.LongTextMax), Description("What another place needs to replicate it")] string? Replication,
    [property: MaxLength(ReflectionRules.LongTextMax), Description("Lessons for others")] string? LessonsLearned);

/// <summary>A page of reflections, newest first.</summary>
public sealed record ReflectionPage(
    [property: Description("Latest revision of each reflection on this page")] IReadOnlyList<ReflectionDto> Items,
    [property: Description("Pass as 'cursor' for the next page; absent on the last page")] string? NextCursor);
