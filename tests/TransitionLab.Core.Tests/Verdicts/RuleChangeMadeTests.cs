using TransitionLab.Core.Agenda;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;
using static TransitionLab.Core.Tests.TestData;

namespace TransitionLab.Core.Tests.Verdicts;

/// <summary>
/// Rule set 2027-01: a regime belemmering solved on the transition agenda no longer stands in the way (a rule change made
/// counts); rule set 2026-12 still gives the verdicts it published.
/// </summary>
public class RuleChangeMadeTests
{
    // The latest reflection of History(3) is held on 8 July 2025.
    private static readonly DateOnly SolvedOn = new(2025, 9, 1);

    private static AgendaItem SolvedItem(BarrierKind kind, DateOnly? solvedOn = null, string slug = Slug, AgendaDisposition disposition = AgendaDisposition.Accepted) => new()
    {
        Id = "landelijke-regels", Title = "Landelijke regels laten geen maatwerk toe", Kinds = [kind],
        Blocks = [new Blockage(slug, Start, 3)], Level = ChangeLevel.National, Owner = "Ministerie van SZW", Status = AgendaStatus.Solved,
        Changes = "De Participatiewet kreeg een maatwerkbepaling.", Disposition = disposition, Version = 3, ClosedOn = solvedOn ?? SolvedOn,
    };

    private static ScalingVerdict Judge(List<Reflection> reflections, AgendaItem? item = null, VerdictRuleSetVersion? ruleSet = null) =>
        VerdictEngine.Compute(Experiment(), reflections, [], Today, item is null ? [] : TransitionAgenda.Solutions([item]), ruleSet);

    private static VerdictRuleSetVersion RuleSet202612 => VerdictRuleSet.Of("2026-12")!;

    [Fact]
    public void An_open_regime_belemmering_blocks_fit_and_conform_until_the_agenda_solves_it()
    {
        var reflections = History(3, last: b => b.Barrier(BarrierKind.NationalRulesBeatLocalTailoring));

        var before = Judge(reflections);
        Assert.Equal(VerdictKind.Broaden, before.Kind);
        Assert.Equal(["regime-barrier-in-the-way", "route-disagrees-with-facts", "rule-change-not-named"], before.Reasons.Select(r => r.Code));

        var after = Judge(reflections, SolvedItem(BarrierKind.NationalRulesBeatLocalTailoring));
        Assert.Equal(VerdictKind.ReadyToScaleFitAndConform, after.Kind);
        Assert.Equal("2027-01", after.RuleSetVersion);
        Assert.Equal(["outcomes-toward-target", "data-reliable-enough", "structural-owner-named", "declared-fit-and-conform", "rule-change-made", "no-regime-rule-in-the-way"],
            after.Reasons.Select(r => r.Code));
        var reason = after.Reasons.Single(r => r.Code == ReasonCode.RuleChangeMade);
        Assert.Equal("ready-to-scale-fit-and-conform", reason.Rule);
        Assert.Equal("De belemmering 'Landelijke regels gaan voor maatwerk' is op 1 september 2025 opgelost op de transitieagenda " +
            "(punt 'Landelijke regels laten geen maatwerk toe'): er is een regel veranderd. Daarom staat ze niet meer in de weg, ook al noemt de laatste reflectie haar nog.",
            reason.Text);
    }

    [Fact]
    public void Rule_set_2026_12_gives_the_verdict_it_published_whatever_the_agenda_says()
    {
        var reflections = History(3, last: b => b.Barrier(BarrierKind.NationalRulesBeatLocalTailoring));

        var published = Judge(reflections, SolvedItem(BarrierKind.NationalRulesBeatLocalTailoring), RuleSet202612);

        Assert.Equal("2026-12", published.RuleSetVersion);
        Assert.Equal(VerdictKind.Broaden, published.Kind);
        Assert.Equal(Judge(reflections).Reasons, published.Reasons);
        Assert.DoesNotContain(published.Reasons, r => r.Code == ReasonCode.RuleChangeMade);
    }

