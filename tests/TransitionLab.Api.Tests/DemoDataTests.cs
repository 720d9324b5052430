using System.Net;
using System.Net.Http.Json;
using Bogus;
using TransitionLab.Api.Demo;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Reflections;
using TransitionLab.Core.Content;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Api.Tests;

public class DemoDataTests
{
    private static Experiment Alpha => ContentLoader.Load(ApiFactory.ContentFolder).Catalogue.FindExperiment(ApiFactory.Alpha)!;

    [Fact]
    public async Task Demo_seeding_writes_reflections_for_every_experiment_and_makes_up_no_decision()
    {
        using var api = new ApiFactory(demo: "seed");
        var client = api.CreateClient();
        foreach (var slug in new[] { ApiFactory.Alpha, ApiFactory.Beta })
        {
            var page = await (await client.GetAsync($"/api/experiments/{slug}/reflections")).Json();
            Assert.InRange(page.GetProperty("items").GetArrayLength(), 2, 6);
        }
        // A college's decision is a real event; the demo does not invent one.
        Assert.Equal(0, (await (await client.GetAsync($"/api/experiments/{ApiFactory.Beta}/decisions")).Json()).GetArrayLength());
        Assert.Single(api.Database.Keys.Find(k => k.Label == "demo" && k.RevokedAt == null));
    }

    [Fact]
    public void Demo_reflections_of_an_experiment_whose_money_stopped_end_when_the_money_did()
    {
        var ended = Alpha with { Status = ExperimentStatus.Completed, StartDate = new(2017, 10, 1), Funding = new("Experimentenbesluit", new(2019, 12, 31)) };

        var reflections = DemoData.Reflections(ended, DemoData.Story.TemporaryExemption, new Faker("nl") { Random = new Randomizer(5) });

        Assert.NotEmpty(reflections);
        Assert.All(reflections, r => Assert.InRange(r.Date, ended.StartDate, new DateOnly(2019, 12, 31)));
    }

    [Fact]
    public void Demo_places_are_the_experiment_and_its_partner_municipalities_never_made_up_towns()
    {
        var shared = Alpha with { Partners = ["Gemeente Kaag", "Wijkteam Alphen", "Gemeente Alphen"] };

        var reflections = DemoData.Reflections(shared, DemoData.Story.ReadyToScale, new Faker("nl") { Random = new Randomizer(9) });

        Assert.Equal(["Alphen", "Kaag"], reflections.SelectMany(r => r.Contexts).Select(c => c.Area).Distinct().Order());
    }

    [Fact]
    public async Task Demo_data_is_never_seeded_into_a_store_with_reflections()
    {
        using var temp = new TempFolder("tl-api-tests");
        var data = temp.Path;
        using (var first = new ApiFactory(dataFolder: data))
            Assert.Equal(HttpStatusCode.Created, (await first.Frontrunner().PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", Samples.Reflection())).StatusCode);

        using var again = new ApiFactory(demo: "seed", dataFolder: data);
        _ = again.CreateClient();
        Assert.Equal(1, again.Database.ReflectionHeads.Count());
    }

    [Theory]
    [InlineData(DemoData.Story.ReadyToScale)]
    [InlineData(DemoData.Story.Early)]
    [InlineData(DemoData.Story.RefutedTwice)]
    [InlineData(DemoData.Story.RegimeBarrier)]
    [InlineData(DemoData.Story.PilotCliff)]
    [InlineData(DemoData.Story.TemporaryExemption)]
    public void Demo_reflections_pass_the_reflection_rules(DemoData.Story story)
    {
        var reflections = DemoData.Reflections(Alpha, story, new Faker("nl") { Random = new Randomizer(1) });
        Assert.InRange(reflections.Count, 2, 6);
        foreach (var reflection in reflections)
            Assert.Empty(ReflectionRules.Validate(reflection, Alpha, DemoData.Anchor));
        Assert.True(reflections.Select(r => (int)r.EvidenceLevel).SequenceEqual(reflections.Select(r => (int)r.EvidenceLevel).Order()));
    }

    [Fact]
    public void Demo_stories_give_the_verdict_rules_something_to_find()
    {
        Faker F() => new("nl") { Random = new Randomizer(7) };
        var refuted = DemoData.Reflections(Alpha, DemoData.Story.RefutedTwice, F());
        Assert.All(refuted.TakeLast(2), r => Assert.Equal((HypothesisResult.Refuted, LoopDecision.Persevere), (r.Hypothesis.Result, r.Loop.Decision)));

        var early = DemoData.Reflections(Alpha, DemoData.Story.Early, F());
        Assert.True(early.Count < 3);

        var ready = DemoData.Reflections(Alpha, DemoData.Story.ReadyToScale, F())[^1];
        Assert.True(ready.EvidenceLevel >= EvidenceLevel.FirstIndications);
        Assert.False(string.IsNullOrEmpty(ready.Sustainment.StructuralOwner));
        Assert.DoesNotContain(ready.Barriers, b => b.Level == BarrierLevel.Regime && b.Status == BarrierStatus.Open);

        var regime = DemoData.Reflections(Alpha, DemoData.Story.RegimeBarrier, F());
        Assert.All(regime, r => Assert.Contains(r.Barriers, b => b.Level == BarrierLevel.Regime && b.Status == BarrierStatus.Open));
        Assert.NotEmpty(regime[^1].Route.RuleChangesNeeded);

        // The end date is the experiment's own, never one made up to show a warning.
        var cliff = DemoData.Reflections(Alpha, DemoData.Story.PilotCliff, F())[^1];
        Assert.Equal(Alpha.Funding.EndDate, cliff.Sustainment.FundingEndDate);
        Assert.NotEqual(StructuralPlanStatus.Agreed, cliff.Sustainment.Plan);

        var exemption = DemoData.Reflections(Alpha, DemoData.Story.TemporaryExemption, F())[^1];
        Assert.Contains(exemption.Barriers, b => b.Level == BarrierLevel.Regime && b.Status == BarrierStatus.WorkedAround);
    }

    [Fact]
    public void Demo_data_is_reproducible()
    {
        var a = DemoData.Reflections(Alpha, DemoData.Story.ReadyToScale, new Faker("nl") { Random = new Randomizer(3) });
        var b = DemoData.Reflections(Alpha, DemoData.Story.ReadyToScale, new Faker("nl") { Random = new Randomizer(3) });
        Assert.Equal(a.Select(r => System.Text.Json.JsonSerializer.Serialize(r.AsDto(), ApiFactory.Json)), b.Select(r => System.Text.Json.JsonSerializer.Serialize(r.AsDto(), ApiFactory.Json)));
    }
}
