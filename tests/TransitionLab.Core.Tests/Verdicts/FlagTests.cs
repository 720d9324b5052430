using TransitionLab.Core.Decisions;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;
using static TransitionLab.Core.Tests.TestData;

namespace TransitionLab.Core.Tests.Verdicts;

public class FlagTests
{
    private static readonly DateOnly EighteenMonthsFromToday = Today.AddMonths(18); // 15 July 2027

    private static List<Reflection> EndingOn(DateOnly? end, StructuralPlanStatus plan = StructuralPlanStatus.InPreparation) =>
        History(3, last: b => b.FundingEnd(end).Plan(plan));

    [Fact]
    public void Funding_ending_in_exactly_eighteen_months_without_an_agreed_plan_is_a_pilot_cliff_naming_the_open_budget_moment()
    {
        var verdict = Verdict(EndingOn(EighteenMonthsFromToday));

        var flag = Assert.Single(verdict.Flags);
        Assert.Equal(VerdictFlag.PilotCliff, flag.Flag);
        Assert.Equal(
        [
            new VerdictReason("funding-ends-within-18-months", "pilot-cliff", "Het geld stopt op 15 juli 2027, over 546 dagen."),
            new VerdictReason("budget-moment-open", "pilot-cliff",
                "Geld voor 2027 regelt de gemeente in de voorjaarsnota 2026 en legt ze vast in de begroting 2027: nog op tijd voor de voorjaarsnota 2026 (tot 1 juli 2026)."),
            new VerdictReason("no-agreed-structural-plan", "pilot-cliff", "Er is geen afgesproken plan om het structureel te maken (plan in voorbereiding)."),
        ], flag.Reasons);
        Assert.Equal(546, verdict.Facts.DaysUntilFundingEnd);
    }

    [Fact]
    public void Funding_ending_eighteen_months_and_one_day_away_is_not_a_pilot_cliff()
    {
        Assert.False(Verdict(EndingOn(EighteenMonthsFromToday.AddDays(1))).Has(VerdictFlag.PilotCliff));
    }

    [Fact]
    public void The_eighteen_month_horizon_names_the_spring_memorandum_then_the_budget_then_says_it_is_too_late()
    {
        var history = EndingOn(new DateOnly(2027, 12, 31));
        string Moment(DateOnly today) => Assert.Single(Verdict(history, today: today).Flags, f => f.Flag == VerdictFlag.PilotCliff).Reasons[1].Text;

        Assert.False(Verdict(history, today: new(2026, 6, 30)).Has(VerdictFlag.PilotCliff));
        Assert.EndsWith("nog op tijd voor de voorjaarsnota 2027 (tot 1 juli 2027).", Moment(new(2026, 7, 1)));
        Assert.EndsWith("nog op tijd voor de voorjaarsnota 2027 (tot 1 juli 2027).", Moment(new(2027, 7, 1)));
        Assert.Equal("De voorjaarsnota 2027 is voorbij; nog op tijd voor de begroting 2028 (vastgesteld vóór 15 november 2027).", Moment(new(2027, 7, 2)));
        var late = Assert.Single(Verdict(history, today: new(2027, 11, 16)).Flags, f => f.Flag == VerdictFlag.PilotCliff).Reasons[1];
        Assert.Equal(new VerdictReason("budget-moment-passed", "pilot-cliff",
            "Te laat voor de gewone begrotingsronde: de begroting 2028 is op 15 november 2027 al vastgesteld. Alleen een begrotingswijziging kan nog."), late);
    }

    [Fact]
    public void An_agreed_structural_plan_prevents_the_pilot_cliff()
    {
        Assert.False(Verdict(EndingOn(Today.AddMonths(1), StructuralPlanStatus.Agreed)).Has(VerdictFlag.PilotCliff));
    }

    [Fact]
    public void A_decision_to_scale_up_prevents_the_pilot_cliff()
    {
        var verdict = Verdict(EndingOn(Today.AddMonths(3)), [Decision(DecisionKind.MarkForScaling, new(2025, 12, 1))]);

        Assert.False(verdict.Has(VerdictFlag.PilotCliff));
        Assert.True(verdict.Has(VerdictFlag.MarkedForScaling));
    }

