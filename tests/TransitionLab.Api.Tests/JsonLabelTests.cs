using System.Net.Http.Json;
using System.Text.Json;
using TransitionLab.Core.Language;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;

namespace TransitionLab.Api.Tests;

/// <summary>The API's Dutch labels are the label table's: a code reads the same in JSON as on the pages and in the CSV.</summary>
public sealed class JsonLabelTests
{
    [Fact]
    public async Task Every_rule_verdict_flag_and_barrier_label_in_json_is_the_label_table_entry()
    {
        using var api = new ApiFactory();
        Assert.Equal(System.Net.HttpStatusCode.Created,
            (await api.Frontrunner().PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", Samples.Reflection())).StatusCode);
        var client = api.CreateClient();

        var rules = (await (await client.GetAsync("/api/rules")).Json()).GetProperty("rules").EnumerateArray().ToArray();
        foreach (var rule in rules)
        {
            var code = rule.GetProperty("code").GetString();
            var expected = rule.GetProperty("kind").GetString() == "verdict"
                ? EnumCode.TryParse<VerdictKind>(code, out var kind) ? DutchLabels.For(kind) : null
                : EnumCode.TryParse<VerdictFlag>(code, out var flag) ? DutchLabels.For(flag) : null;
            Assert.Equal(expected, rule.GetProperty("title").GetString());
        }
        Assert.Equal(Enum.GetValues<VerdictKind>().Length + Enum.GetValues<VerdictFlag>().Length, rules.Length);

        var verdicts = (await (await client.GetAsync("/api/verdicts")).Json()).EnumerateArray().ToArray();
        Assert.NotEmpty(verdicts);
        foreach (var verdict in verdicts)
        {
            Assert.True(EnumCode.TryParse<VerdictKind>(verdict.GetProperty("verdict").GetString(), out var kind));
            Assert.Equal(DutchLabels.For(kind), verdict.GetProperty("verdictLabel").GetString());
            foreach (var flag in verdict.GetProperty("flags").EnumerateArray())
                Assert.Equal(Label<VerdictFlag>(flag.GetProperty("code")), flag.GetProperty("label").GetString());
        }

        var barriers = (await (await client.GetAsync("/api/insights/barriers")).Json()).EnumerateArray().ToArray();
        Assert.NotEmpty(barriers);
        foreach (var barrier in barriers) Assert.Equal(Label<BarrierKind>(barrier.GetProperty("kind")), barrier.GetProperty("label").GetString());
    }

    private static string Label<T>(JsonElement code) where T : struct, Enum
    {
        Assert.True(EnumCode.TryParse<T>(code.GetString(), out var value));
        return (string)typeof(DutchLabels).GetMethod(nameof(DutchLabels.For), [typeof(T)])!.Invoke(null, [value])!;
    }
}
