using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;
using static TransitionLab.Core.Tests.TestData;

namespace TransitionLab.Core.Tests.Verdicts;

public class ScalingRuleTests
{
    private const OutcomeDirection Positive = OutcomeDirection.Positive;
    private const OutcomeDirection Negative = OutcomeDirection.Negative;

    [Fact]
    public void Evidence_level_1_means_deepen()
    {
        var verdict = Verdict(History(3, b => b.Level(EvidenceLevel.Described)));

        Assert.Equal(VerdictKind.Deepen, verdict.Kind);
        Assert.Equal(new VerdictReason("evidence-below-2", "deepen", "Het bewijsniveau is 1 (goed beschreven); minstens 2 nodig."),
            Assert.Single(verdict.Reasons));
    }

    [Fact]
    public void An_incomplete_working_core_means_deepen()
    {
        var verdict = Verdict(History(3, last: b => b.IncompleteCore()));

        Assert.Equal(VerdictKind.Deepen, verdict.Kind);
        var reason = Assert.Single(verdict.Reasons);
        Assert.Equal("working-core-incomplete", reason.Code);
        Assert.Equal("De werkzame kern is niet volledig beschreven. Beschrijf wat vast staat (minstens 20 tekens) en " +
            "wat per plek mag verschillen (minstens 10 tekens).", reason.Text);
    }

    [Fact]
    public void The_evidence_level_is_the_latest_cycles_level()
    {
        var verdict = Verdict(History(3, b => b.Level(EvidenceLevel.GoodIndications), last: b => b.Level(EvidenceLevel.Described)));

        Assert.Equal(VerdictKind.Deepen, verdict.Kind);
        Assert.Equal(EvidenceLevel.Described, verdict.Facts.EvidenceLevel);
    }

    [Fact]
    public void Level_3_in_one_context_with_an_owner_and_no_regime_barrier_is_ready_to_scale()
    {
        var verdict = Verdict(History(3));

        Assert.Equal(VerdictKind.ReadyToScaleFitAndConform, verdict.Kind);
        Assert.Equal(["evidence-3-or-more", "structural-owner-named", "no-open-regime-barrier"], verdict.Reasons.Select(r => r.Code));
        Assert.All(verdict.Reasons, r => Assert.Equal("ready-to-scale-fit-and-conform", r.Rule));
        Assert.Equal("Het bewijsniveau is 3 (eerste aanwijzingen voor effect).", verdict.Reasons[0].Text);
    }

    [Fact]
    public void Level_2_in_one_context_means_broaden()
    {
        var verdict = Verdict(History(3, b => b.Level(EvidenceLevel.TheoryOfChange)));

        Assert.Equal(VerdictKind.Broaden, verdict.Kind);
        Assert.Equal(new VerdictReason("single-context", "broaden", "Het experiment loopt op 1 plek (Middelburg); probeer het op minstens 2 plekken."),
            Assert.Single(verdict.Reasons));
    }

    [Fact]
    public void Level_2_with_two_positive_contexts_is_ready_to_scale()
    {
        var verdict = Verdict(History(3, b => b.Level(EvidenceLevel.TheoryOfChange).Contexts(("Middelburg", Positive), ("Vlissingen", Positive))));

        Assert.Equal(VerdictKind.ReadyToScaleFitAndConform, verdict.Kind);
        Assert.Equal("Bewijsniveau 2 en op 2 plekken een positieve uitkomst: Middelburg en Vlissingen.", verdict.Reasons[0].Text);
    }

    [Fact]
    public void Level_2_with_two_contexts_of_which_one_positive_means_broaden()
    {
        var verdict = Verdict(History(3, b => b.Level(EvidenceLevel.TheoryOfChange).Contexts(("Middelburg", Positive), ("Vlissingen", Negative))));

        Assert.Equal(VerdictKind.Broaden, verdict.Kind);
        Assert.Equal(new VerdictReason("outcome-direction-not-shared", "broaden",
            "Bewijsniveau 2 op 2 plekken, maar op 1 plek een positieve uitkomst; minstens 2 nodig (of bewijsniveau 3)."), Assert.Single(verdict.Reasons));
    }

    [Fact]
    public void Contexts_are_distinct_areas_across_reflections_with_the_latest_direction()
    {
        var verdict = Verdict(
        [
            Reflection(1).Level(EvidenceLevel.TheoryOfChange).Contexts(("Middelburg", Positive), ("Vlissingen", Positive)).Build(),
            Reflection(2).Level(EvidenceLevel.TheoryOfChange).Contexts(("Veere", Positive)).Build(),
            Reflection(3).Level(EvidenceLevel.TheoryOfChange).Contexts(("vlissingen ", Negative)).Build(),
        ]);

        Assert.Equal(
            [new ContextOutcome("Middelburg", Positive), new ContextOutcome("Veere", Positive), new ContextOutcome("vlissingen", Negative)],
            verdict.Facts.Contexts);
        Assert.Equal(VerdictKind.ReadyToScaleFitAndConform, verdict.Kind);
    }

