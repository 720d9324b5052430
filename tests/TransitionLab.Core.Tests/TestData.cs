using System.Security.Cryptography;
using System.Text;
using TransitionLab.Core.Decisions;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;

namespace TransitionLab.Core.Tests;

/// <summary>
/// Readable test data. The defaults describe a healthy experiment, so each test changes only what it is about:
/// three reflections, two months each, from 1 January 2025 to exactly 1 July 2025, a resident present,
/// evidence level 3, a working core with substance, one goal that moves a fifth of the way toward its target
/// each cycle (20%, 40%, 60%) on the team's own registration, one context with a positive outcome, a structural
/// owner, the declared route fit-and-conform, an agreed plan and no barriers. On <see cref="Today"/> that is ready
/// to scale (fit and conform).
/// </summary>
internal static class TestData
{
    public const string Slug = "netwerkberaden";
    public static readonly DateOnly Start = new(2025, 1, 1);
    public static readonly DateOnly Today = new(2026, 1, 15);

    public static Experiment Experiment(string slug = Slug, DateOnly? fundingEnd = null, string municipality = "Middelburg") => new()
    {
        Slug = slug,
        Title = "Netwerkberaden op Walcheren",
        Summary = "Gespreksleiders brengen het netwerk van een gezin samen.",
        Municipality = municipality,
        Region = "Zeeland",
        Themes = ["jeugd"],
        Status = ExperimentStatus.Running,
        StartDate = new DateOnly(2024, 9, 1),
        Funding = new Funding("Projectsubsidie gemeente", fundingEnd ?? new DateOnly(2028, 12, 31)),
        Frontrunners = ["Wijkteam Middelburg"],
        Goals = [new AreaGoal("minder-uithuisplaatsingen", "Minder kinderen uit huis geplaatst", "Gezinnen met jeugdhulp", "aantal per jaar", 40, 20)],
        XCurve = XCurvePosition.TakeOff,
        Stage = LifecycleStage.Pilot,
    };

    /// <summary>Reflection on cycle <paramref name="cycle"/>, covering two months from <see cref="Start"/> onwards.</summary>
    public static ReflectionBuilder Reflection(int cycle) => new(cycle);

    /// <summary>Cycles 1 to <paramref name="count"/>, each shaped by <paramref name="all"/>, the last one also by <paramref name="last"/>.</summary>
    public static List<Reflection> History(int count, Func<ReflectionBuilder, ReflectionBuilder>? all = null, Func<ReflectionBuilder, ReflectionBuilder>? last = null) =>
        Enumerable.Range(1, count)
            .Select(c => (all ?? Same)(Reflection(c)))
            .Select((b, i) => (i == count - 1 ? last ?? Same : Same)(b).Build())
            .ToList();

    private static ReflectionBuilder Same(ReflectionBuilder b) => b;

    public static ScalingVerdict Verdict(IEnumerable<Reflection> reflections, IEnumerable<ScalingDecision>? decisions = null, DateOnly? today = null, Experiment? experiment = null) =>
        VerdictEngine.Compute(experiment ?? Experiment(), reflections, decisions ?? [], today ?? Today);

    public static ScalingDecision Decision(DecisionKind kind, DateOnly decidedOn, string? owner = "Team Jeugd gemeente Middelburg",
        string? budgetLine = "Programma 3.2 Jeugd", DateOnly? startDate = null, string slug = Slug) => new()
    {
        SourceUrl = kind is DecisionKind.ExternalEvaluation or DecisionKind.DatabankRecognition ? "https://example.org/evaluatie-netwerkberaden" : null,
        RecognisedLevel = kind == DecisionKind.DatabankRecognition ? EvidenceLevel.TheoryOfChange : null,
        Id = Guid.NewGuid(),
        ExperimentSlug = slug,
        Kind = kind,
        DecidedBy = "college van B&W",
        Level = DecisionLevel.Municipality,
        Area = "Middelburg",
        DecidedOn = decidedOn,
        Rationale = "Het werkt en past in het beleid.",
        Owner = owner,
        BudgetLine = budgetLine,
        StartDate = startDate ?? decidedOn.AddMonths(2),
    };

    /// <summary>A stable id per experiment and cycle, so tests can add revisions of the same reflection.</summary>
    public static Guid IdOf(int cycle, string slug = Slug) => new(MD5.HashData(Encoding.UTF8.GetBytes($"{slug}/{cycle}")));
}

/// <summary>Builds one <see cref="Reflection"/> through <c>with</c> on a healthy default.</summary>
internal sealed class ReflectionBuilder
{
    private Reflection _r;

