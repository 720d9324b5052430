using TransitionLab.Core.Experiments;

namespace TransitionLab.Core.Reflections;

/// <summary>
/// One systematic look at one experiment in one cycle, by named roles: the product's core record.
/// Its shape follows OPSI's reflection block, Strategyzer's test and learning cards, Reflexive
/// Monitoring in Action's learning agenda and the Dutch databanks' evidence ladder.
/// </summary>
public sealed record Reflection
{
    /// <summary>Stable identifier; the same across revisions.</summary>
    public required Guid Id { get; init; }
    /// <summary>Revision number, starting at 1; a correction adds a revision and keeps the old one.</summary>
    public int Revision { get; init; } = 1;
    /// <summary>Slug of the experiment reflected on.</summary>
    public required string ExperimentSlug { get; init; }
    /// <summary>Cycle number, starting at 1.</summary>
    public required int Cycle { get; init; }
    /// <summary>Date of the reflection session.</summary>
    public required DateOnly Date { get; init; }
    /// <summary>First day of the period the reflection covers.</summary>
    public required DateOnly PeriodStart { get; init; }
    /// <summary>Last day of the period the reflection covers.</summary>
    public required DateOnly PeriodEnd { get; init; }
    /// <summary>Roles present at the reflection.</summary>
    public required IReadOnlyList<ParticipantRole> RolesPresent { get; init; }
    /// <summary>Lifecycle stage as the authors see it.</summary>
    public required LifecycleStage Stage { get; init; }
    /// <summary>X-curve position as the authors see it.</summary>
    public required XCurvePosition XCurve { get; init; }
    /// <summary>The hypothesis tested in this cycle.</summary>
    public required Hypothesis Hypothesis { get; init; }
    /// <summary>The learning loop and its decision.</summary>
    public required LearningLoop Loop { get; init; }
    /// <summary>Goal values at the end of the period.</summary>
    public IReadOnlyList<GoalMeasurement> Goals { get; init; } = [];
    /// <summary>Number of people reached in the period.</summary>
    public required int PeopleReached { get; init; }
    /// <summary>How reliable the data is.</summary>
    public required DataReliability DataReliability { get; init; }
    /// <summary>Rung on the evidence ladder.</summary>
    public required EvidenceLevel EvidenceLevel { get; init; }
    /// <summary>What is fixed and what may vary.</summary>
    public required WorkingCore WorkingCore { get; init; }
    /// <summary>Contexts where it runs, each with the direction of the outcome.</summary>
    public IReadOnlyList<ContextOutcome> Contexts { get; init; } = [];
    /// <summary>Barriers the experiment ran into so far, each with where it sits and whether it still stands.</summary>
    public IReadOnlyList<ReportedBarrier> Barriers { get; init; } = [];
    /// <summary>Learning questions on the agenda.</summary>
    public IReadOnlyList<LearningQuestion> LearningQuestions { get; init; } = [];
    /// <summary>The route to the mainstream.</summary>
    public required MainstreamRoute Route { get; init; }
    /// <summary>Funding and structural ownership.</summary>
    public required Sustainment Sustainment { get; init; }
    /// <summary>OPSI-style lessons.</summary>
    public required Lessons Lessons { get; init; }
    /// <summary>Whether a process evaluation has been done (a databank entry requirement).</summary>
    public bool ProcessEvaluationDone { get; init; }
    /// <summary>When this revision was stored.</summary>
    public DateTimeOffset RecordedAt { get; init; }
    /// <summary>Who stored this revision (key id, never a person's name).</summary>
    public string RecordedBy { get; init; } = "";
}

/// <summary>Strategyzer-style test card.</summary>
/// <param name="WeBelieve">We believe that …</param>
/// <param name="ToVerify">To verify, we will …</param>
/// <param name="WeMeasure">We measure …</param>
/// <param name="WeAreRightIf">We are right if …</param>
/// <param name="Result">What this cycle's data said.</param>
public sealed record Hypothesis(string WeBelieve, string ToVerify, string WeMeasure, string WeAreRightIf, HypothesisResult Result);

/// <summary>Strategyzer-style learning card and the decision that closes the loop.</summary>
/// <param name="Observed">We observed …</param>
/// <param name="Learned">We learned …</param>
/// <param name="Therefore">Therefore we will …</param>
/// <param name="Decision">Persevere, pivot, broaden or stop.</param>
public sealed record LearningLoop(string Observed, string Learned, string Therefore, LoopDecision Decision);

/// <summary>The value of one of the experiment's goals for one target group at the end of a period.</summary>
/// <param name="GoalId">Id of an <see cref="AreaGoal"/> of the experiment.</param>
/// <param name="TargetGroup">Target group measured.</param>
/// <param name="Baseline">Baseline value.</param>
/// <param name="Target">Target value.</param>
/// <param name="Current">Value now.</param>
/// <param name="BusinessAsUsual">The same outcome without the experiment (the regular approach, a comparison area), when known.</param>
public sealed record GoalMeasurement(string GoalId, string TargetGroup, decimal Baseline, decimal Target, decimal Current, decimal? BusinessAsUsual = null);

/// <summary>The working core: what must stay the same and what may vary per context.</summary>
/// <param name="Fixed">The fixed core, in plain Dutch.</param>
/// <param name="Variable">What may vary per context.</param>
public sealed record WorkingCore(string Fixed, string Variable)
{
    /// <summary>Fewest elements the fixed part names: one element is a slogan, not a core another place can copy.</summary>
    public const int MinimumElements = 2;
    /// <summary>Fewest words per element and in the variable part.</summary>
    public const int MinimumWords = 3;

