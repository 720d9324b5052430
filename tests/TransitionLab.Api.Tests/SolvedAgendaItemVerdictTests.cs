using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TransitionLab.Api.Keys;

namespace TransitionLab.Api.Tests;

/// <summary>Rule set 2027-01 through HTTP: a steward marks an agenda item solved and the verdict of the experiment it blocked counts the rule change.</summary>
public sealed class SolvedAgendaItemVerdictTests
{
    private const string AlphaVerdict = $"/api/experiments/{ApiFactory.Alpha}/verdict";
    // The sample reflection reports short-term funding open in the regime; in three cycles of one experiment it is proposed.
    private const string Item = "short-term-funding";

    /// <summary>A half-year reflection of Alpha that works: a working core with substance and goals a fifth closer to target each cycle.</summary>
    private static JsonObject Working(int cycle)
    {
        var body = VerdictsApiTests.HalfYear(cycle);
        body["workingCore"] = new JsonObject
        {
            ["fixed"] = "Voor gezinnen met jeugdhulp: een getrainde gespreksleider; het eigen netwerk aan tafel",
            ["variable"] = "Wie er aan tafel zit en waar het gesprek is",
        };
        body["goals"]![0]!["current"] = 40 - 4 * cycle;
        return body;
    }

    [Fact]
    public async Task A_steward_marking_the_belemmering_solved_turns_broaden_into_ready_to_scale_with_the_rule_change_made_on_api_and_page()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var anonymous = api.Anonymous();
        var frontrunner = api.With(KeyRole.Frontrunner, [ApiFactory.Alpha]);
        for (var cycle = 1; cycle <= 3; cycle++)
            Assert.Equal(HttpStatusCode.Created, (await frontrunner.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", Working(cycle))).StatusCode);

        var before = await (await anonymous.GetAsync(AlphaVerdict)).Json();
        Assert.Equal("broaden", before.GetProperty("verdict").GetString());
        Assert.Contains("regime-barrier-in-the-way", before.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()));

        var read = await anonymous.GetAsync($"/api/agenda/{Item}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var item = (JsonObject)JsonNode.Parse(await read.Content.ReadAsStringAsync())!;
        var solved = new JsonObject
        {
            ["title"] = item["title"]!.DeepClone(), ["level"] = "municipality", ["experiments"] = item["experiments"]!.DeepClone(),
            ["status"] = "solved", ["owner"] = "Regieteam sociaal domein", ["changes"] = "De raad maakte een vaste begrotingspost voor bewezen pilots.",
        };
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/agenda/{Item}") { Content = JsonContent.Create(solved) };
        put.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await api.With(KeyRole.Steward, municipality: "Alphen").SendAsync(put)).StatusCode);

        var after = await (await anonymous.GetAsync(AlphaVerdict)).Json();
        Assert.Equal("ready-to-scale-fit-and-conform", after.GetProperty("verdict").GetString());
        Assert.Equal("2027-01", after.GetProperty("ruleSetVersion").GetString());
        var reason = after.GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "rule-change-made");
        Assert.Equal("ready-to-scale-fit-and-conform", reason.GetProperty("rule").GetString());
        Assert.Equal("De belemmering 'Kortlopende projectfinanciering' is op 1 november 2026 opgelost op de transitieagenda (punt 'Kortlopende projectfinanciering'): " +
            "er is een regel veranderd. Daarom staat ze niet meer in de weg, ook al noemt de laatste reflectie haar nog.", reason.GetProperty("text").GetString());

        // The agenda write rebuilds the pages; the experiment page shows the new verdict's reason.
        var page = await Polling.PageContaining(anonymous, $"/experimenten/{ApiFactory.Alpha}/", "opgelost op de transitieagenda");
        Assert.Contains("met versie 2027-01 van de regels", page);
    }
}