    public ReflectionBuilder(int cycle)
    {
        var start = TestData.Start.AddMonths(2 * (cycle - 1));
        _r = new Reflection
        {
            Id = TestData.IdOf(cycle),
            ExperimentSlug = TestData.Slug,
            Cycle = cycle,
            Date = start.AddMonths(2).AddDays(7),
            PeriodStart = start,
            PeriodEnd = start.AddMonths(2),
            RolesPresent = [ParticipantRole.Frontrunner, ParticipantRole.Resident],
            Stage = LifecycleStage.Pilot,
            XCurve = XCurvePosition.TakeOff,
            Hypothesis = new Hypothesis("Een netwerkberaad voorkomt uithuisplaatsing", "houden we 20 beraden",
                "het aantal uithuisplaatsingen", "het aantal daalt", HypothesisResult.Confirmed),
            Loop = new LearningLoop("Gezinnen vragen hun netwerk vaker om hulp", "Een getrainde gespreksleider is nodig",
                "gaan we door", LoopDecision.Persevere),
            Goals = [new GoalMeasurement("minder-uithuisplaatsingen", "Gezinnen met jeugdhulp", 40, 20, 40 - 4 * cycle)],
            PeopleReached = 25,
            DataReliability = DataReliability.Medium,
            EvidenceLevel = EvidenceLevel.FirstIndications,
            WorkingCore = new WorkingCore("Voor gezinnen met jeugdhulp: een getrainde gespreksleider; het eigen netwerk aan tafel",
                "Wie er aan tafel zit en waar het gesprek is"),
            Contexts = [new ContextOutcome("Middelburg", OutcomeDirection.Positive)],
            Route = new MainstreamRoute(ScalingRoute.FitAndConform, [], "Losse gesprekken met elke hulpverlener apart"),
            Sustainment = new Sustainment("Projectsubsidie gemeente", null, "Team Jeugd gemeente Middelburg", StructuralPlanStatus.Agreed),
            Lessons = new Lessons("Planning was lastig", "Een goede gespreksleider", "Train gespreksleiders", "Het netwerk wil helpen"),
        };
    }

    public ReflectionBuilder With(Func<Reflection, Reflection> change) { _r = change(_r); return this; }
    public ReflectionBuilder Covering(DateOnly start, DateOnly end) => With(r => r with { PeriodStart = start, PeriodEnd = end, Date = end.AddDays(7) });
    public ReflectionBuilder On(DateOnly date) => With(r => r with { Date = date });
    public ReflectionBuilder Revision(int revision) => With(r => r with { Revision = revision });
    public ReflectionBuilder Roles(params ParticipantRole[] roles) => With(r => r with { RolesPresent = roles });
    public ReflectionBuilder WithoutResident() => Roles(ParticipantRole.Frontrunner, ParticipantRole.Professional);
    public ReflectionBuilder Level(EvidenceLevel level) => With(r => r with { EvidenceLevel = level });
    public ReflectionBuilder Result(HypothesisResult result) => With(r => r with { Hypothesis = r.Hypothesis with { Result = result } });
    public ReflectionBuilder Refuted() => Result(HypothesisResult.Refuted);
    public ReflectionBuilder Decided(LoopDecision decision) => With(r => r with { Loop = r.Loop with { Decision = decision } });
    public ReflectionBuilder IncompleteCore() => With(r => r with { WorkingCore = new WorkingCore("Gesprekken", "") });
    public ReflectionBuilder Core(string fixedPart, string variable) => With(r => r with { WorkingCore = new WorkingCore(fixedPart, variable) });
    public ReflectionBuilder Reliability(DataReliability reliability) => With(r => r with { DataReliability = reliability });
    /// <summary>One goal from 40 toward 20, now at <paramref name="current"/>; with <paramref name="businessAsUsual"/> the value without the experiment.</summary>
    public ReflectionBuilder Outcome(decimal current, decimal? businessAsUsual = null) =>
        Goals(new GoalMeasurement("minder-uithuisplaatsingen", "Gezinnen met jeugdhulp", 40, 20, current, businessAsUsual));
    public ReflectionBuilder NoGoals() => Goals();
    public ReflectionBuilder Route(ScalingRoute route, params string[] changes) => With(r => r with { Route = new MainstreamRoute(route, changes, r.Route.Exnovation) });
    public ReflectionBuilder Contexts(params (string Area, OutcomeDirection Direction)[] contexts) =>
        With(r => r with { Contexts = contexts.Select(c => new ContextOutcome(c.Area, c.Direction)).ToArray() });
    public ReflectionBuilder Barrier(BarrierKind kind, BarrierLevel level = BarrierLevel.Regime, BarrierStatus status = BarrierStatus.Open, DateOnly? firstSeen = null) =>
        With(r => r with { Barriers = [.. r.Barriers, new ReportedBarrier(kind, level, status, "Loopt vast", firstSeen ?? TestData.Start)] });
    public ReflectionBuilder RuleChanges(params string[] changes) =>
        With(r => r with { Route = new MainstreamRoute(ScalingRoute.StretchAndTransform, changes, r.Route.Exnovation) });
    public ReflectionBuilder Owner(string? owner) => With(r => r with { Sustainment = r.Sustainment with { StructuralOwner = owner } });
    public ReflectionBuilder Plan(StructuralPlanStatus plan) => With(r => r with { Sustainment = r.Sustainment with { Plan = plan } });
    public ReflectionBuilder FundingEnd(DateOnly? end) => With(r => r with { Sustainment = r.Sustainment with { FundingEndDate = end } });
    public ReflectionBuilder ProcessEvaluation() => With(r => r with { ProcessEvaluationDone = true });
    /// <summary>About another experiment; the id follows, as ids are unique across experiments.</summary>
    public ReflectionBuilder For(string slug) => With(r => r with { ExperimentSlug = slug, Id = TestData.IdOf(r.Cycle, slug) });
    public ReflectionBuilder Goals(params GoalMeasurement[] goals) => With(r => r with { Goals = goals });

    public Reflection Build() => _r;
}