    /// <summary>
    /// Both parts say something another place can act on: the fixed part names at least two elements (a list,
    /// or parts joined by "en", commas or semicolons) and for whom ("voor …", "doelgroep"), and the variable part
    /// is more than a few words.
    /// </summary>
    public bool IsComplete => Gaps().Count == 0;

    /// <summary>What the description still lacks, in the order a frontrunner would add it.</summary>
    public IReadOnlyList<WorkingCoreGap> Gaps()
    {
        var gaps = new List<WorkingCoreGap>();
        if (Elements(Fixed).Count(e => Words(e) >= MinimumWords) < MinimumElements) gaps.Add(WorkingCoreGap.Elements);
        if (!SaysForWhom(Fixed) && !SaysForWhom(Variable)) gaps.Add(WorkingCoreGap.ForWhom);
        if (Words(Variable) < MinimumWords) gaps.Add(WorkingCoreGap.Variable);
        return gaps;
    }

    private static readonly string[] Separators = ["\n", ";", ",", " en ", " + ", "•", " - "];

    private static IEnumerable<string> Elements(string text) =>
        (text ?? "").Replace("\r", "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => e.TrimStart('-', '*', ' ')).Where(e => e.Length > 0);

    private static int Words(string text) => (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool SaysForWhom(string text)
    {
        var t = $" {(text ?? "").ToLowerInvariant()} ";
        return t.Contains(" voor ", StringComparison.Ordinal) || t.Contains("doelgroep", StringComparison.Ordinal) || t.Contains(" bedoeld ", StringComparison.Ordinal);
    }
}

/// <summary>What a working-core description still lacks.</summary>
public enum WorkingCoreGap
{
    /// <summary>The fixed part does not name at least two elements.</summary>
    Elements,
    /// <summary>Neither part says for whom the approach is.</summary>
    ForWhom,
    /// <summary>The variable part is a few words at most.</summary>
    Variable,
}

/// <summary>A place where the experiment runs and how it goes there.</summary>
/// <param name="Area">Area or municipality.</param>
/// <param name="Direction">Direction of the outcome there.</param>
public sealed record ContextOutcome(string Area, OutcomeDirection Direction);

/// <summary>An obstacle met, typed by the domain's taxonomy.</summary>
/// <param name="Kind">Type of barrier.</param>
/// <param name="Level">Where it sits.</param>
/// <param name="Status">Whether it still stands.</param>
/// <param name="Description">What happened, in plain Dutch.</param>
/// <param name="FirstSeen">Date it was first reported for this experiment; kept across reflections.</param>
public sealed record ReportedBarrier(BarrierKind Kind, BarrierLevel Level, BarrierStatus Status, string Description, DateOnly FirstSeen)
{
    /// <summary>
    /// Stable identity across cycles, given by the server (empty on records stored before identities existed):
    /// a barrier reworded in a later cycle keeps its id and so its age.
    /// </summary>
    public string Id { get; init; } = "";

    /// <summary>
    /// <see cref="FirstSeen"/>, or <paramref name="reportedOn"/> (the date of the reflection that reports it) where no
    /// date was recorded: the API records one with every write, a snapshot made elsewhere may not.
    /// </summary>
    public DateOnly SeenSince(DateOnly reportedOn) => FirstSeen == default ? reportedOn : FirstSeen;
}

/// <summary>A question on the dynamic learning agenda (RMA).</summary>
/// <param name="Question">The question.</param>
/// <param name="Status">Open or answered.</param>
/// <param name="FirstSeen">Date it was first asked; kept across reflections.</param>
public sealed record LearningQuestion(string Question, LearningQuestionStatus Status, DateOnly FirstSeen)
{
    /// <summary>Stable identity across cycles, given by the server: a reworded question keeps its id and so its age.</summary>
    public string Id { get; init; } = "";

    /// <summary><see cref="FirstSeen"/>, or <paramref name="reportedOn"/> where no date was recorded (see <see cref="ReportedBarrier.SeenSince"/>).</summary>
    public DateOnly SeenSince(DateOnly reportedOn) => FirstSeen == default ? reportedOn : FirstSeen;
}

/// <summary>How the experiment would reach the mainstream.</summary>
/// <param name="Route">Fit-and-conform or stretch-and-transform.</param>
/// <param name="RuleChangesNeeded">Rules, funding or procurement that must change (stretch-and-transform).</param>
/// <param name="Exnovation">What would stop or be phased out if it scaled.</param>
public sealed record MainstreamRoute(ScalingRoute Route, IReadOnlyList<string> RuleChangesNeeded, string Exnovation);

/// <summary>What keeps the experiment alive after the pilot money.</summary>
/// <param name="FundingSource">Current source of money.</param>
/// <param name="FundingEndDate">When that money ends; <c>null</c> when structural.</param>
/// <param name="StructuralOwner">Organisation or department that would own it structurally.</param>
/// <param name="Plan">Status of the structural plan.</param>
public sealed record Sustainment(string FundingSource, DateOnly? FundingEndDate, string? StructuralOwner, StructuralPlanStatus Plan);

/// <summary>OECD OPSI case-library lessons.</summary>
/// <param name="Challenges">Challenges and failures.</param>
/// <param name="ConditionsForSuccess">Conditions for success.</param>
/// <param name="Replication">What another place needs to replicate it.</param>
/// <param name="LessonsLearned">Lessons for others.</param>
public sealed record Lessons(string Challenges, string ConditionsForSuccess, string Replication, string LessonsLearned);
