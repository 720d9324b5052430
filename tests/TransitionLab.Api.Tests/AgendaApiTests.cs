using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TransitionLab.Api.Agenda;
using TransitionLab.Api.Audit;

namespace TransitionLab.Api.Tests;

/// <summary>The transition agenda: proposals from regime belemmeringen, handled by the stewards of their experiments.</summary>
public sealed class AgendaApiTests
{
    // The sample reflection reports short-term funding as an open regime belemmering.
    private const string Proposal = "short-term-funding";

    private static async Task ReflectOnBoth(ApiFactory api)
    {
        Assert.Equal(HttpStatusCode.Created, (await api.Frontrunner(ApiFactory.Alpha).PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", Samples.Reflection())).StatusCode);
        var beta = Samples.Reflection();
        beta["goals"] = new JsonArray();
        Assert.Equal(HttpStatusCode.Created, (await api.Frontrunner(ApiFactory.Beta).PostAsJsonAsync($"/api/experiments/{ApiFactory.Beta}/reflections", beta)).StatusCode);
    }

    private static async Task<(JsonObject Item, string ETag)> Get(ApiFactory api, string id)
    {
        var response = await api.CreateClient().GetAsync($"/api/agenda/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ((JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!, response.Headers.ETag!.ToString());
    }

    private static HttpRequestMessage Put(string id, JsonObject body, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/agenda/{id}") { Content = JsonContent.Create(body) };
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-Match", etag);
        return request;
    }

    private static JsonObject OnAgenda(JsonObject item, string owner = "Regieteam sociaal domein")
    {
        var body = new JsonObject();
        foreach (var field in new[] { "title", "level", "experiments" }) body[field] = item[field]!.DeepClone();
        body["status"] = "on-agenda";
        body["owner"] = owner;
        body["decisionMoment"] = "Voorjaarsnota 2027";
        return body;
    }

    [Fact]
    public async Task Regime_belemmering_open_in_two_experiments_is_proposed_and_a_steward_puts_it_on_the_agenda()
    {
        using var api = new ApiFactory();
        Assert.Empty((await (await api.CreateClient().GetAsync("/api/agenda")).Json()).EnumerateArray());
        await ReflectOnBoth(api);

        var proposals = await (await api.CreateClient().GetAsync("/api/agenda")).Json();
        var proposal = Assert.Single(proposals.EnumerateArray());
        Assert.Equal(Proposal, proposal.GetProperty("id").GetString());
        Assert.Equal([ApiFactory.Beta, ApiFactory.Alpha], proposal.GetProperty("experiments").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal("signalled", proposal.GetProperty("status").GetString());
        Assert.Equal("proposed", proposal.GetProperty("disposition").GetString());

        var (item, etag) = await Get(api, Proposal);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Frontrunner().SendAsync(Put(Proposal, OnAgenda(item), etag))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Steward("Zwolle").SendAsync(Put(Proposal, OnAgenda(item), etag))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.CreateClient().SendAsync(Put(Proposal, OnAgenda(item), etag))).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await api.Steward("Bedum").SendAsync(Put(Proposal, OnAgenda(item), null))).StatusCode);

        var updated = await api.Steward("Bedum").SendAsync(Put(Proposal, OnAgenda(item), etag));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var body = await updated.Json();
        Assert.Equal("on-agenda", body.GetProperty("status").GetString());
        Assert.Equal("Regieteam sociaal domein", body.GetProperty("owner").GetString());
        Assert.Equal("accepted", body.GetProperty("disposition").GetString());
        Assert.Equal(1, body.GetProperty("version").GetInt32());
        Assert.Single(api.Database.Audit.Find(a => a.Action == "agenda.update" && a.Target == $"{Proposal}/1"));

        // The old ETag no longer matches: someone else's change is never overwritten.
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await api.Steward("Bedum").SendAsync(Put(Proposal, OnAgenda(item, "Iemand anders"), etag))).StatusCode);
        Assert.Equal("Regieteam sociaal domein", (await Get(api, Proposal)).Item["owner"]!.GetValue<string>());
    }

    [Fact]
    public async Task Agenda_item_on_the_agenda_without_owner_or_with_an_email_address_is_422_and_not_stored()
    {
        using var api = new ApiFactory();
        await ReflectOnBoth(api);
        var (item, etag) = await Get(api, Proposal);

        var noOwner = OnAgenda(item);
        noOwner.Remove("owner");
        var response = await api.Steward("Alphen").SendAsync(Put(Proposal, noOwner, etag));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.Json()).GetProperty("errors").TryGetProperty("owner", out _));

        var email = OnAgenda(item, "wethouder@alphen.nl");
        response = await api.Steward("Alphen").SendAsync(Put(Proposal, email, etag));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.DoesNotContain("wethouder@alphen.nl", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, api.Database.Agenda.Count());
    }

    [Fact]
    public async Task Belemmering_in_one_experiment_for_one_cycle_is_not_proposed_but_for_two_cycles_it_is()
    {
        using var api = new ApiFactory();
        var frontrunner = api.Frontrunner();
        await frontrunner.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", Samples.Reflection());
        Assert.Empty((await (await api.CreateClient().GetAsync("/api/agenda")).Json()).EnumerateArray());

        await frontrunner.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", Samples.Reflection(cycle: 2, date: "2025-12-31"));
        var proposal = Assert.Single((await (await api.CreateClient().GetAsync("/api/agenda")).Json()).EnumerateArray());
        var block = Assert.Single(proposal.GetProperty("blocks").EnumerateArray());
        Assert.Equal(2, block.GetProperty("cycles").GetInt32());
        Assert.Equal("2025-06-30", block.GetProperty("firstSeen").GetString());
    }

    [Fact]
    public async Task Dismissed_proposal_leaves_the_agenda_and_is_not_proposed_again()
    {
        using var api = new ApiFactory();
        await ReflectOnBoth(api);
        var steward = api.Steward("Alphen");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await steward.PostAsJsonAsync($"/api/agenda/{Proposal}/dismiss", new { reason = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await steward.PostAsJsonAsync($"/api/agenda/{Proposal}/dismiss", new { reason = "Het geld is in de begroting geregeld." })).StatusCode);
        Assert.Empty((await (await api.CreateClient().GetAsync("/api/agenda")).Json()).EnumerateArray());

        await api.Frontrunner().PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", Samples.Reflection(cycle: 2, date: "2025-12-31"));
        Assert.Empty((await (await api.CreateClient().GetAsync("/api/agenda")).Json()).EnumerateArray());
        Assert.Equal("dismissed", (await Get(api, Proposal)).Item["disposition"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, (await steward.PostAsJsonAsync($"/api/agenda/{Proposal}/accept", new { })).StatusCode);
    }

    [Fact]
    public async Task Proposal_merged_into_a_steward_item_hands_over_its_experiments()
    {
        using var api = new ApiFactory();
        await ReflectOnBoth(api);
        var steward = api.Steward("Alphen");
        var created = await steward.PostAsJsonAsync("/api/agenda", new
        {
            title = "Geld voor pilots in aparte potjes", level = "municipality", status = "signalled", experiments = new[] { ApiFactory.Alpha },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Json()).GetProperty("id").GetString()!;
        Assert.Equal("geld-voor-pilots-in-aparte-potjes", id);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await steward.PostAsJsonAsync($"/api/agenda/{Proposal}/merge", new { into = "bestaat-niet" })).StatusCode);
        var merged = await steward.PostAsJsonAsync($"/api/agenda/{Proposal}/merge", new { into = id });
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        var item = await merged.Json();
        Assert.Equal(id, item.GetProperty("id").GetString());
        Assert.Equal([ApiFactory.Beta, ApiFactory.Alpha], item.GetProperty("experiments").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal([Proposal], item.GetProperty("barrierKinds").EnumerateArray().Select(e => e.GetString()));

        var list = (await (await api.CreateClient().GetAsync("/api/agenda")).Json()).EnumerateArray().ToArray();
        Assert.Equal([id], list.Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(id, (await Get(api, Proposal)).Item["mergedInto"]!.GetValue<string>());
    }

    [Fact]
    public async Task Agenda_exports_are_csv_for_dutch_excel_and_json()
    {
        using var api = new ApiFactory();
        await ReflectOnBoth(api);
        var csv = await api.CreateClient().GetByteArrayAsync("/api/export/transitieagenda.csv");
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(csv[3..]).Split("\r\n");
        Assert.StartsWith("Id;Belemmering;Voorstel;Status;", lines[0]);
        Assert.StartsWith($"{Proposal};Kortlopende projectfinanciering;ja;Gesignaleerd;signalled;", lines[1]);
        var json = await (await api.CreateClient().GetAsync("/api/export/transitieagenda.json")).Json();
        Assert.Equal(Proposal, json[0].GetProperty("id").GetString());
    }
}
