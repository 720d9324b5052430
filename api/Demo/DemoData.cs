using Bogus;
using TransitionLab.Api.Reflections;
using TransitionLab.Api.Store;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Reflections;
using Database = TransitionLab.Api.Store.Database;

namespace TransitionLab.Api.Demo;

/// <summary>
/// Dutch demo reflections for the catalogue's experiments, reproducible: a fixed seed and dates counted
/// back from a fixed anchor. They are made up, recorded under <see cref="DemoReflections.RecordedBy"/> so every
/// page says so, and follow each experiment's own story: its status, its dates (never a reflection after its
/// money stopped), its route and its places. No decision is made up: a college's decision is a real event.
/// </summary>
public static class DemoData
{
    /// <summary>Last demo reflection date; every other date is counted back from it.</summary>
    public static readonly DateOnly Anchor = new(2026, 9, 30);
    private const int FakerSeed = 20150101;

    /// <summary>The story an experiment's demo reflections tell.</summary>
    public enum Story
    {
        /// <summary>Goals move toward target, an owner and an agreed plan.</summary>
        ReadyToScale,
        /// <summary>Two short first cycles: too early to judge.</summary>
        Early,
        /// <summary>The last two cycles refute the hypothesis and the goals stay at baseline.</summary>
        RefutedTwice,
        /// <summary>A national rule stays in the way; the frontrunners name the rule changes.</summary>
        RegimeBarrier,
        /// <summary>Goals move toward target, but no owner and the plan is still in preparation.</summary>
        PilotCliff,
        /// <summary>Runs under a temporary exemption (an experiment clause) that worked around a national rule.</summary>
        TemporaryExemption,
    }

    // Each catalogue experiment's own story, read from its page: status, route, what it ran into.
    private static readonly Dictionary<string, Story> Stories = new(StringComparer.Ordinal)
    {
        ["bouwdepot-amsterdam"] = Story.PilotCliff,
        ["budgetapp-jongeren-emmen"] = Story.RefutedTwice,
        ["doorbraakfunctionaris-zaanstad"] = Story.RegimeBarrier,
        ["dorpsnetwerk-thuishulp-heuvelrug"] = Story.ReadyToScale,
        ["housing-first-jongeren-groningen"] = Story.PilotCliff,
        ["jim-mentoren-utrecht"] = Story.ReadyToScale,
        ["jongerenschuldenfonds-den-haag"] = Story.ReadyToScale,
        ["netwerkberaden-walcheren"] = Story.ReadyToScale,
        ["pedagogisch-collectief-feijenoord"] = Story.Early,
        ["proeftuin-wijkteams-leeuwarden"] = Story.RegimeBarrier,
        ["respijtnetwerk-mantelzorg-deventer"] = Story.Early,
        ["schoolmaatschappelijk-werk-almere"] = Story.PilotCliff,
        ["toekomstscenario-kind-en-gezinsbescherming"] = Story.RegimeBarrier,
        ["vertrouwensexperiment-bijstand-nijmegen"] = Story.TemporaryExemption,
        ["vroegsignalering-huurachterstand-tilburg"] = Story.ReadyToScale,
    };

    /// <summary>
    /// The story of <paramref name="experiment"/>: its own from the table above, else from its status. A planned
    /// experiment has nothing to reflect on yet.
    /// </summary>
    internal static Story? StoryOf(Experiment experiment) => experiment.Status == ExperimentStatus.Planned
        ? null
        : Stories.TryGetValue(experiment.Slug, out var story) ? story : experiment.Status switch
        {
            ExperimentStatus.Stopped => Story.RefutedTwice,
            ExperimentStatus.Mainstreamed => Story.ReadyToScale,
            ExperimentStatus.Completed => Story.PilotCliff,
            _ => Story.Early,
        };

