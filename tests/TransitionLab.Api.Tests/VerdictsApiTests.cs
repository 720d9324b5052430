using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TransitionLab.Api.Keys;

namespace TransitionLab.Api.Tests;

public class VerdictsApiTests
{
    /// <summary>Alpha's funding ends on 31 March 2027: 150 days from here, so inside the pilot-cliff window.</summary>
    public static readonly DateOnly Today = new(2026, 11, 1);

    private const string AlphaVerdict = $"/api/experiments/{ApiFactory.Alpha}/verdict";

    /// <summary>Alpha's sample reflection for one half year, starting January 2025; three of them span 18 months.</summary>
    public static JsonObject HalfYear(int cycle)
    {
        var start = new DateOnly(2025, 1, 1).AddMonths(6 * (cycle - 1));
        var end = start.AddMonths(6).AddDays(-1);
        var body = Samples.Reflection(cycle, end.ToString("yyyy-MM-dd"));
        body["periodStart"] = start.ToString("yyyy-MM-dd");
        body["periodEnd"] = end.ToString("yyyy-MM-dd");
        return body;
    }

    [Fact]
    public async Task Verdict_changes_the_moment_reflections_and_a_decision_are_stored()
    {
        using var api = new ApiOnDay(new ApiFactory(), Today);
        var anonymous = api.Anonymous();

        var before = await (await anonymous.GetAsync(AlphaVerdict)).Json();
        Assert.Equal("insufficient-evidence", before.GetProperty("verdict").GetString());
        Assert.Equal("Nog te weinig bewijs", before.GetProperty("verdictLabel").GetString());
        var reason = before.GetProperty("reasons")[0];
        Assert.Equal(("too-few-reflections", "insufficient-evidence"), (reason.GetProperty("code").GetString(), reason.GetProperty("rule").GetString()));
        Assert.Equal("Er zijn nog geen reflecties; minstens 3 nodig.", reason.GetProperty("text").GetString());

        var frontrunner = api.With(KeyRole.Frontrunner, [ApiFactory.Alpha]);
        for (var cycle = 1; cycle <= 3; cycle++)
            Assert.Equal(HttpStatusCode.Created, (await frontrunner.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", HalfYear(cycle))).StatusCode);

        var reflected = await (await anonymous.GetAsync(AlphaVerdict)).Json();
        // The sample's working core does not say for whom, so rule sets 2026-12 and on ask to deepen first.
        Assert.Equal("deepen", reflected.GetProperty("verdict").GetString());
        Assert.Equal("working-core-lacks-substance", reflected.GetProperty("reasons")[0].GetProperty("code").GetString());
        Assert.Equal(3, reflected.GetProperty("facts").GetProperty("reflectionCount").GetInt32());
        Assert.Equal(2, reflected.GetProperty("facts").GetProperty("evidenceLevel").GetInt32());
        var flag = reflected.GetProperty("flags")[0];
        Assert.Equal("pilot-cliff", flag.GetProperty("code").GetString());
        Assert.Equal("Pilotklif: geld stopt binnen 18 maanden", flag.GetProperty("label").GetString());
        Assert.Equal("funding-ends-within-18-months", flag.GetProperty("reasons")[0].GetProperty("code").GetString());
        Assert.Equal("budget-moment-open", flag.GetProperty("reasons")[1].GetProperty("code").GetString());
        Assert.Equal("self-reported", reflected.GetProperty("facts").GetProperty("sources")[0].GetProperty("origin").GetString());
        Assert.Equal("2026-11-01", reflected.GetProperty("computedOn").GetString());

        var steward = api.With(KeyRole.Steward, municipality: "Alphen");
        Assert.Equal(HttpStatusCode.Created, (await steward.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/decisions", Samples.Decision())).StatusCode);
        var decided = await (await anonymous.GetAsync(AlphaVerdict)).Json();
        Assert.Equal("mainstreamed", decided.GetProperty("verdict").GetString());
        Assert.Equal("mainstream-decision", decided.GetProperty("reasons")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_correction_changes_the_verdict_at_once()
    {
        using var api = new ApiOnDay(new ApiFactory(), Today);
        var frontrunner = api.With(KeyRole.Frontrunner, [ApiFactory.Alpha]);
        Guid last = default;
        for (var cycle = 1; cycle <= 3; cycle++)
            last = (await (await frontrunner.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", HalfYear(cycle))).Json()).GetProperty("id").GetGuid();
        var correction = HalfYear(3);
        correction["evidenceLevel"] = 1;
        Assert.Equal(HttpStatusCode.OK, (await frontrunner.PutAsJsonAsync($"/api/reflections/{last}", correction)).StatusCode);

        var verdict = await (await api.Anonymous().GetAsync(AlphaVerdict)).Json();
        Assert.Equal("deepen", verdict.GetProperty("verdict").GetString());
        Assert.Equal(3, verdict.GetProperty("facts").GetProperty("reflectionCount").GetInt32());
    }

    [Fact]
    public async Task Verdict_of_an_unknown_experiment_is_404()
    {
        using var api = new ApiFactory();
        var response = await api.CreateClient().GetAsync("/api/experiments/bestaat-niet/verdict");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Verdicts_filter_by_verdict_flag_theme_and_municipality()
    {
        using var api = new ApiOnDay(new ApiFactory(), Today);
        var client = api.Anonymous();
        async Task<string[]> Slugs(string query) =>
            (await (await client.GetAsync("/api/verdicts" + query)).Json()).EnumerateArray().Select(v => v.GetProperty("experimentSlug").GetString()!).ToArray();

        Assert.Equal([ApiFactory.Beta, ApiFactory.Alpha], await Slugs(""));
        Assert.Equal([ApiFactory.Alpha], await Slugs("?flag=pilot-cliff"));
        Assert.Equal([ApiFactory.Beta], await Slugs("?municipality=bedum"));
        Assert.Equal([ApiFactory.Beta, ApiFactory.Alpha], await Slugs("?theme=jeugd"));
        Assert.Empty(await Slugs("?theme=wonen"));
        Assert.Equal([ApiFactory.Alpha], await Slugs("?verdict=insufficient-evidence&municipality=Alphen"));
        Assert.Empty(await Slugs("?verdict=mainstreamed"));

        await api.With(KeyRole.Steward, municipality: "Alphen").PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/decisions", Samples.Decision());
        Assert.Equal([ApiFactory.Alpha], await Slugs("?verdict=mainstreamed"));
        Assert.Empty(await Slugs("?flag=pilot-cliff"));

        var item = (await (await client.GetAsync("/api/verdicts?municipality=Alphen")).Json())[0];
        Assert.Equal("Netwerkberaden Alpha", item.GetProperty("title").GetString());
        Assert.Equal("jeugd", item.GetProperty("themes")[0].GetString());
        Assert.Equal("Opgenomen in regulier beleid", item.GetProperty("verdictLabel").GetString());
    }

    [Theory]
    [InlineData("?verdict=klaar", "ready-to-scale-fit-and-conform")]
    [InlineData("?flag=pilotklif", "databank-ready")]
    public async Task Unknown_verdict_or_flag_code_is_400_naming_the_valid_codes(string query, string aValidCode)
    {
        using var api = new ApiFactory();
        var response = await api.CreateClient().GetAsync("/api/verdicts" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(aValidCode, (await response.Json()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Rule_set_is_published_in_precedence_order_with_flags_last()
    {
        using var api = new ApiFactory();
        var rules = await (await api.CreateClient().GetAsync("/api/rules")).Json();
        Assert.Equal(Core.Verdicts.VerdictRuleSet.Version, rules.GetProperty("version").GetString());
        var list = rules.GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(15, list.Length);
        Assert.Equal(("mainstreamed", "verdict", 1), (list[0].GetProperty("code").GetString(), list[0].GetProperty("kind").GetString(), list[0].GetProperty("precedence").GetInt32()));
        Assert.Equal(["pilot-cliff", "expired", "databank-ready", "funding-ended-without-plan", "no-exit-plan", "marked-for-scaling", "databank-recognised"],
            list[8..].Select(r => r.GetProperty("code").GetString()!).ToArray());
        Assert.All(list, r => Assert.NotEmpty(r.GetProperty("conditions").EnumerateArray()));
        Assert.Equal(["2027-01", "2026-12", "2026-11"], rules.GetProperty("versions").EnumerateArray().Select(v => v.GetString()!).ToArray());
    }

    [Fact]
    public async Task The_previous_rule_set_stays_published_so_its_verdicts_can_be_explained()
    {
        using var api = new ApiFactory();
        var client = api.CreateClient();

        var previous = await (await client.GetAsync("/api/rules/2026-11")).Json();
        Assert.Equal("2026-11", previous.GetProperty("version").GetString());
        Assert.Contains(previous.GetProperty("rules").EnumerateArray().SelectMany(r => r.GetProperty("conditions").EnumerateArray()),
            c => c.GetProperty("reasonCode").GetString() == "funding-ends-within-6-months");
        var without = await (await client.GetAsync("/api/rules/2026-12")).Json();
        Assert.DoesNotContain(without.GetProperty("rules").EnumerateArray().SelectMany(r => r.GetProperty("conditions").EnumerateArray()),
            c => c.GetProperty("reasonCode").GetString() == "rule-change-made");
        var missing = await client.GetAsync("/api/rules/1999-01");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_steward_records_an_external_evaluation_with_its_source_and_a_bad_link_is_422()
    {
        using var api = new ApiOnDay(new ApiFactory(), Today);
        var steward = api.With(KeyRole.Steward, municipality: "Alphen");
        var evaluation = Samples.Decision("external-evaluation");
        evaluation["sourceUrl"] = "niet-een-link";
        var bad = await steward.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/decisions", evaluation);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.True((await bad.Json()).GetProperty("errors").TryGetProperty("sourceUrl", out _));

        evaluation["sourceUrl"] = "https://example.org/evaluatie-alpha";
        Assert.Equal(HttpStatusCode.Created, (await steward.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/decisions", evaluation)).StatusCode);
        var sources = (await (await api.Anonymous().GetAsync(AlphaVerdict)).Json()).GetProperty("facts").GetProperty("sources");
        Assert.Contains(sources.EnumerateArray(), s => s.GetProperty("origin").GetString() == "research" && s.GetProperty("url").GetString() == "https://example.org/evaluatie-alpha");
    }

    [Fact]
    public async Task Insights_read_the_current_verdicts_and_reflections()
    {
        using var api = new ApiOnDay(new ApiFactory(), Today);
        var client = api.Anonymous();

        var cliff = await (await client.GetAsync("/api/insights/pilot-cliff")).Json();
        Assert.Equal(ApiFactory.Alpha, cliff[0].GetProperty("experimentSlug").GetString());
        Assert.Equal(150, cliff[0].GetProperty("daysLeft").GetInt32());
        Assert.Equal(1, cliff.GetArrayLength());

        var funnel = (await (await client.GetAsync("/api/insights/funnel")).Json()).EnumerateArray().ToArray();
        Assert.Equal(8, funnel.Length);
        Assert.Equal(("insufficient-evidence", 2), (funnel[0].GetProperty("verdict").GetString(), funnel[0].GetProperty("count").GetInt32()));

        Assert.Equal(0, (await (await client.GetAsync("/api/insights/barriers")).Json()).GetArrayLength());
        await api.With(KeyRole.Frontrunner, [ApiFactory.Alpha]).PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", HalfYear(1));
        var barrier = (await (await client.GetAsync("/api/insights/barriers")).Json())[0];
        Assert.Equal(("short-term-funding", 1, 1), (barrier.GetProperty("kind").GetString(), barrier.GetProperty("experimentCount").GetInt32(), barrier.GetProperty("openCount").GetInt32()));
        Assert.Equal("Alphen", barrier.GetProperty("municipalities")[0].GetString());
    }

    [Fact]
    public async Task Csv_export_is_for_dutch_excel_with_bom_semicolons_and_an_attachment()
    {
        using var api = new ApiOnDay(new ApiFactory(), Today);
        var response = await api.Anonymous().GetAsync("/api/export/experimenten.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("experimenten.csv", response.Content.Headers.ContentDisposition.FileName);

        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Slug;Titel;Gemeente;", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"{ApiFactory.Alpha};Netwerkberaden Alpha;Alphen;", lines[2]);
    }

    [Fact]
    public async Task Json_export_lists_every_experiment_with_its_verdict_code()
    {
        using var api = new ApiOnDay(new ApiFactory(), Today);
        var response = await api.Anonymous().GetAsync("/api/export/experimenten.json");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var rows = await response.Json();
        Assert.Equal(2, rows.GetArrayLength());
        Assert.Equal((ApiFactory.Beta, "insufficient-evidence"), (rows[0].GetProperty("slug").GetString(), rows[0].GetProperty("verdict").GetString()));
        Assert.Equal("pilot-cliff", rows[1].GetProperty("flags")[0].GetString());
    }

    [Theory]
    [InlineData("/experiments/{slug}/verdict", "get")]
    [InlineData("/verdicts", "get")]
    [InlineData("/rules", "get")]
    [InlineData("/insights/pilot-cliff", "get")]
    [InlineData("/insights/barriers", "get")]
    [InlineData("/insights/funnel", "get")]
    [InlineData("/export/experimenten.csv", "get")]
    [InlineData("/export/experimenten.json", "get")]
    [InlineData("/course/modules/{module}/practice-reflections", "post")]
    [InlineData("/course/modules/{module}/practice-reflections", "get")]
    [InlineData("/course/practice-reflections/mine", "get")]
    [InlineData("/course/modules/{module}/comparison", "get")]
    public async Task New_operation_is_in_the_openapi_document_with_a_summary(string path, string method)
    {
        using var api = new ApiFactory();
        var doc = await (await api.CreateClient().GetAsync("/openapi/v1.json")).Json();
        var operation = doc.GetProperty("paths").GetProperty(path).GetProperty(method);
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("description").GetString()));
        Assert.True(operation.GetProperty("responses").TryGetProperty("200", out _) || operation.GetProperty("responses").TryGetProperty("201", out _));
        if (path.StartsWith("/course", StringComparison.Ordinal))
        {
            Assert.True(operation.TryGetProperty("security", out _));
            Assert.True(operation.GetProperty("responses").TryGetProperty("403", out _));
        }
    }
}