    [Fact]
    public void A_temporary_exemption_ends_being_one_when_the_rule_itself_changed()
    {
        var reflections = History(3, last: b => b.Barrier(BarrierKind.NationalRulesBeatLocalTailoring, status: BarrierStatus.WorkedAround)
            .Route(ScalingRoute.FitAndConform, "Experimenteerbepaling Participatiewet omzetten in een vaste regel"));
        Assert.Equal(VerdictKind.ReadyToScaleStretchAndTransform, Judge(reflections).Kind);

        var after = Judge(reflections, SolvedItem(BarrierKind.NationalRulesBeatLocalTailoring));

        Assert.Equal(VerdictKind.ReadyToScaleFitAndConform, after.Kind);
        Assert.DoesNotContain(after.Reasons, r => r.Code == ReasonCode.TemporaryExemption);
        Assert.Contains(after.Reasons, r => r.Code == ReasonCode.RuleChangeMade);
    }

    [Fact]
    public void Frontrunners_who_chose_rules_must_change_keep_their_route_and_the_solved_belemmering_is_named_instead_of_in_the_way()
    {
        var reflections = History(3, last: b => b.Barrier(BarrierKind.ProcurementAndMarketForces)
            .RuleChanges("Inkoop per product vervangen door een taakgerichte opdracht"));

        var after = Judge(reflections, SolvedItem(BarrierKind.ProcurementAndMarketForces));

        Assert.Equal(VerdictKind.ReadyToScaleStretchAndTransform, after.Kind);
        Assert.Equal(["outcomes-toward-target", "data-reliable-enough", "structural-owner-named", "declared-stretch-and-transform", "rule-change-made", "rule-changes-named"],
            after.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Without_an_owner_the_verdict_stays_broaden_but_names_the_rule_change_made_and_no_longer_asks_for_one()
    {
        var reflections = History(3, b => b.Barrier(BarrierKind.Silos).Owner(null));

        var after = Judge(reflections, SolvedItem(BarrierKind.Silos));

        Assert.Equal(VerdictKind.Broaden, after.Kind);
        Assert.Equal(["no-structural-owner", "rule-change-made"], after.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void A_reflection_held_after_the_solution_that_still_reports_the_belemmering_open_counts_again()
    {
        var reflections = History(3, last: b => b.Barrier(BarrierKind.NationalRulesBeatLocalTailoring));

        var solvedBeforeTheLatestReflection = Judge(reflections, SolvedItem(BarrierKind.NationalRulesBeatLocalTailoring, solvedOn: new(2025, 7, 7)));
        var solvedOnItsDay = Judge(reflections, SolvedItem(BarrierKind.NationalRulesBeatLocalTailoring, solvedOn: new(2025, 7, 8)));

        Assert.Equal(Judge(reflections).Reasons, solvedBeforeTheLatestReflection.Reasons);
        Assert.Equal(VerdictKind.ReadyToScaleFitAndConform, solvedOnItsDay.Kind);
    }

    [Fact]
    public void A_solution_of_another_kind_another_experiment_or_a_dismissed_item_changes_nothing()
    {
        var reflections = History(3, last: b => b.Barrier(BarrierKind.NationalRulesBeatLocalTailoring));
        var unchanged = Judge(reflections).Reasons;

        Assert.Equal(unchanged, Judge(reflections, SolvedItem(BarrierKind.Silos)).Reasons);
        Assert.Equal(unchanged, Judge(reflections, SolvedItem(BarrierKind.NationalRulesBeatLocalTailoring, slug: "ander-experiment")).Reasons);
        Assert.Equal(unchanged, Judge(reflections, SolvedItem(BarrierKind.NationalRulesBeatLocalTailoring, disposition: AgendaDisposition.Dismissed)).Reasons);
        Assert.Equal(unchanged, Judge(reflections, SolvedItem(BarrierKind.NationalRulesBeatLocalTailoring) with { Status = AgendaStatus.Changing }).Reasons);
    }

    [Fact]
    public void Rule_set_2026_11_is_published_to_explain_its_verdicts_but_computes_nothing()
    {
        var error = Assert.Throws<ArgumentException>(() => Judge(History(3), ruleSet: VerdictRuleSet.Of("2026-11")));
        Assert.Contains("2026-11", error.Message);
    }

    [Fact]
    public void The_feed_sees_the_verdict_change_on_the_day_the_belemmering_was_solved()
    {
        var reflections = History(3, last: b => b.Barrier(BarrierKind.NationalRulesBeatLocalTailoring));

        var changes = VerdictHistory.Changes(Experiment(), reflections, [], TransitionAgenda.Solutions([SolvedItem(BarrierKind.NationalRulesBeatLocalTailoring)]));

        Assert.Contains(new VerdictChange(SolvedOn, VerdictKind.Broaden, VerdictKind.ReadyToScaleFitAndConform), changes);
    }
}