    [Fact]
    public void A_pilot_whose_money_stopped_years_ago_is_not_stopping_soon()
    {
        // 2026-11 showed "Pilotklif: geld stopt binnenkort" at -1249 days for a pilot funded until 2023.
        var verdict = Verdict(EndingOn(new(2022, 7, 15), StructuralPlanStatus.None), today: new(2025, 12, 15));

        Assert.False(verdict.Has(VerdictFlag.PilotCliff));
        var flag = Assert.Single(verdict.Flags, f => f.Flag == VerdictFlag.FundingEndedWithoutPlan);
        Assert.Equal(
        [
            new VerdictReason("funding-ended", "funding-ended-without-plan", "Het projectgeld is op 15 juli 2022 gestopt."),
            new VerdictReason("no-agreed-structural-plan", "funding-ended-without-plan", "Er is geen afgesproken plan om het structureel te maken (geen plan)."),
        ], flag.Reasons);
        Assert.False(verdict.Has(VerdictFlag.NoExitPlan));
    }

    [Fact]
    public void A_stopped_experiment_whose_money_ended_carries_no_money_flag()
    {
        var verdict = Verdict(EndingOn(Today.AddDays(-10), StructuralPlanStatus.None), [Decision(DecisionKind.Stop, new(2025, 12, 1))]);

        Assert.Empty(verdict.Flags);
    }

    [Fact]
    public void An_experiment_without_an_exit_plan_is_flagged_from_its_first_reflection()
    {
        var verdict = Verdict([Reflection(1).FundingEnd(new(2029, 6, 30)).Plan(StructuralPlanStatus.None).Build()]);

        Assert.Equal(VerdictKind.InsufficientEvidence, verdict.Kind);
        var flag = Assert.Single(verdict.Flags);
        Assert.Equal(new VerdictReason("no-plan-for-after-the-pilot", "no-exit-plan",
            "Het geld is tijdelijk (tot 30 juni 2029) en in ronde 1 is er nog geen plan voor daarna. " +
            "Spreek vanaf de eerste ronde af wat er gebeurt als het geld stopt: structureel maken of netjes afbouwen."), Assert.Single(flag.Reasons));
    }

    [Fact]
    public void A_plan_in_preparation_is_an_exit_plan()
    {
        Assert.False(Verdict([Reflection(1).FundingEnd(new(2029, 6, 30)).Plan(StructuralPlanStatus.InPreparation).Build()]).Has(VerdictFlag.NoExitPlan));
    }

    [Fact]
    public void The_latest_reflections_funding_end_date_goes_before_the_experiments()
    {
        var verdict = Verdict(EndingOn(Today.AddMonths(3)), experiment: Experiment(fundingEnd: new(2030, 1, 1)));

        Assert.True(verdict.Has(VerdictFlag.PilotCliff));
        Assert.Equal(Today.AddMonths(3), verdict.Facts.FundingEndDate);
    }

    [Fact]
    public void Without_a_funding_end_date_in_the_reflection_the_experiments_date_counts()
    {
        var verdict = Verdict(EndingOn(null), experiment: Experiment(fundingEnd: Today.AddMonths(2)));

        Assert.True(verdict.Has(VerdictFlag.PilotCliff));
        Assert.Equal(Today.AddMonths(2), verdict.Facts.FundingEndDate);
    }

    [Fact]
    public void A_mainstreamed_experiment_has_no_pilot_cliff()
    {
        var verdict = Verdict(EndingOn(Today.AddMonths(1)), [Decision(DecisionKind.Mainstreamed, new(2025, 12, 1))]);

        Assert.Equal(VerdictKind.Mainstreamed, verdict.Kind);
        Assert.False(verdict.Has(VerdictFlag.PilotCliff));
    }

    [Fact]
    public void A_stopped_experiment_has_no_pilot_cliff()
    {
        var verdict = Verdict(EndingOn(Today.AddMonths(1)), [Decision(DecisionKind.Stop, new(2025, 12, 1))]);

        Assert.False(verdict.Has(VerdictFlag.PilotCliff));
    }

