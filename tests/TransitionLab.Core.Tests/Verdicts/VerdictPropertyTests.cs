using System.Text.Json;
using TransitionLab.Core.Decisions;
using TransitionLab.Core.Insights;
using TransitionLab.Core.Language;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;
using static TransitionLab.Core.Tests.TestData;

namespace TransitionLab.Core.Tests.Verdicts;

/// <summary>
/// Properties over many random histories, from a fixed seed so a failure replays: the verdict does
/// not depend on input order, re-computation gives the same verdict, and every reason is published.
/// </summary>
public class VerdictPropertyTests
{
    private const int Histories = 400;
    private const int ShufflesPerHistory = 6;

    [Fact]
    public void The_verdict_does_not_depend_on_the_order_of_reflections_and_decisions()
    {
        var kindsSeen = new HashSet<VerdictKind>();
        for (var seed = 0; seed < Histories; seed++)
        {
            var random = new Random(seed);
            var (reflections, decisions) = RandomHistory(random);
            var expected = VerdictEngine.Compute(Experiment(), reflections, decisions, Today);
            kindsSeen.Add(expected.Kind);

            for (var i = 0; i < ShufflesPerHistory; i++)
            {
                var actual = VerdictEngine.Compute(Experiment(), Shuffled(random, reflections), Shuffled(random, decisions), Today);
                Assert.True(Json(expected) == Json(actual), $"seed {seed}, shuffle {i}: {Json(expected)}\n!=\n{Json(actual)}");
            }
        }
        // The generator must reach every verdict, or the property says little.
        Assert.Equal(Enum.GetValues<VerdictKind>().Order(), kindsSeen.Order());
    }

    [Fact]
    public void Timelines_kept_one_revision_at_a_time_equal_the_revisions_read_at_once_and_give_the_same_verdict()
    {
        for (var seed = 0; seed < Histories; seed++)
        {
            var random = new Random(seed);
            var (reflections, decisions) = RandomHistory(random);
            var (others, _) = RandomHistory(random);
            var stream = Shuffled(random, [.. reflections, .. others.Select(r => r with { ExperimentSlug = "elders" })]);
            var split = random.Next(stream.Count + 1);

            var live = new LiveReflectionTimelines(stream.Take(split));
            var halfway = live.Freeze().Of(Slug);
            foreach (var revision in stream.Skip(split)) live.Add(revision);
            var timeline = live.Freeze().Of(Slug);

            Assert.Equal(Ids(ReflectionHistory.Latest(stream.Take(split).Where(r => r.ExperimentSlug == Slug))), Ids(halfway));
            Assert.Equal(Ids(ReflectionHistory.Latest(reflections)), Ids(timeline));
            Assert.Equal(Json(VerdictEngine.Compute(Experiment(), reflections, decisions, Today)), Json(VerdictEngine.Compute(Experiment(), timeline, decisions, Today)));
        }

        static IEnumerable<(Guid, int)> Ids(IEnumerable<Reflection> reflections) => reflections.Select(r => (r.Id, r.Revision)).ToArray();
    }

    [Fact]
    public void Recomputing_gives_the_same_verdict()
    {
        for (var seed = 0; seed < Histories; seed++)
        {
            var (reflections, decisions) = RandomHistory(new Random(seed));
            Assert.Equal(Json(Verdict(reflections, decisions)), Json(Verdict(reflections, decisions)));
        }
    }

    [Fact]
    public void Every_reason_given_is_a_published_condition_of_its_rule()
    {
        for (var seed = 0; seed < Histories; seed++)
        {
            var (reflections, decisions) = RandomHistory(new Random(seed));
            var verdict = Verdict(reflections, decisions);

            Assert.NotEmpty(verdict.Reasons);
            foreach (var reason in verdict.Reasons.Concat(verdict.Flags.SelectMany(f => f.Reasons)))
            {
                var rule = Assert.Single(VerdictRuleSet.Rules, r => r.Code == reason.Rule);
                Assert.Contains(rule.Conditions, c => c.ReasonCode == reason.Code);
                Assert.False(string.IsNullOrWhiteSpace(reason.Text));
                Assert.EndsWith(".", reason.Text);
            }
            Assert.Contains(verdict.Reasons, r => r.Rule == verdict.Kind.ToCode());
        }
    }

