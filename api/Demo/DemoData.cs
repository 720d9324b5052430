using Bogus;
using TransitionLab.Api.Decisions;
using TransitionLab.Api.Reflections;
using TransitionLab.Api.Store;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Decisions;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Reflections;
using Barrier = TransitionLab.Core.Reflections.Barrier;
using Database = TransitionLab.Api.Store.Database;

namespace TransitionLab.Api.Demo;

/// <summary>
/// Dutch demo reflections for every catalogue experiment, reproducible: a fixed seed and dates counted
/// back from a fixed anchor. Experiments get different stories so the verdict rules all show up.
/// </summary>
public static class DemoData
{
    /// <summary>Last demo reflection date; every other date is counted back from it.</summary>
    public static readonly DateOnly Anchor = new(2026, 9, 30);
    private const int FakerSeed = 20150101;
    private const string RecordedBy = "demo";

    /// <summary>The story an experiment's demo reflections tell.</summary>
    public enum Story { ReadyToScale, Early, RefutedTwice, RegimeBarrier, PilotCliff }

    private static readonly Story[] Rotation = [Story.ReadyToScale, Story.Early, Story.RefutedTwice, Story.RegimeBarrier, Story.PilotCliff, Story.ReadyToScale, Story.Early, Story.PilotCliff];

    /// <summary>
    /// The story of the experiment at <paramref name="index"/> in slug order. The catalogue's status
    /// comes first: a planned experiment has nothing to reflect on yet, a stopped one was refuted, a
    /// mainstreamed one was ready.
    /// </summary>
    internal static Story? StoryOf(Experiment experiment, int index) => experiment.Status switch
    {
        ExperimentStatus.Planned => null,
        ExperimentStatus.Stopped => Story.RefutedTwice,
        ExperimentStatus.Mainstreamed => Story.ReadyToScale,
        _ => Rotation[index % Rotation.Length],
    };

    internal static int Seed(Database db, ReflectionRecords records, ContentCatalogue catalogue)
    {
        var faker = new Faker("nl") { Random = new Randomizer(FakerSeed) };
        var count = 0;
        var experiments = catalogue.Experiments.OrderBy(e => e.Slug, StringComparer.Ordinal).ToArray();
        for (var i = 0; i < experiments.Length; i++)
        {
            var experiment = experiments[i];
            if (StoryOf(experiment, i) is not { } story) continue;
            foreach (var reflection in Reflections(experiment, story, faker))
            {
                records.Create(reflection, RecordedBy, new DateTimeOffset(Dates.ToStored(reflection.Date)));
                count++;
            }
            if (experiment.Status == ExperimentStatus.Mainstreamed) db.Decisions.Insert(MainstreamedDecision(experiment, faker));
        }
        return count;
    }

