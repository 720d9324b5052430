using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;
using static TransitionLab.Core.Tests.TestData;

namespace TransitionLab.Core.Tests.Verdicts;

public class InsufficientEvidenceTests
{
    [Fact]
    public void Exactly_three_reflections_spanning_six_months_are_enough_evidence()
    {
        var verdict = Verdict(History(3));

        Assert.Equal(new DateOnly(2025, 1, 1), verdict.Facts.SpanStart);
        Assert.Equal(new DateOnly(2025, 7, 1), verdict.Facts.SpanEnd);
        Assert.Equal(VerdictKind.ReadyToScaleFitAndConform, verdict.Kind);
        Assert.DoesNotContain(verdict.Reasons, r => r.Rule == "insufficient-evidence");
    }

    [Fact]
    public void Two_reflections_are_insufficient_evidence()
    {
        var verdict = Verdict([Reflection(1).Build(), Reflection(2).Covering(new(2025, 3, 1), new(2025, 9, 1)).Build()]);

        Assert.Equal(VerdictKind.InsufficientEvidence, verdict.Kind);
        var reason = Assert.Single(verdict.Reasons);
        Assert.Equal(new VerdictReason("too-few-reflections", "insufficient-evidence", "Er zijn 2 reflecties; minstens 3 nodig."), reason);
    }

    [Fact]
    public void Span_one_day_short_of_six_months_is_insufficient_evidence()
    {
        var verdict = Verdict(History(3, last: b => b.Covering(new(2025, 5, 1), new(2025, 6, 30))));

        Assert.Equal(VerdictKind.InsufficientEvidence, verdict.Kind);
        var reason = Assert.Single(verdict.Reasons);
        Assert.Equal("span-under-six-months", reason.Code);
        Assert.Equal("De reflecties beslaan 5 maanden en 29 dagen (1 januari 2025 tot 30 juni 2025); minstens 6 maanden nodig.", reason.Text);
    }

    [Fact]
    public void Span_is_measured_over_the_periods_not_the_session_dates()
    {
        // Sessions a year apart do not make up for periods that cover only two months together.
        var reflections = Enumerable.Range(1, 3)
            .Select(c => Reflection(c).Covering(new(2025, 1, 1), new(2025, 3, 1)).On(new DateOnly(2025, 3, 1).AddYears(c - 1)).Build());

        var verdict = Verdict(reflections, today: new(2027, 6, 1));

        Assert.Contains(verdict.Reasons, r => r.Code == "span-under-six-months");
    }

    [Fact]
    public void No_resident_at_any_reflection_is_insufficient_evidence()
    {
        var verdict = Verdict(History(3, b => b.WithoutResident()));

        Assert.Equal(VerdictKind.InsufficientEvidence, verdict.Kind);
        var reason = Assert.Single(verdict.Reasons);
        Assert.Equal("no-resident-perspective", reason.Code);
        Assert.Equal("Bij geen van de 3 reflecties was een bewoner of ervaringsdeskundige; minstens 1 keer nodig.", reason.Text);
    }

    [Fact]
    public void A_resident_at_one_reflection_is_enough_perspective()
    {
        var reflections = History(3, b => b.WithoutResident());
        reflections[1] = Reflection(2).Roles(ParticipantRole.Resident).Build();

        Assert.Equal(VerdictKind.ReadyToScaleFitAndConform, Verdict(reflections).Kind);
    }

    [Fact]
    public void Every_missing_condition_is_listed_in_rule_order()
    {
        var verdict = Verdict([Reflection(1).WithoutResident().Build()]);

        Assert.Equal(["too-few-reflections", "span-under-six-months", "no-resident-perspective"], verdict.Reasons.Select(r => r.Code));
        Assert.Equal("Er is 1 reflectie; minstens 3 nodig.", verdict.Reasons[0].Text);
    }

    [Fact]
    public void An_experiment_without_reflections_has_insufficient_evidence()
    {
        var verdict = Verdict([]);

        Assert.Equal(VerdictKind.InsufficientEvidence, verdict.Kind);
        Assert.Equal(["too-few-reflections", "no-resident-perspective"], verdict.Reasons.Select(r => r.Code));
        Assert.Equal("Er zijn nog geen reflecties; minstens 3 nodig.", verdict.Reasons[0].Text);
        Assert.Equal(0, verdict.Facts.ReflectionCount);
    }

    [Fact]
    public void Only_the_latest_revision_of_a_reflection_counts()
    {
        // Two reflections, each corrected once: four records, still two reflections.
        var verdict = Verdict(
        [
            Reflection(1).Build(), Reflection(1).Revision(2).Build(),
            Reflection(2).Covering(new(2025, 3, 1), new(2025, 9, 1)).Build(), Reflection(2).Revision(2).Covering(new(2025, 3, 1), new(2025, 9, 1)).Build(),
        ]);

        Assert.Equal(2, verdict.Facts.ReflectionCount);
        Assert.Equal("Er zijn 2 reflecties; minstens 3 nodig.", Assert.Single(verdict.Reasons).Text);
    }

    [Fact]
    public void A_corrected_reflection_replaces_its_earlier_revision_whatever_the_input_order()
    {
        var history = History(3);
        var corrected = Reflection(3).Revision(2).Level(EvidenceLevel.Described).Build();

        Assert.Equal(VerdictKind.Deepen, Verdict([corrected, .. history]).Kind);
        Assert.Equal(VerdictKind.Deepen, Verdict([.. history, corrected]).Kind);
    }

    [Fact]
    public void Reflections_about_other_experiments_are_ignored()
    {
        var verdict = Verdict([.. History(2), Reflection(3).For("ander-experiment").Build()]);

        Assert.Equal(VerdictKind.InsufficientEvidence, verdict.Kind);
        Assert.Equal(2, verdict.Facts.ReflectionCount);
    }
}
