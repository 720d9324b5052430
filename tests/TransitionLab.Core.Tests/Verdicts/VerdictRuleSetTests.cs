using System.Reflection;
using TransitionLab.Core.Language;
using TransitionLab.Core.Verdicts;

namespace TransitionLab.Core.Tests.Verdicts;

public class VerdictRuleSetTests
{
    [Fact]
    public void Every_verdict_and_flag_has_exactly_one_rule_with_its_code()
    {
        foreach (var kind in Enum.GetValues<VerdictKind>())
            Assert.Equal(kind.ToCode(), VerdictRuleSet.For(kind).Code);
        foreach (var flag in Enum.GetValues<VerdictFlag>())
            Assert.Equal(flag.ToCode(), VerdictRuleSet.For(flag).Code);
        Assert.Equal(Enum.GetValues<VerdictKind>().Length + Enum.GetValues<VerdictFlag>().Length, VerdictRuleSet.Rules.Count);
    }

    [Fact]
    public void Verdict_rules_have_precedence_one_to_eight_and_flags_none()
    {
        Assert.Equal(Enumerable.Range(1, 8), VerdictRuleSet.VerdictRules.Select(r => r.Precedence!.Value));
        Assert.All(VerdictRuleSet.FlagRules, r => Assert.Null(r.Precedence));
    }

    [Fact]
    public void The_precedence_is_mainstreamed_stop_adjust_insufficient_deepen_stretch_fit_broaden()
    {
        Assert.Equal(
        [
            VerdictKind.Mainstreamed, VerdictKind.StopAndLearn, VerdictKind.Adjust, VerdictKind.InsufficientEvidence, VerdictKind.Deepen,
            VerdictKind.ReadyToScaleStretchAndTransform, VerdictKind.ReadyToScaleFitAndConform, VerdictKind.Broaden,
        ], VerdictRuleSet.VerdictRules.Select(r => r.Verdict!.Value));
    }

    [Fact]
    public void Every_reason_code_is_published_in_some_version_and_every_published_code_exists()
    {
        var declared = typeof(ReasonCode).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).Order().ToArray();
        var published = VerdictRuleSet.History.Prepend(VerdictRuleSet.Current)
            .SelectMany(v => v.Rules).SelectMany(r => r.Conditions).Select(c => c.ReasonCode).Distinct().Order().ToArray();

        Assert.Equal(declared, published);
        Assert.All(declared, code => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", code));
    }

    [Fact]
    public void The_previous_version_stays_published_so_its_verdicts_can_be_explained()
    {
        var previous = VerdictRuleSet.Of("2026-11");

        Assert.NotNull(previous);
        Assert.Equal("2027-01", VerdictRuleSet.Of(VerdictRuleSet.Version)!.Version);
        Assert.Equal(["2026-12", "2026-11"], VerdictRuleSet.History.Select(v => v.Version));
        Assert.Null(VerdictRuleSet.Of("2020-01"));
        Assert.Equal(7, previous.VerdictRules.Count);
        Assert.Equal("Pilotklif: geld stopt binnenkort", previous.FlagRules.Single(r => r.Flag == VerdictFlag.PilotCliff).Title);
        Assert.Contains(previous.Rules.SelectMany(r => r.Conditions), c => c.ReasonCode == "refuted-twice-without-pivot");
        Assert.Contains("binnen 6 maanden", previous.FlagRules[0].Explanation);
    }

    [Fact]
    public void Every_rule_has_a_readable_dutch_title_explanation_and_conditions()
    {
        Assert.All(VerdictRuleSet.Rules, rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Title));
            Assert.True(rule.Explanation.Length > 80, rule.Code);
            Assert.EndsWith(".", rule.Explanation);
            Assert.NotEmpty(rule.Conditions);
            Assert.True((rule.Verdict is null) != (rule.Flag is null), rule.Code);
            Assert.All(rule.Conditions, c => Assert.EndsWith(".", c.Description));
        });
    }

    [Fact]
    public void Rule_set_2027_01_is_2026_12_with_a_rule_change_made_counted_by_the_three_rules_that_look_at_belemmeringen()
    {
        var previous = VerdictRuleSet.Of("2026-12")!;
        Assert.False(previous.CountsRuleChangesMade);
        Assert.True(VerdictRuleSet.Current.CountsRuleChangesMade);
        Assert.Equal(previous.Rules.Select(r => (r.Code, r.Precedence, r.Title)), VerdictRuleSet.Rules.Select(r => (r.Code, r.Precedence, r.Title)));

        var amended = VerdictRuleSet.Rules.Zip(previous.Rules).Where(p => p.First != p.Second).ToArray();
        Assert.Equal(["ready-to-scale-stretch-and-transform", "ready-to-scale-fit-and-conform", "broaden"], amended.Select(p => p.First.Code));
        Assert.All(amended, p =>
        {
            Assert.StartsWith(p.Second.Explanation, p.First.Explanation);
            Assert.Contains("transitieagenda", p.First.Explanation[p.Second.Explanation.Length..]);
            Assert.Equal([.. p.Second.Conditions.Select(c => c.ReasonCode), ReasonCode.RuleChangeMade], p.First.Conditions.Select(c => c.ReasonCode));
        });
        Assert.Contains("transitieagenda", VerdictRuleSet.Introduction);
        Assert.DoesNotContain("transitieagenda", previous.Introduction);
    }
}
