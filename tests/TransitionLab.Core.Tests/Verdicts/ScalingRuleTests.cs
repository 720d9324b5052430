using TransitionLab.Core.Language;
using TransitionLab.Core.Decisions;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;
using static TransitionLab.Core.Tests.TestData;

namespace TransitionLab.Core.Tests.Verdicts;

public class ScalingRuleTests
{
    private const OutcomeDirection Positive = OutcomeDirection.Positive;
    private const OutcomeDirection Negative = OutcomeDirection.Negative;

    [Fact]
    public void Evidence_level_1_means_deepen_and_is_named_as_the_frontrunners_own_rating()
    {
        var verdict = Verdict(History(3, b => b.Level(EvidenceLevel.Described)));

        Assert.Equal(VerdictKind.Deepen, verdict.Kind);
        Assert.Equal(new VerdictReason("evidence-below-2", "deepen",
            "De koplopers schatten het bewijsniveau zelf op 1 (beschreven); minstens 2 nodig: leg uit waarom de aanpak zou moeten werken (een veranderingstheorie)."),
            Assert.Single(verdict.Reasons));
    }

    [Fact]
    public void An_empty_working_core_asks_for_elements_for_whom_and_what_may_vary()
    {
        var verdict = Verdict(History(3, last: b => b.IncompleteCore()));

        Assert.Equal(VerdictKind.Deepen, verdict.Kind);
        var reason = Assert.Single(verdict.Reasons);
        Assert.Equal("working-core-lacks-substance", reason.Code);
        Assert.Equal("De werkzame kern is nog te dun om over te nemen. Schrijf op welke onderdelen altijd hetzelfde blijven (noem er minstens 2, " +
            "bijvoorbeeld: een vaste gespreksleider; een plan dat het gezin zelf maakt), voor wie de aanpak is (bijvoorbeeld: voor gezinnen met jeugdhulp) " +
            "en wat per plek mag verschillen (in een paar zinnen, bijvoorbeeld: wie aanschuift en waar het gesprek is).", reason.Text);
    }

    [Fact]
    public void A_working_core_of_twenty_characters_without_elements_or_target_group_is_not_substance()
    {
        // 2026-11 accepted any 20 and 10 characters.
        var verdict = Verdict(History(3, last: b => b.Core("Een vaste gespreksleider", "Per wijk anders geregeld")));

        Assert.Equal(VerdictKind.Deepen, verdict.Kind);
        Assert.Contains("welke onderdelen altijd hetzelfde blijven", Assert.Single(verdict.Reasons).Text);
        Assert.Contains("voor wie de aanpak is", verdict.Reasons[0].Text);
        Assert.DoesNotContain("wat per plek mag verschillen", verdict.Reasons[0].Text);
    }

    [Fact]
    public void A_working_core_listing_elements_and_for_whom_has_substance()
    {
        var core = new WorkingCore("Voor jongeren van 16 tot 23 zonder woning: een vast basisbudget\nbegeleiding door een coach die ze zelf kiezen",
            "De hoogte van het budget en wie de coach betaalt");

        Assert.True(core.IsComplete);
        Assert.Empty(core.Gaps());
    }

    [Fact]
    public void The_evidence_level_is_the_latest_cycles_level()
    {
        var verdict = Verdict(History(3, b => b.Level(EvidenceLevel.GoodIndications), last: b => b.Level(EvidenceLevel.Described)));

        Assert.Equal(VerdictKind.Deepen, verdict.Kind);
        Assert.Equal(EvidenceLevel.Described, verdict.Facts.EvidenceLevel);
    }

    [Fact]
    public void Outcomes_toward_target_over_two_cycles_with_own_registration_an_owner_and_no_rule_in_the_way_are_ready_to_scale()
    {
        var verdict = Verdict(History(3));

        Assert.Equal(VerdictKind.ReadyToScaleFitAndConform, verdict.Kind);
        Assert.Equal(["outcomes-toward-target", "data-reliable-enough", "structural-owner-named", "declared-fit-and-conform", "no-regime-rule-in-the-way"],
            verdict.Reasons.Select(r => r.Code));
        Assert.All(verdict.Reasons, r => Assert.Equal("ready-to-scale-fit-and-conform", r.Rule));
        Assert.Equal("De doelen gingen in ronde 2 en ronde 3 de goede kant op: 40% en daarna 60% van de weg naar het doel.", verdict.Reasons[0].Text);
        Assert.Equal([20m, 40m, 60m], verdict.Facts.OutcomesByCycle.Select(o => o.Percent));
    }