    private static string Json(ScalingVerdict verdict) => JsonSerializer.Serialize(verdict, CatalogueExport.JsonOptions);

    private static List<T> Shuffled<T>(Random random, IReadOnlyList<T> items)
    {
        var copy = items.ToArray();
        random.Shuffle(copy);
        return [.. copy];
    }

    private static (List<Reflection> Reflections, List<ScalingDecision> Decisions) RandomHistory(Random random)
    {
        T Pick<T>(params T[] options) => options[random.Next(options.Length)];
        bool Chance(double p) => random.NextDouble() < p;
        DateOnly Day(int from, int span) => Start.AddDays(from + random.Next(span));
        Guid NewId() { var bytes = new byte[16]; random.NextBytes(bytes); return new Guid(bytes); }

        var reflections = new List<Reflection>();
        var count = random.Next(0, 6);
        for (var cycle = 1; cycle <= count; cycle++)
        {
            var id = NewId();
            // Now and then two reflections share a cycle number and a session date: only the id can order them.
            var twin = cycle > 1 && Chance(0.2);
            var number = twin ? cycle - 1 : cycle;
            var revisions = Chance(0.3) ? random.Next(2, 4) : 1;
            for (var revision = 1; revision <= revisions; revision++)
            {
                var start = Day(60 * (number - 1), 40);
                var builder = Reflection(number)
                    .With(r => r with { Id = id, RecordedAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(random.Next(1000)) })
                    .Revision(revision)
                    .Covering(start, start.AddDays(random.Next(20, 200)))
                    .Roles(Chance(0.7) ? [ParticipantRole.Frontrunner, ParticipantRole.Resident] : [ParticipantRole.Professional])
                    .Level(Pick(Enum.GetValues<EvidenceLevel>()))
                    .Result(Pick(Enum.GetValues<HypothesisResult>().Append(HypothesisResult.Refuted).ToArray()))
                    .Decided(Pick(LoopDecision.Persevere, LoopDecision.Pivot, LoopDecision.Broaden, LoopDecision.Persevere, LoopDecision.Stop))
                    .Contexts(Enumerable.Range(0, random.Next(0, 4))
                        .Select(_ => (Pick("Middelburg", "middelburg", "Veere", "Vlissingen "), Pick(Enum.GetValues<OutcomeDirection>()))).ToArray())
                    .Owner(Pick<string?>(null, " ", "Team Jeugd", "Team Jeugd"))
                    .Plan(Pick(Enum.GetValues<StructuralPlanStatus>()))
                    .FundingEnd(Chance(0.5) ? Today.AddDays(random.Next(-60, 700)) : null)
                    .Reliability(Pick(DataReliability.Low, DataReliability.Medium, DataReliability.Medium, DataReliability.High));
                // Goals move at random, so outcomes improve, stall or fall back, now and then against business as usual.
                if (Chance(0.85)) builder.Outcome(40 - Pick(0m, 4m, 4m, 4m, 8m, -4m) * number, Chance(0.15) ? Pick(40m, 46m) : null);
                else builder.NoGoals();
                if (Chance(0.2)) builder.IncompleteCore();
                if (Chance(0.3)) builder.ProcessEvaluation();
                if (Chance(0.4)) builder.RuleChanges(Pick("Inkoop per taak", " "));
                for (var b = random.Next(0, 3); b > 0; b--)
                    builder.Barrier(Pick(BarrierKind.Silos, BarrierKind.ShortTermFunding), Pick(Enum.GetValues<BarrierLevel>().Append(BarrierLevel.Regime).ToArray()),
                        Pick(BarrierStatus.Open, BarrierStatus.Open, BarrierStatus.Solved, BarrierStatus.WorkedAround), Day(0, 300));
                if (twin) builder.On(reflections[^1].Date);
                reflections.Add(builder.Build());
            }
        }

        var decisions = Enumerable.Range(0, Chance(0.3) ? random.Next(1, 4) : 0)
            .Select(_ => Decision(Pick(Enum.GetValues<DecisionKind>()), Day(300, 200), budgetLine: Pick<string?>("Programma 3", null)) with
            {
                Id = NewId(),
                RecordedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(random.Next(3)),
            })
            .ToList();
        return (reflections, decisions);
    }
}