    [Fact]
    public void At_level_2_the_verdict_expires_exactly_three_years_after_the_last_reflection()
    {
        var history = History(3, b => b.Level(EvidenceLevel.TheoryOfChange), last: b => b.On(new(2025, 7, 8)));

        Assert.False(Verdict(history, today: new(2028, 7, 7)).Has(VerdictFlag.Expired));
        var flag = Assert.Single(Verdict(history, today: new(2028, 7, 8)).Flags, f => f.Flag == VerdictFlag.Expired);
        Assert.Equal(new VerdictReason("no-reflection-for-3-years", "expired",
            "De laatste reflectie is van 8 juli 2025, 3 jaar geleden; bij dit bewijsniveau is na 3 jaar een nieuwe nodig."), Assert.Single(flag.Reasons));
    }

    [Fact]
    public void At_level_3_the_verdict_expires_five_years_after_the_last_reflection()
    {
        var history = History(3, last: b => b.On(new(2025, 7, 8)));

        Assert.False(Verdict(history, today: new(2028, 7, 8)).Has(VerdictFlag.Expired));
        Assert.False(Verdict(history, today: new(2030, 7, 7)).Has(VerdictFlag.Expired));
        var flag = Assert.Single(Verdict(history, today: new(2030, 7, 8)).Flags, f => f.Flag == VerdictFlag.Expired);
        Assert.Equal("no-reflection-for-5-years", Assert.Single(flag.Reasons).Code);
    }

    [Fact]
    public void An_experiment_never_reflected_on_expires_three_years_after_its_start()
    {
        var experiment = Experiment();

        Assert.False(Verdict([], experiment: experiment, today: experiment.StartDate.AddYears(3).AddDays(-1)).Has(VerdictFlag.Expired));
        var verdict = Verdict([], experiment: experiment, today: experiment.StartDate.AddYears(3));
        Assert.Equal("Sinds de start op 1 september 2024 is er nog nooit gereflecteerd; na 3 jaar is een reflectie nodig.",
            Assert.Single(verdict.Flags, f => f.Flag == VerdictFlag.Expired).Reasons[0].Text);
    }

    [Fact]
    public void Two_contexts_a_complete_core_and_a_process_evaluation_make_it_databank_ready()
    {
        var verdict = Verdict(History(3, b => b.Contexts(("Middelburg", OutcomeDirection.Positive), ("Veere", OutcomeDirection.Neutral)),
            last: b => b.ProcessEvaluation()));

        var flag = Assert.Single(verdict.Flags);
        Assert.Equal(VerdictFlag.DatabankReady, flag.Flag);
        Assert.Equal(["two-or-more-contexts", "working-core-complete", "process-evaluation-done"], flag.Reasons.Select(r => r.Code));
        Assert.Equal("Het experiment loopt op 2 plekken: Middelburg en Veere.", flag.Reasons[0].Text);
    }

    [Theory]
    [InlineData("one-context")]
    [InlineData("incomplete-core")]
    [InlineData("no-process-evaluation")]
    public void Each_databank_condition_is_needed(string missing)
    {
        var verdict = Verdict(History(3,
            b => missing == "one-context" ? b : b.Contexts(("Middelburg", OutcomeDirection.Positive), ("Veere", OutcomeDirection.Positive)),
            last: b => missing switch
            {
                "incomplete-core" => b.IncompleteCore().ProcessEvaluation(),
                "no-process-evaluation" => b,
                _ => b.ProcessEvaluation(),
            }));

        Assert.False(verdict.Has(VerdictFlag.DatabankReady));
    }

    [Fact]
    public void Flags_are_listed_in_a_fixed_order()
    {
        var verdict = Verdict(
            History(3, b => b.Contexts(("Middelburg", OutcomeDirection.Positive), ("Veere", OutcomeDirection.Positive)),
                last: b => b.ProcessEvaluation().On(new(2025, 7, 8)).FundingEnd(new(2031, 1, 1)).Plan(StructuralPlanStatus.None)),
            [Decision(DecisionKind.DatabankRecognition, new(2025, 9, 1))],
            today: new(2030, 7, 8));

        Assert.Equal([VerdictFlag.PilotCliff, VerdictFlag.Expired, VerdictFlag.DatabankReady, VerdictFlag.NoExitPlan, VerdictFlag.DatabankRecognised],
            verdict.Flags.Select(f => f.Flag));
    }
}
