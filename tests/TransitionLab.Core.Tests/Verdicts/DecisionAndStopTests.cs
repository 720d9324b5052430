using TransitionLab.Core.Decisions;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;
using static TransitionLab.Core.Tests.TestData;

namespace TransitionLab.Core.Tests.Verdicts;

public class DecisionAndStopTests
{
    [Fact]
    public void A_complete_mainstream_decision_means_mainstreamed_whatever_the_evidence()
    {
        var decision = Decision(DecisionKind.Mainstreamed, new(2025, 12, 1), startDate: new(2026, 1, 1));

        var verdict = Verdict([], [decision]);

        Assert.Equal(VerdictKind.Mainstreamed, verdict.Kind);
        var reason = Assert.Single(verdict.Reasons);
        Assert.Equal("mainstream-decision", reason.Code);
        Assert.Equal("Op 1 december 2025 besloot college van B&W (gemeente Middelburg) dit op te nemen in regulier beleid. " +
            "Eigenaar: Team Jeugd gemeente Middelburg; begrotingspost: Programma 3.2 Jeugd; start: 1 januari 2026.", reason.Text);
    }

    [Fact]
    public void A_mainstream_decision_without_budget_line_does_not_count()
    {
        var decision = Decision(DecisionKind.Mainstreamed, new(2025, 12, 1), budgetLine: " ");

        var verdict = Verdict(History(3), [decision]);

        Assert.Equal(VerdictKind.ReadyToScaleFitAndConform, verdict.Kind);
        var note = verdict.Reasons[0];
        Assert.Equal(new VerdictReason("mainstream-decision-incomplete", "mainstreamed",
            "Het besluit van 1 december 2025 om dit op te nemen in regulier beleid telt nog niet: de begrotingspost ontbreekt."), note);
    }

    [Fact]
    public void A_mainstream_decision_without_owner_and_start_date_names_both()
    {
        var decision = Decision(DecisionKind.Mainstreamed, new(2025, 12, 1), owner: null) with { StartDate = null };

        var verdict = Verdict(History(3), [decision]);

        Assert.EndsWith("telt nog niet: de eigenaar en de startdatum ontbreken.", verdict.Reasons[0].Text);
    }

    [Fact]
    public void A_later_stop_decision_overrides_an_earlier_mainstream_decision()
    {
        var verdict = Verdict(History(3),
        [
            Decision(DecisionKind.Stop, new(2025, 12, 1)),
            Decision(DecisionKind.Mainstreamed, new(2025, 6, 1)),
        ]);

        Assert.Equal(VerdictKind.StopAndLearn, verdict.Kind);
        Assert.Equal("Op 1 december 2025 besloot college van B&W (gemeente Middelburg) te stoppen.", Assert.Single(verdict.Reasons).Text);
    }

    [Fact]
    public void A_later_mainstream_decision_overrides_an_earlier_stop_decision()
    {
        var verdict = Verdict(History(3),
        [
            Decision(DecisionKind.Mainstreamed, new(2025, 12, 1)),
            Decision(DecisionKind.Stop, new(2025, 6, 1)),
        ]);

        Assert.Equal(VerdictKind.Mainstreamed, verdict.Kind);
    }

    [Fact]
    public void A_decision_to_mark_for_scaling_is_shown_as_a_flag_beside_the_verdict()
    {
        var verdict = Verdict(History(3), [Decision(DecisionKind.MarkForScaling, new(2025, 12, 1), startDate: new(2026, 3, 1)) with { Level = DecisionLevel.Region, Area = "Walcheren" }]);

        Assert.Equal(VerdictKind.ReadyToScaleFitAndConform, verdict.Kind);
        var flag = Assert.Single(verdict.Flags, f => f.Flag == VerdictFlag.MarkedForScaling);
        Assert.Equal(new VerdictReason("mark-for-scaling-decision", "marked-for-scaling",
            "Op 1 december 2025 wees college van B&W (regio Walcheren) dit aan om op te schalen. " +
            "Eigenaar: Team Jeugd gemeente Middelburg; begrotingspost: Programma 3.2 Jeugd; start: 1 maart 2026."), Assert.Single(flag.Reasons));
    }

    [Fact]
    public void A_later_stop_decision_withdraws_a_mark_for_scaling()
    {
        var verdict = Verdict(History(3), [Decision(DecisionKind.MarkForScaling, new(2025, 6, 1)), Decision(DecisionKind.Stop, new(2025, 12, 1))]);

        Assert.Equal(VerdictKind.StopAndLearn, verdict.Kind);
        Assert.False(verdict.Has(VerdictFlag.MarkedForScaling));
    }