    [Fact]
    public void A_self_rated_level_3_without_measured_goals_is_not_ready_to_scale()
    {
        var verdict = Verdict(History(3, b => b.NoGoals()));

        Assert.Equal(VerdictKind.Deepen, verdict.Kind);
        Assert.Equal(new VerdictReason("outcomes-not-shown", "deepen",
            "Er zijn nog geen gemeten doelen. Meet in elke ronde de doelen (beginwaarde, doel en waarde nu); nodig is dat ze in 2 rondes de goede kant op gaan."),
            Assert.Single(verdict.Reasons));
    }

    [Fact]
    public void Level_2_with_outcomes_toward_target_is_ready_to_scale()
    {
        Assert.Equal(VerdictKind.ReadyToScaleFitAndConform, Verdict(History(3, b => b.Level(EvidenceLevel.TheoryOfChange))).Kind);
    }

    [Fact]
    public void One_measured_cycle_is_not_two()
    {
        var verdict = Verdict([Reflection(1).NoGoals().Build(), Reflection(2).NoGoals().Build(), Reflection(3).Build()]);

        Assert.Equal(VerdictKind.Deepen, verdict.Kind);
        Assert.Equal("De doelen zijn 1 keer gemeten (60% van de weg naar het doel); nodig is dat ze in 2 rondes na elkaar de goede kant op gaan.",
            Assert.Single(verdict.Reasons).Text);
    }

    [Fact]
    public void Outcomes_falling_back_in_the_last_cycle_mean_deepen()
    {
        var verdict = Verdict(History(3, last: b => b.Outcome(35)));

        Assert.Equal(VerdictKind.Deepen, verdict.Kind);
        Assert.Equal("De doelen gingen in de laatste 2 gemeten rondes niet allebei de goede kant op (40% en daarna 25% van de weg naar het doel).",
            Assert.Single(verdict.Reasons).Text);
    }

    [Fact]
    public void Estimated_data_means_deepen_unless_an_external_evaluation_is_linked()
    {
        var history = History(3, b => b.Reliability(DataReliability.Low));

        var estimated = Verdict(history);
        Assert.Equal(VerdictKind.Deepen, estimated.Kind);
        Assert.Equal("data-not-reliable", Assert.Single(estimated.Reasons).Code);

        var evaluated = Verdict(history, [Decision(DecisionKind.ExternalEvaluation, new(2025, 10, 1)) with { DecidedBy = "Verwey-Jonker Instituut", Rationale = "Procesevaluatie netwerkberaden" }]);
        Assert.Equal(VerdictKind.ReadyToScaleFitAndConform, evaluated.Kind);
        Assert.Equal(new VerdictReason("external-evaluation-linked", "ready-to-scale-fit-and-conform",
            "Er is een externe evaluatie: Procesevaluatie netwerkberaden (Verwey-Jonker Instituut, bron: https://example.org/evaluatie-netwerkberaden)."),
            evaluated.Reasons[1]);
        Assert.Contains(evaluated.Facts.Sources, s => s.Origin == EvidenceOrigin.Research && s.Url == "https://example.org/evaluatie-netwerkberaden");
        Assert.Equal(EvidenceOrigin.SelfReported, evaluated.Facts.Sources[0].Origin);
    }

    [Fact]
    public void A_negative_direction_in_one_place_is_a_reason_not_a_footnote()
    {
        var verdict = Verdict(History(3, b => b.Contexts(("Middelburg", Positive), ("Vlissingen", Negative), ("Veere", Positive))));

        Assert.Equal(VerdictKind.Deepen, verdict.Kind);
        Assert.Equal(new VerdictReason("negative-outcome-in-place", "deepen",
            "In Vlissingen gaat de uitkomst de verkeerde kant op. Zoek uit waarom, voordat een andere plek het overneemt."), Assert.Single(verdict.Reasons));
    }