    [Fact]
    public void No_structural_owner_in_the_latest_reflection_means_broaden()
    {
        var verdict = Verdict(History(3, last: b => b.Owner("  ")));

        Assert.Equal(VerdictKind.Broaden, verdict.Kind);
        Assert.Equal(["single-context", "no-structural-owner"], verdict.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void An_open_regime_barrier_in_the_latest_reflection_blocks_fit_and_conform()
    {
        var verdict = Verdict(History(3, b => b.Contexts(("Middelburg", Positive), ("Veere", Positive)), last: b => b.Barrier(BarrierKind.Silos)));

        Assert.Equal(VerdictKind.Broaden, verdict.Kind);
        Assert.Equal(new VerdictReason("open-regime-barrier", "broaden",
            "In de laatste reflectie staat een barrière op systeemniveau open: Verkokering."), Assert.Single(verdict.Reasons));
    }

    [Theory]
    [InlineData(BarrierLevel.Regime, BarrierStatus.Solved)]
    [InlineData(BarrierLevel.Regime, BarrierStatus.WorkedAround)]
    [InlineData(BarrierLevel.Organisation, BarrierStatus.Open)]
    [InlineData(BarrierLevel.Project, BarrierStatus.Open)]
    public void Barriers_that_are_not_open_at_regime_level_do_not_block_scaling(BarrierLevel level, BarrierStatus status)
    {
        var verdict = Verdict(History(3, b => b.Barrier(BarrierKind.ShortTermFunding, level, status)));

        Assert.Equal(VerdictKind.ReadyToScaleFitAndConform, verdict.Kind);
    }

    [Fact]
    public void A_regime_barrier_open_two_cycles_means_stretch_and_transform()
    {
        var verdict = Verdict([
            Reflection(1).Build(),
            Reflection(2).Barrier(BarrierKind.ProcurementAndMarketForces, firstSeen: new(2025, 4, 2)).Build(),
            Reflection(3).Barrier(BarrierKind.ProcurementAndMarketForces, firstSeen: new(2025, 4, 2))
                .RuleChanges("Inkoop per product vervangen door een taakgerichte opdracht").Build(),
        ]);

        Assert.Equal(VerdictKind.ReadyToScaleStretchAndTransform, verdict.Kind);
        Assert.Equal(["evidence-3-or-more", "structural-owner-named", "regime-barrier-open-two-cycles", "rule-changes-named"],
            verdict.Reasons.Select(r => r.Code));
        Assert.Equal("De barrière 'Inkoop en marktwerking' staat op systeemniveau al 2 cycli open (voor het eerst gezien op 2 april 2025).",
            verdict.Reasons[2].Text);
        Assert.Equal("Wat moet veranderen: Inkoop per product vervangen door een taakgerichte opdracht.", verdict.Reasons[3].Text);
    }

    [Fact]
    public void Stretch_and_transform_without_named_rule_changes_asks_for_them()
    {
        var verdict = Verdict(History(3, b => b.Barrier(BarrierKind.NationalRulesBeatLocalTailoring)));

        Assert.Equal(VerdictKind.ReadyToScaleStretchAndTransform, verdict.Kind);
        Assert.Contains("3 cycli open", verdict.Reasons[2].Text);
        Assert.Equal(new VerdictReason("rule-changes-missing", "ready-to-scale-stretch-and-transform",
            "Noem in de volgende reflectie welke regels, financiering of inkoop moeten veranderen om deze barrière op te lossen."), verdict.Reasons[^1]);
    }

    [Fact]
    public void A_regime_barrier_that_was_solved_in_between_counts_only_from_its_reopening()
    {
        var verdict = Verdict([
            Reflection(1).Barrier(BarrierKind.Silos).Build(),
            Reflection(2).Barrier(BarrierKind.Silos, status: BarrierStatus.Solved).Build(),
            Reflection(3).Barrier(BarrierKind.Silos).Build(),
        ]);

        Assert.Equal(VerdictKind.Broaden, verdict.Kind);
    }

    [Fact]
    public void Different_regime_barriers_in_consecutive_cycles_are_not_the_same_barrier()
    {
        var verdict = Verdict([Reflection(1).Build(), Reflection(2).Barrier(BarrierKind.Silos).Build(), Reflection(3).Barrier(BarrierKind.RiskAversion).Build()]);

        Assert.Equal(VerdictKind.Broaden, verdict.Kind);
    }

    [Fact]
    public void A_persistent_regime_barrier_without_an_owner_means_broaden()
    {
        var verdict = Verdict(History(3, b => b.Barrier(BarrierKind.Silos).Owner(null)));

        Assert.Equal(VerdictKind.Broaden, verdict.Kind);
        Assert.Equal(["single-context", "no-structural-owner", "open-regime-barrier"], verdict.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Goal_progress_is_the_mean_progress_from_baseline_to_target()
    {
        var verdict = Verdict(History(3, last: b => b.Goals(
            new GoalMeasurement("a", "gezinnen", 40, 20, 35),   // 25 %
            new GoalMeasurement("b", "jongeren", 0, 10, 0),     // 0 %
            new GoalMeasurement("c", "jongeren", 5, 5, 5))));   // no distance to travel: left out

        Assert.Equal(12.5m, verdict.Facts.GoalProgressPercent);
    }
}