    [Fact]
    public void A_databank_recognition_recorded_with_its_source_carries_the_recognised_label()
    {
        var verdict = Verdict(History(3), [Decision(DecisionKind.DatabankRecognition, new(2025, 11, 3)) with { DecidedBy = "Erkenningscommissie Interventies" }]);

        var flag = Assert.Single(verdict.Flags, f => f.Flag == VerdictFlag.DatabankRecognised);
        Assert.Equal("Erkend als 'Goed onderbouwd' door Erkenningscommissie Interventies (3 november 2025); bron: https://example.org/evaluatie-netwerkberaden. " +
            "Vastgelegd door een regisseur.", Assert.Single(flag.Reasons).Text);
        Assert.Contains(verdict.Facts.Sources, s => s.Origin == EvidenceOrigin.StewardChecked && s.Text.StartsWith("Erkend als 'Goed onderbouwd'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_self_rated_level_never_carries_a_recognition_label()
    {
        var verdict = Verdict(History(3, b => b.Level(EvidenceLevel.Described)));

        var texts = verdict.Reasons.Select(r => r.Text).Concat(verdict.Flags.SelectMany(f => f.Reasons).Select(r => r.Text));
        Assert.All(texts, t => Assert.DoesNotContain("goed beschreven", t, StringComparison.OrdinalIgnoreCase));
        Assert.False(verdict.Has(VerdictFlag.DatabankRecognised));
    }

    [Fact]
    public void A_regional_decision_names_its_region()
    {
        var decision = Decision(DecisionKind.Mainstreamed, new(2025, 12, 1), startDate: new(2026, 1, 1)) with { Level = DecisionLevel.Region, Area = "Walcheren" };

        var verdict = Verdict(History(3), [decision]);

        Assert.StartsWith("Op 1 december 2025 besloot college van B&W (regio Walcheren) dit op te nemen", Assert.Single(verdict.Reasons).Text);
    }

    [Fact]
    public void Decisions_about_other_experiments_are_ignored()
    {
        var verdict = Verdict(History(3), [Decision(DecisionKind.Stop, new(2025, 12, 1), slug: "ander-experiment")]);

        Assert.Equal(VerdictKind.ReadyToScaleFitAndConform, verdict.Kind);
    }

    [Fact]
    public void Two_refuted_cycles_without_a_pivot_and_without_better_outcomes_mean_stop_and_learn()
    {
        var verdict = Verdict([Reflection(1).Build(), Reflection(2).Refuted().Outcome(38).Build(), Reflection(3).Refuted().Outcome(38).Build()]);

        Assert.Equal(VerdictKind.StopAndLearn, verdict.Kind);
        Assert.Equal(new VerdictReason("refuted-twice-outcomes-not-improving", "stop-and-learn",
            "De hypothese is in ronde 2 en ronde 3 weerlegd, zonder nieuwe aanpak daartussen, en de doelen verbeterden niet (10% en daarna 10% van de weg naar het doel)."),
            Assert.Single(verdict.Reasons));
    }

    [Fact]
    public void Two_refuted_cycles_with_improving_outcomes_mean_adjust_not_stop()
    {
        var verdict = Verdict([Reflection(1).Build(), Reflection(2).Refuted().Build(), Reflection(3).Refuted().Build()]);

        Assert.Equal(VerdictKind.Adjust, verdict.Kind);
        Assert.Equal(new VerdictReason("refuted-twice-outcomes-improving", "adjust",
            "De hypothese is in ronde 2 en ronde 3 weerlegd, maar de doelen gaan de goede kant op (van 40% naar 60% van de weg naar het doel). " +
            "De uitleg klopt dus niet, de aanpak mogelijk wel: stel de hypothese of de aanpak bij in plaats van te stoppen."), Assert.Single(verdict.Reasons));
    }

    [Fact]
    public void Two_refuted_cycles_without_measured_goals_mean_stop_and_learn()
    {
        var verdict = Verdict([Reflection(1).NoGoals().Build(), Reflection(2).NoGoals().Refuted().Build(), Reflection(3).NoGoals().Refuted().Build()]);

        Assert.Equal(VerdictKind.StopAndLearn, verdict.Kind);
        Assert.EndsWith("en er zijn geen gemeten doelen die laten zien dat het beter gaat.", Assert.Single(verdict.Reasons).Text);
    }

    [Fact]
    public void A_pivot_between_two_refuting_cycles_prevents_stop_and_learn()
    {
        var verdict = Verdict([Reflection(1).Build(), Reflection(2).Refuted().Decided(LoopDecision.Pivot).Build(), Reflection(3).Refuted().Build()]);

        Assert.Equal(VerdictKind.ReadyToScaleFitAndConform, verdict.Kind);
    }

    [Fact]
    public void A_pivot_chosen_after_the_second_refutation_does_not_prevent_stop_and_learn()
    {
        var verdict = Verdict([Reflection(1).Build(), Reflection(2).Refuted().Outcome(36).Build(), Reflection(3).Refuted().Outcome(36).Decided(LoopDecision.Pivot).Build()]);

        Assert.Equal(VerdictKind.StopAndLearn, verdict.Kind);
    }

    [Fact]
    public void Refutations_that_are_not_the_last_two_cycles_do_not_stop_the_experiment()
    {
        var verdict = Verdict([Reflection(1).Refuted().Build(), Reflection(2).Refuted().Build(), Reflection(3).Build()]);

        Assert.Equal(VerdictKind.ReadyToScaleFitAndConform, verdict.Kind);
    }

    [Fact]
    public void Stop_and_learn_goes_before_insufficient_evidence()
    {
        var verdict = Verdict([Reflection(1).Refuted().WithoutResident().Outcome(40).Build(), Reflection(2).Refuted().WithoutResident().Outcome(40).Build()]);

        Assert.Equal(VerdictKind.StopAndLearn, verdict.Kind);
    }

    [Fact]
    public void Frontrunners_deciding_to_stop_means_stop_and_learn()
    {
        var verdict = Verdict(History(3, last: b => b.Decided(LoopDecision.Stop)));

        Assert.Equal(VerdictKind.StopAndLearn, verdict.Kind);
        Assert.Equal(new VerdictReason("loop-decision-stop", "stop-and-learn",
            "In ronde 3 (8 juli 2025) besloten de koplopers te stoppen."), Assert.Single(verdict.Reasons));
    }

    [Fact]
    public void A_mainstream_decision_goes_before_two_refuted_cycles()
    {
        var verdict = Verdict([Reflection(1).Refuted().Build(), Reflection(2).Refuted().Build()], [Decision(DecisionKind.Mainstreamed, new(2025, 12, 1))]);

        Assert.Equal(VerdictKind.Mainstreamed, verdict.Kind);
    }
}