    [Fact]
    public void Compared_with_business_as_usual_an_outcome_below_baseline_still_counts_when_the_regular_approach_did_worse()
    {
        // Placements rose everywhere; in the experiment's area less than under the regular approach.
        var verdict = Verdict([Reflection(1).NoGoals().Build(), Reflection(2).Outcome(42, businessAsUsual: 46).Build(), Reflection(3).Outcome(42, businessAsUsual: 50).Build()]);

        Assert.Equal(VerdictKind.ReadyToScaleFitAndConform, verdict.Kind);
        Assert.Equal("De doelen gingen in ronde 2 en ronde 3 de goede kant op: 20% en daarna 40% van de weg naar het doel, " +
            "vergeleken met de gewone aanpak (dezelfde uitkomst zonder het experiment).", verdict.Reasons[0].Text);
        Assert.True(verdict.Facts.OutcomesByCycle[^1].ComparedWithBusinessAsUsual);
    }

    [Fact]
    public void Business_as_usual_doing_as_well_as_the_experiment_is_not_an_outcome_of_the_experiment()
    {
        var verdict = Verdict([Reflection(1).Build(), Reflection(2).Outcome(32, businessAsUsual: 32).Build(), Reflection(3).Outcome(28, businessAsUsual: 28).Build()]);

        Assert.Equal(VerdictKind.Deepen, verdict.Kind);
        Assert.Equal("outcomes-not-shown", Assert.Single(verdict.Reasons).Code);
    }

    [Fact]
    public void A_practice_running_in_many_places_without_an_owner_is_told_what_is_missing_not_to_try_two_places()
    {
        var places = new[] { "Utrecht", "Amersfoort", "Zeist", "Nieuwegein", "Houten", "Woerden", "IJsselstein", "Veenendaal" };
        var verdict = Verdict(History(3, b => b.Contexts(places.Select(p => (p, Positive)).ToArray()).Owner(null)));

        Assert.Equal(VerdictKind.Broaden, verdict.Kind);
        Assert.Equal(new VerdictReason("no-structural-owner", "broaden",
            "De laatste reflectie noemt geen structurele eigenaar; opschalen kan pas als iemand het structureel gaat dragen."), Assert.Single(verdict.Reasons));
        Assert.Equal(8, verdict.Facts.Contexts.Count);
    }