    internal static IReadOnlyList<Reflection> Reflections(Experiment experiment, Story story, Faker f)
    {
        var cycles = story switch { Story.Early => 2, Story.RefutedTwice => f.Random.Int(3, 4), _ => f.Random.Int(3, 6) };
        var monthsPerCycle = story == Story.Early ? 2 : 6;
        // No reflection on a period before the experiment started.
        var monthsRunning = (Anchor.Year - experiment.StartDate.Year) * 12 + Anchor.Month - experiment.StartDate.Month;
        cycles = Math.Min(cycles, Math.Max(0, monthsRunning / monthsPerCycle));
        var goal = experiment.Goals[0];
        // Partners are organisations, not places: the second context is a town.
        IReadOnlyList<string> otherPlaces = [f.Address.City()];
        var regimeKind = f.PickRandom(BarrierKind.NationalRulesBeatLocalTailoring, BarrierKind.ProcurementAndMarketForces, BarrierKind.ShortTermFunding);
        var orgKind = f.PickRandom(BarrierKind.LackOfCapacity, BarrierKind.StaffTurnover, BarrierKind.DistrustBetweenSpecialistsAndGeneralists, BarrierKind.WeakLinkToInformalNetworks);
        var result = new List<Reflection>();

        for (var cycle = 1; cycle <= cycles; cycle++)
        {
            var date = Anchor.AddMonths(-monthsPerCycle * (cycles - cycle));
            var progress = (decimal)cycle / cycles;
            var lastTwo = cycle > cycles - 2;
            var refuted = story == Story.RefutedTwice && lastTwo;
            var current = refuted ? goal.Baseline : goal.Baseline + (goal.Target - goal.Baseline) * progress * f.Random.Decimal(0.5m, 0.9m);
            var evidence = story switch
            {
                Story.ReadyToScale => Math.Min(4, 1 + cycle),
                Story.Early => 1,
                Story.RefutedTwice => 2,
                _ => Math.Min(3, 1 + cycle),
            };

            var roles = new List<ParticipantRole> { ParticipantRole.Frontrunner, ParticipantRole.Professional };
            if (story != Story.Early || cycle > 1) roles.Add(ParticipantRole.Resident);
            if (cycle % 2 == 0) roles.Add(ParticipantRole.MunicipalityPolicy);
            if (story == Story.RegimeBarrier) roles.Add(ParticipantRole.RegimeActor);

            var barriers = new List<Barrier> { Barrier(orgKind, BarrierLevel.Organisation, cycle == cycles ? BarrierStatus.WorkedAround : BarrierStatus.Open) };
            if (story == Story.RegimeBarrier) barriers.Add(Barrier(BarrierKind.NationalRulesBeatLocalTailoring, BarrierLevel.Regime, BarrierStatus.Open));
            else if (story is Story.ReadyToScale) barriers.Add(Barrier(regimeKind, BarrierLevel.Regime, cycle >= cycles - 1 ? BarrierStatus.Solved : BarrierStatus.Open));
            else if (story is Story.PilotCliff) barriers.Add(Barrier(BarrierKind.ShortTermFunding, BarrierLevel.Regime, BarrierStatus.WorkedAround));

            var contexts = new List<ContextOutcome> { new(experiment.Municipality, refuted ? OutcomeDirection.Neutral : cycle == 1 ? OutcomeDirection.Unknown : OutcomeDirection.Positive) };
            if (story is Story.ReadyToScale or Story.RegimeBarrier && cycle >= 3) contexts.Add(new(otherPlaces[0], OutcomeDirection.Positive));

            var fundingEnd = story switch
            {
                Story.PilotCliff => Anchor.AddMonths(4),
                Story.ReadyToScale => (DateOnly?)null,
                _ => experiment.Funding.EndDate,
            };

            result.Add(new Reflection
            {
                Id = f.Random.Guid(),
                ExperimentSlug = experiment.Slug,
                Cycle = cycle,
                Date = date,
                PeriodStart = date.AddMonths(-monthsPerCycle).AddDays(1),
                PeriodEnd = date,
                RolesPresent = roles,
                Stage = story == Story.ReadyToScale && cycle == cycles ? LifecycleStage.Scaling : cycle == 1 ? LifecycleStage.Pilot : LifecycleStage.Consolidation,
                XCurve = cycle <= 2 ? XCurvePosition.TakeOff : XCurvePosition.Acceleration,
                Hypothesis = new Hypothesis(DemoTexts.WeBelieve(experiment.Title, goal.Description), DemoTexts.ToVerify(goal.TargetGroup),
                    DemoTexts.WeMeasure(goal.Unit), DemoTexts.WeAreRightIf(goal.Target),
                    refuted ? HypothesisResult.Refuted : cycle == 1 ? HypothesisResult.Inconclusive : f.PickRandom(HypothesisResult.Confirmed, HypothesisResult.PartlyConfirmed)),
                // The refuted story perseveres on purpose: two refuted cycles without a pivot must read as "stop and learn".
                Loop = new LearningLoop(f.PickRandom(DemoTexts.Observed), f.PickRandom(DemoTexts.Learned), DemoTexts.Therefore, LoopDecision.Persevere),
                Goals = [new GoalMeasurement(goal.Id, goal.TargetGroup, goal.Baseline, goal.Target, Math.Round(current, 1))],
                PeopleReached = f.Random.Int(15, 60) * cycle,
                DataReliability = evidence >= 3 ? DataReliability.Medium : DataReliability.Low,
                EvidenceLevel = (EvidenceLevel)evidence,
                WorkingCore = new WorkingCore(DemoTexts.Fixed, cycle == 1 && story == Story.Early ? DemoTexts.VariableUnknown : DemoTexts.Variable),
                Contexts = contexts,
                Barriers = barriers,
                LearningQuestions = [new LearningQuestion(DemoTexts.Questions[story == Story.RegimeBarrier ? 3 : 0], cycle == cycles && story == Story.ReadyToScale ? LearningQuestionStatus.Answered : LearningQuestionStatus.Open, default)],
                Route = story == Story.RegimeBarrier
                    ? new MainstreamRoute(ScalingRoute.StretchAndTransform, f.PickRandom(DemoTexts.RuleChanges, 2).ToArray(), DemoTexts.Exnovation)
                    : new MainstreamRoute(ScalingRoute.FitAndConform, [], DemoTexts.Exnovation),
                Sustainment = new Sustainment(story == Story.ReadyToScale ? "Structureel budget sociaal domein" : experiment.Funding.Source, fundingEnd,
                    story is Story.ReadyToScale or Story.RegimeBarrier ? DemoTexts.StructuralOwner : null,
                    story switch { Story.ReadyToScale => StructuralPlanStatus.Agreed, Story.PilotCliff => StructuralPlanStatus.InPreparation, _ => StructuralPlanStatus.None }),
                Lessons = new Lessons(DemoTexts.Challenges, DemoTexts.Conditions, DemoTexts.Replication, DemoTexts.Lessons),
                ProcessEvaluationDone = story == Story.ReadyToScale && cycle >= 3,
            });
        }
        return result;
    }

    private static Barrier Barrier(BarrierKind kind, BarrierLevel level, BarrierStatus status) => new(kind, level, status, DemoTexts.Barriers[kind], default);

    private static StoredDecision MainstreamedDecision(Experiment experiment, Faker f) => new()
    {
        Id = f.Random.Guid(), ExperimentSlug = experiment.Slug, Kind = DecisionKind.Mainstreamed, DecidedBy = DemoTexts.DecidedBy,
        DecidedOn = Dates.ToStored(Anchor.AddDays(-14)), Rationale = DemoTexts.DecisionRationale, Owner = DemoTexts.StructuralOwner,
        BudgetLine = DemoTexts.BudgetLine, StartDate = Dates.ToStored(new DateOnly(Anchor.Year + 1, 1, 1)),
        RecordedAt = Dates.ToStored(Anchor.AddDays(-14)), RecordedBy = RecordedBy, Version = 1,
    };
}