    internal static int Seed(Database db, StoredReflections records, ContentCatalogue catalogue)
    {
        var faker = new Faker("nl") { Random = new Randomizer(FakerSeed) };
        var count = 0;
        foreach (var experiment in catalogue.Experiments.OrderBy(e => e.Slug, StringComparer.Ordinal))
        {
            if (StoryOf(experiment) is not { } story) continue;
            foreach (var reflection in Reflections(experiment, story, faker))
            {
                records.Create(reflection, DemoReflections.RecordedBy, new DateTimeOffset(Dates.ToStored(reflection.Date)));
                count++;
            }
        }
        return count;
    }

    /// <summary>The last day a demo reflection can be about: the anchor, or the day the money stopped when that is earlier.</summary>
    internal static DateOnly LastDay(Experiment experiment) =>
        experiment.Funding.EndDate is { } end && end < Anchor ? end : Anchor;

    /// <param name="cycles">How many cycles to tell; by default a number that fits the story. The benchmarks ask for more.</param>
    internal static IReadOnlyList<Reflection> Reflections(Experiment experiment, Story story, Faker f, int? cycles = null)
    {
        var wanted = cycles ?? story switch { Story.Early => 2, Story.RefutedTwice => f.Random.Int(3, 4), _ => f.Random.Int(3, 6) };
        var monthsPerCycle = story == Story.Early ? 2 : 6;
        var last = LastDay(experiment);
        // No reflection on a period before the experiment started.
        var monthsRunning = (last.Year - experiment.StartDate.Year) * 12 + last.Month - experiment.StartDate.Month;
        var told = Math.Min(wanted, Math.Max(0, monthsRunning / monthsPerCycle));
        var goal = experiment.Goals[0];
        // Only places the experiment's own page names: its municipality and partner municipalities.
        var places = experiment.Partners
            .Where(p => p.StartsWith("Gemeente ", StringComparison.Ordinal))
            .Select(p => p["Gemeente ".Length..].Trim())
            .Where(p => !string.Equals(p, experiment.Municipality, StringComparison.OrdinalIgnoreCase))
            .Prepend(experiment.Municipality)
            .ToArray();
        var orgKind = f.PickRandom(BarrierKind.LackOfCapacity, BarrierKind.StaffTurnover, BarrierKind.DistrustBetweenSpecialistsAndGeneralists, BarrierKind.WeakLinkToInformalNetworks);
        var improving = story is not (Story.Early or Story.RefutedTwice);
        var result = new List<Reflection>();

        for (var cycle = 1; cycle <= told; cycle++)
        {
            var date = last.AddMonths(-monthsPerCycle * (told - cycle));
            var refuted = story == Story.RefutedTwice && cycle > told - 2;
            // A steady step toward the target each cycle, so "improving" reads the same every time the demo is seeded; a
            // long history (the benchmarks ask for ten cycles) stays at the target instead of overshooting it.
            var share = refuted ? 0m : Math.Min(1m, 0.15m * cycle);
            var current = goal.Baseline + (goal.Target - goal.Baseline) * share;
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
            if (story is Story.RegimeBarrier or Story.TemporaryExemption) roles.Add(ParticipantRole.RegimeActor);

            var barriers = new List<ReportedBarrier> { Barrier(orgKind, BarrierLevel.Organisation, cycle == told ? BarrierStatus.WorkedAround : BarrierStatus.Open) };
            switch (story)
            {
                case Story.RegimeBarrier:
                    barriers.Add(Barrier(BarrierKind.NationalRulesBeatLocalTailoring, BarrierLevel.Regime, BarrierStatus.Open));
                    break;
                case Story.TemporaryExemption:
                    barriers.Add(Barrier(BarrierKind.NationalRulesBeatLocalTailoring, BarrierLevel.Regime, BarrierStatus.WorkedAround));
                    break;
                case Story.ReadyToScale:
                    barriers.Add(Barrier(BarrierKind.ProcurementAndMarketForces, BarrierLevel.Regime, cycle >= told - 1 ? BarrierStatus.Solved : BarrierStatus.Open));
                    break;
                case Story.PilotCliff:
                    barriers.Add(Barrier(BarrierKind.ShortTermFunding, BarrierLevel.Organisation, BarrierStatus.Open));
                    break;
            }

            var direction = refuted ? OutcomeDirection.Neutral : cycle == 1 || !improving ? OutcomeDirection.Unknown : OutcomeDirection.Positive;
            var contexts = places.Take(cycle >= 3 ? places.Length : 1).Select(p => new ContextOutcome(p, direction)).ToArray();

            var structural = story == Story.ReadyToScale;
            result.Add(new Reflection
            {
                Id = f.Random.Guid(),
                ExperimentSlug = experiment.Slug,
                Cycle = cycle,
                Date = date,
                PeriodStart = date.AddMonths(-monthsPerCycle).AddDays(1),
                PeriodEnd = date,
                RolesPresent = roles,
                Stage = structural && cycle == told ? LifecycleStage.Scaling : cycle == 1 ? LifecycleStage.Pilot : LifecycleStage.Consolidation,
                XCurve = cycle <= 2 ? XCurvePosition.TakeOff : XCurvePosition.Acceleration,
                Hypothesis = new Hypothesis(DemoTexts.WeBelieve(experiment.Title, goal.Description), DemoTexts.ToVerify(goal.TargetGroup),
                    DemoTexts.WeMeasure(goal.Unit), DemoTexts.WeAreRightIf(goal.Target),
                    refuted ? HypothesisResult.Refuted : cycle == 1 ? HypothesisResult.Inconclusive : f.PickRandom(HypothesisResult.Confirmed, HypothesisResult.PartlyConfirmed)),
                // The refuted story perseveres on purpose: two refuted cycles without a pivot and without better outcomes read as "stop and learn".
                Loop = new LearningLoop(f.PickRandom(DemoTexts.Observed), f.PickRandom(DemoTexts.Learned), DemoTexts.Therefore, LoopDecision.Persevere),
                Goals = [new GoalMeasurement(goal.Id, goal.TargetGroup, goal.Baseline, goal.Target, Math.Round(current, 1))],
                PeopleReached = f.Random.Int(15, 60) * cycle,
                DataReliability = improving && cycle >= 2 ? DataReliability.Medium : DataReliability.Low,
                EvidenceLevel = (EvidenceLevel)evidence,
                WorkingCore = new WorkingCore(DemoTexts.Fixed(goal.TargetGroup), cycle == 1 && story == Story.Early ? DemoTexts.VariableUnknown : DemoTexts.Variable),
                Contexts = contexts,
                Barriers = barriers,
                LearningQuestions = [new LearningQuestion(DemoTexts.Questions[story == Story.RegimeBarrier ? 3 : 0], cycle == told && structural ? LearningQuestionStatus.Answered : LearningQuestionStatus.Open, default)],
                Route = story == Story.RegimeBarrier
                    ? new MainstreamRoute(ScalingRoute.StretchAndTransform, f.PickRandom(DemoTexts.RuleChanges, 2).ToArray(), DemoTexts.Exnovation)
                    : new MainstreamRoute(ScalingRoute.FitAndConform, [], DemoTexts.Exnovation),
                Sustainment = new Sustainment(structural && experiment.Funding.EndDate is null ? DemoTexts.StructuralSource : experiment.Funding.Source,
                    experiment.Funding.EndDate,
                    story is Story.ReadyToScale or Story.RegimeBarrier ? DemoTexts.StructuralOwner : null,
                    story switch
                    {
                        Story.ReadyToScale => StructuralPlanStatus.Agreed,
                        Story.PilotCliff or Story.RegimeBarrier => StructuralPlanStatus.InPreparation,
                        _ => StructuralPlanStatus.None,
                    }),
                Lessons = new Lessons(DemoTexts.Challenges, DemoTexts.Conditions, DemoTexts.Replication, DemoTexts.Lessons),
                ProcessEvaluationDone = structural && cycle >= 3,
            });
        }
        return result;
    }

    private static ReportedBarrier Barrier(BarrierKind kind, BarrierLevel level, BarrierStatus status) => new(kind, level, status, DemoTexts.Barriers[kind], default);
}