    [Fact]
    public void A_declared_stretch_and_transform_route_is_used_without_a_barrier()
    {
        var verdict = Verdict(History(3, last: b => b.Route(ScalingRoute.StretchAndTransform, "Bekostiging per gezin in plaats van per product")));

        Assert.Equal(VerdictKind.ReadyToScaleStretchAndTransform, verdict.Kind);
        Assert.Equal(["outcomes-toward-target", "data-reliable-enough", "structural-owner-named", "declared-stretch-and-transform", "rule-changes-named"],
            verdict.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void A_regime_barrier_worked_around_by_a_temporary_exemption_still_needs_a_rule_change()
    {
        var verdict = Verdict(History(3, last: b => b.Barrier(BarrierKind.NationalRulesBeatLocalTailoring, status: BarrierStatus.WorkedAround)
            .Route(ScalingRoute.FitAndConform, "Experimenteerbepaling Participatiewet omzetten in een vaste regel")));

        Assert.Equal(VerdictKind.ReadyToScaleStretchAndTransform, verdict.Kind);
        Assert.Equal(["outcomes-toward-target", "data-reliable-enough", "structural-owner-named", "temporary-exemption", "route-disagrees-with-facts", "rule-changes-named"],
            verdict.Reasons.Select(r => r.Code));
        Assert.Equal("De belemmering 'Landelijke regels gaan voor maatwerk' is alleen omzeild, bijvoorbeeld met een experimenteerbepaling of een tijdelijke " +
            "ontheffing. Als die uitzondering stopt, moet de regel alsnog veranderen.", verdict.Reasons[3].Text);
        Assert.Equal("De koplopers verwachten dat het past in de huidige regels, maar de belemmering hierboven zegt dat er een regel moet veranderen.",
            verdict.Reasons[4].Text);
    }

    [Fact]
    public void A_temporary_exemption_without_a_named_rule_change_asks_for_it()
    {
        var verdict = Verdict(History(3, last: b => b.Barrier(BarrierKind.ProcurementAndMarketForces, status: BarrierStatus.WorkedAround)));

        Assert.Equal(VerdictKind.Broaden, verdict.Kind);
        Assert.Equal(["temporary-exemption", "route-disagrees-with-facts", "rule-change-not-named"], verdict.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void A_regime_barrier_open_in_the_latest_reflection_means_stretch_and_transform_when_the_change_is_named()
    {
        var verdict = Verdict([
            Reflection(1).Build(),
            Reflection(2).Barrier(BarrierKind.ProcurementAndMarketForces, firstSeen: new(2025, 4, 2)).Build(),
            Reflection(3).Barrier(BarrierKind.ProcurementAndMarketForces, firstSeen: new(2025, 4, 2))
                .RuleChanges("Inkoop per product vervangen door een taakgerichte opdracht").Build(),
        ]);

        Assert.Equal(VerdictKind.ReadyToScaleStretchAndTransform, verdict.Kind);
        Assert.Equal(["outcomes-toward-target", "data-reliable-enough", "structural-owner-named", "declared-stretch-and-transform", "regime-barrier-in-the-way", "rule-changes-named"],
            verdict.Reasons.Select(r => r.Code));
        Assert.Equal("De belemmering 'Inkoop en marktwerking' staat op systeemniveau open, al 2 rondes (voor het eerst gezien op 2 april 2025).", verdict.Reasons[4].Text);
        Assert.Equal("Wat moet veranderen: Inkoop per product vervangen door een taakgerichte opdracht.", verdict.Reasons[5].Text);
    }

    [Fact]
    public void A_regime_barrier_without_a_recorded_first_date_counts_from_the_first_reflection_of_its_run()
    {
        // The API records the date with every write; a snapshot made elsewhere may leave it out.
        var second = Reflection(2).Barrier(BarrierKind.ProcurementAndMarketForces, firstSeen: default(DateOnly)).Build();
        var verdict = Verdict([
            Reflection(1).Build(),
            second,
            Reflection(3).Barrier(BarrierKind.ProcurementAndMarketForces, firstSeen: default(DateOnly))
                .RuleChanges("Inkoop per product vervangen door een taakgerichte opdracht").Build(),
        ]);

        Assert.Equal($"De belemmering 'Inkoop en marktwerking' staat op systeemniveau open, al 2 rondes (voor het eerst gezien op {DutchLabels.Date(second.Date)}).",
            verdict.Reasons.Single(r => r.Code == "regime-barrier-in-the-way").Text);
    }

    [Theory]
    [InlineData(BarrierLevel.Regime, BarrierStatus.Solved)]
    [InlineData(BarrierLevel.Organisation, BarrierStatus.Open)]
    [InlineData(BarrierLevel.Organisation, BarrierStatus.WorkedAround)]
    [InlineData(BarrierLevel.Project, BarrierStatus.Open)]
    public void Barriers_that_are_solved_or_below_regime_level_do_not_block_fit_and_conform(BarrierLevel level, BarrierStatus status)
    {
        var verdict = Verdict(History(3, b => b.Barrier(BarrierKind.ShortTermFunding, level, status)));

        Assert.Equal(VerdictKind.ReadyToScaleFitAndConform, verdict.Kind);
    }

    [Fact]
    public void A_persistent_regime_barrier_without_an_owner_means_broaden_naming_both()
    {
        var verdict = Verdict(History(3, b => b.Barrier(BarrierKind.Silos).Owner(null)));

        Assert.Equal(VerdictKind.Broaden, verdict.Kind);
        Assert.Equal(["no-structural-owner", "regime-barrier-in-the-way", "route-disagrees-with-facts", "rule-change-not-named"], verdict.Reasons.Select(r => r.Code));
        Assert.Contains("al 3 rondes", verdict.Reasons[1].Text);
    }

    [Fact]
    public void Contexts_are_distinct_areas_across_reflections_with_the_latest_direction()
    {
        var verdict = Verdict(
        [
            Reflection(1).Contexts(("Middelburg", Positive), ("Vlissingen", Positive)).Build(),
            Reflection(2).Contexts(("Veere", Positive)).Build(),
            Reflection(3).Contexts(("vlissingen ", Negative)).Build(),
        ]);

        Assert.Equal(
            [new ContextOutcome("Middelburg", Positive), new ContextOutcome("Veere", Positive), new ContextOutcome("vlissingen", Negative)],
            verdict.Facts.Contexts);
        Assert.Equal(VerdictKind.Deepen, verdict.Kind);
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
