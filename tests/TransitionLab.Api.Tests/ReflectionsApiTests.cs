using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TransitionLab.Api.Audit;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Reflections;

namespace TransitionLab.Api.Tests;

public class ReflectionsApiTests
{
    private static Task<HttpResponseMessage> Post(HttpClient client, JsonNode body, string slug = ApiFactory.Alpha) =>
        client.PostAsJsonAsync($"/api/experiments/{slug}/reflections", body);

    [Fact]
    public async Task Filed_reflection_is_created_with_location_and_server_fields()
    {
        using var api = new ApiFactory();
        var response = await Post(api.Frontrunner(), Samples.Reflection());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Json();
        var id = created.GetProperty("id").GetGuid();
        // Posted at the unversioned alias, the new record's address is still the documented /api/v1 one.
        Assert.Equal($"/api/v1/reflections/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await api.CreateClient().GetAsync(response.Headers.Location)).StatusCode);
        Assert.Equal(1, created.GetProperty("revision").GetInt32());
        Assert.StartsWith("key_", created.GetProperty("recordedBy").GetString());
        Assert.Equal("2025-06-30", created.GetProperty("barriers")[0].GetProperty("firstSeen").GetString());
        Assert.Equal("partly-confirmed", created.GetProperty("hypothesis").GetProperty("result").GetString());

        var read = await api.CreateClient().GetAsync($"/api/reflections/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var stored = await read.Json();
        Assert.Equal(42, stored.GetProperty("peopleReached").GetInt32());
        Assert.Equal(created.GetProperty("recordedAt").GetDateTimeOffset(), stored.GetProperty("recordedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_reflections_id_carries_the_millisecond_it_was_filed_so_ids_sort_by_filing_time()
    {
        using var api = new ApiFactory();
        var created = await (await Post(api.Frontrunner(), Samples.Reflection())).Json();

        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(7, id.Version);
        // A version 7 id starts with 48 bits of Unix time in milliseconds (RFC 9562).
        long filedAt = 0;
        foreach (var b in id.ToByteArray(bigEndian: true)[..6]) filedAt = filedAt << 8 | b;
        Assert.Equal(created.GetProperty("recordedAt").GetDateTimeOffset().ToUnixTimeMilliseconds(), filedAt);
    }

    [Fact]
    public async Task Writes_without_a_key_answer_401_even_with_an_empty_body()
    {
        using var api = new ApiFactory();
        var anonymous = api.CreateClient();
        var empty = new StringContent("", Encoding.UTF8, "application/json");
        var response = await anonymous.PostAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", empty);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);

        var bad = await api.ClientWith("tl_notakey").PostAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", new StringContent("{oops", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);

        var put = await anonymous.PutAsJsonAsync($"/api/reflections/{Guid.NewGuid()}", Samples.Reflection());
        Assert.Equal(HttpStatusCode.Unauthorized, put.StatusCode);
    }

    [Fact]
    public async Task Reflection_for_another_experiment_is_forbidden()
    {
        using var api = new ApiFactory();
        var response = await Post(api.Frontrunner(ApiFactory.Beta), Samples.Reflection());
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);

        var steward = await Post(api.Steward(), Samples.Reflection());
        Assert.Equal(HttpStatusCode.Forbidden, steward.StatusCode);
        Assert.Equal(0, api.Database.ReflectionRevisions.Count());
    }

    [Fact]
    public async Task Reflection_for_unknown_experiment_is_404()
    {
        using var api = new ApiFactory();
        var response = await Post(api.Frontrunner("bestaat-niet"), Samples.Reflection(), "bestaat-niet");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.CreateClient().GetAsync($"/api/reflections/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.CreateClient().GetAsync($"/api/reflections/{Guid.NewGuid()}/revisions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.CreateClient().GetAsync("/api/experiments/bestaat-niet/reflections")).StatusCode);
    }

    [Theory]
    [InlineData("loop", "observed", "Moeder met BSN 111222333 kwam langs.", "bsn")]
    [InlineData("loop", "observed", "Mail naar j.jansen@example.nl gestuurd.", "e-mail")]
    [InlineData("lessons", "lessonsLearned", "Bel haar op 06-12345678.", "telefoonnummer")]
    [InlineData("hypothesis", "weBelieve", "Bereikbaar via +31 20 123 4567.", "telefoonnummer")]
    public async Task Reflection_with_personal_data_is_rejected_naming_the_field(string parent, string field, string text, string kind)
    {
        using var api = new ApiFactory();
        var body = Samples.Reflection();
        body[parent]![field] = text;

        var response = await Post(api.Frontrunner(), body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        var problem = JsonDocument.Parse(raw).RootElement;
        var message = problem.GetProperty("errors").GetProperty($"{parent}.{field}")[0].GetString()!;
        Assert.Contains(kind, message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(text, raw);
        Assert.Equal(0, api.Database.ReflectionRevisions.Count());
    }

    [Fact]
    public async Task Reflection_with_bsn_in_observed_is_rejected()
    {
        using var api = new ApiFactory();
        var body = Samples.Reflection();
        body["loop"]!["observed"] = "Cliënt 123.456.782 had schulden.";
        var response = await Post(api.Frontrunner(), body);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.Json()).GetProperty("errors").TryGetProperty("loop.observed", out _));
        Assert.Equal(0, api.Database.ReflectionRevisions.Count());
        Assert.Equal(0, api.Database.Audit.Count(a => a.Action == "reflection.create"));
    }

    [Fact]
    public async Task Invalid_reflection_gets_422_with_errors_by_json_path()
    {
        using var api = new ApiFactory();
        var body = Samples.Reflection();
        body["cycle"] = 0;
        body["peopleReached"] = -1;
        body["evidenceLevel"] = 7;
        body["periodStart"] = "2025-08-01";
        body["hypothesis"]!["weBelieve"] = " ";
        body["rolesPresent"] = new JsonArray();
        body["goals"]![0]!["goalId"] = "ander-doel";
        body["route"]!["route"] = "stretch-and-transform";
        body["date"] = DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd");
        body["periodEnd"] = "2025-07-01";
        body.Remove("stage");

        var response = await Post(api.Frontrunner(), body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Json()).GetProperty("errors");
        foreach (var path in new[] { "cycle", "peopleReached", "evidenceLevel", "periodEnd", "hypothesis.weBelieve", "rolesPresent",
                     "goals[0].goalId", "route.ruleChangesNeeded", "date", "stage" })
            Assert.True(errors.TryGetProperty(path, out _), $"expected an error for {path}: {errors}");
    }

    [Fact]
    public async Task Malformed_json_and_unknown_fields_are_400_naming_the_field()
    {
        using var api = new ApiFactory();
        var client = api.Frontrunner();
        var body = Samples.Reflection();
        body["mood"] = "good";
        var unknown = await Post(client, body);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("mood", await unknown.Content.ReadAsStringAsync());

        var badEnum = Samples.Reflection();
        badEnum["stage"] = "vliegen";
        var enumResponse = await Post(client, badEnum);
        Assert.Equal(HttpStatusCode.BadRequest, enumResponse.StatusCode);
        Assert.True((await enumResponse.Json()).GetProperty("errors").TryGetProperty("stage", out _));

        var broken = await client.PostAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", new StringContent("{\"cycle\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal("application/problem+json", broken.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Body_over_64_KiB_is_413()
    {
        using var api = new ApiFactory();
        var body = Samples.Reflection();
        body["loop"]!["observed"] = new string('a', 70 * 1024);
        var response = await Post(api.Frontrunner(), body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Correction_adds_a_revision_and_keeps_the_old_one()
    {
        using var api = new ApiFactory();
        var client = api.Frontrunner();
        var created = await (await Post(client, Samples.Reflection())).Json();
        var id = created.GetProperty("id").GetGuid();
        var corrected = Samples.Reflection();
        corrected["peopleReached"] = 50;

        var put = await client.PutAsJsonAsync($"/api/reflections/{id}", corrected);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(2, (await put.Json()).GetProperty("revision").GetInt32());
        var latest = await (await api.CreateClient().GetAsync($"/api/reflections/{id}")).Json();
        Assert.Equal(50, latest.GetProperty("peopleReached").GetInt32());
        var revisions = await (await api.CreateClient().GetAsync($"/api/reflections/{id}/revisions")).Json();
        Assert.Equal(2, revisions.GetArrayLength());
        Assert.Equal(42, revisions[0].GetProperty("peopleReached").GetInt32());
        Assert.Equal(50, revisions[1].GetProperty("peopleReached").GetInt32());
    }

    [Fact]
    public async Task A_key_for_several_experiments_writes_for_each_and_for_no_slug_that_only_contains_one()
    {
        using var api = new ApiFactory();
        var both = api.ClientWith(api.Key(KeyRole.Frontrunner, [ApiFactory.Beta, ApiFactory.Alpha]));
        Assert.Equal(HttpStatusCode.Created, (await Post(both, Samples.Reflection(), ApiFactory.Alpha)).StatusCode);
        var beta = Samples.Reflection();
        beta["goals"] = new JsonArray();    // the sample's goal is Alpha's
        Assert.Equal(HttpStatusCode.Created, (await Post(both, beta, ApiFactory.Beta)).StatusCode);

        // Parts and extensions of a slug the key has are other experiments.
        var near = api.ClientWith(api.Key(KeyRole.Frontrunner, ["netwerkberaden", "alpha", "netwerkberaden-alpha-2", "mentoren-beta netwerkberaden-alpha"]));
        Assert.Equal(HttpStatusCode.Forbidden, (await Post(near, Samples.Reflection(), ApiFactory.Alpha)).StatusCode);
    }

    [Fact]
    public async Task Correction_by_another_experiments_key_is_forbidden_and_unknown_is_404()
    {
        using var api = new ApiFactory();
        var id = (await (await Post(api.Frontrunner(), Samples.Reflection())).Json()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Frontrunner(ApiFactory.Beta).PutAsJsonAsync($"/api/reflections/{id}", Samples.Reflection())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Frontrunner().PutAsJsonAsync($"/api/reflections/{Guid.NewGuid()}", Samples.Reflection())).StatusCode);
        var invalid = Samples.Reflection();
        invalid["cycle"] = 0;
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await api.Frontrunner().PutAsJsonAsync($"/api/reflections/{id}", invalid)).StatusCode);
    }

    [Fact]
    public async Task FirstSeen_is_kept_across_reflections()
    {
        using var api = new ApiFactory();
        var client = api.Frontrunner();
        await Post(client, Samples.Reflection(1, "2025-06-30"));
        var second = Samples.Reflection(2, "2025-12-31");
        second["periodStart"] = "2025-07-01";
        second["periodEnd"] = "2025-12-31";
        second["barriers"]!.AsArray().Add(new JsonObject { ["kind"] = "staff-turnover", ["level"] = "organisation", ["status"] = "open", ["description"] = "Twee collega's weg." });
        second["learningQuestions"]![0]!["question"] = "wie betaalt de gespreksleiders later";

        var created = await (await Post(client, second)).Json();

        var barriers = created.GetProperty("barriers");
        Assert.Equal("2025-06-30", barriers[0].GetProperty("firstSeen").GetString());
        Assert.Equal("2025-12-31", barriers[1].GetProperty("firstSeen").GetString());
        Assert.Equal("2025-06-30", created.GetProperty("learningQuestions")[0].GetProperty("firstSeen").GetString());
    }

    [Fact]
    public async Task Client_cannot_set_firstSeen()
    {
        using var api = new ApiFactory();
        var body = Samples.Reflection();
        body["barriers"]![0]!["firstSeen"] = "2010-01-01";
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(api.Frontrunner(), body)).StatusCode);
    }

    [Fact]
    public async Task Reflections_are_listed_newest_first_with_cursor_paging()
    {
        using var api = new ApiFactory();
        var client = api.Frontrunner();
        for (var cycle = 1; cycle <= 5; cycle++) Assert.Equal(HttpStatusCode.Created, (await Post(client, Samples.Reflection(cycle))).StatusCode);

        var reader = api.CreateClient();
        var first = await (await reader.GetAsync($"/api/experiments/{ApiFactory.Alpha}/reflections?limit=2")).Json();
        Assert.Equal([5, 4], first.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("cycle").GetInt32()));
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await (await reader.GetAsync($"/api/experiments/{ApiFactory.Alpha}/reflections?limit=2&cursor={cursor}")).Json();
        Assert.Equal([3, 2], second.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("cycle").GetInt32()));
        var third = await (await reader.GetAsync($"/api/experiments/{ApiFactory.Alpha}/reflections?limit=2&cursor={second.GetProperty("nextCursor").GetString()}")).Json();
        Assert.Equal([1], third.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("cycle").GetInt32()));
        Assert.False(third.TryGetProperty("nextCursor", out _));

        var capped = await (await reader.GetAsync($"/api/experiments/{ApiFactory.Alpha}/reflections?limit=1000")).Json();
        Assert.Equal(5, capped.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync($"/api/experiments/{ApiFactory.Alpha}/reflections?cursor=!!")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync($"/api/experiments/{ApiFactory.Alpha}/reflections?limit=0")).StatusCode);
    }

    [Fact]
    public async Task Every_write_is_audited_with_the_key_id()
    {
        using var api = new ApiFactory();
        var created = await (await Post(api.Frontrunner(), Samples.Reflection())).Json();
        var entry = Assert.Single(api.Database.Audit.Find(a => a.Action == "reflection.create"));
        Assert.Equal(created.GetProperty("recordedBy").GetString(), entry.KeyId);
    }

    [Fact]
    public async Task Revoked_key_stops_at_once()
    {
        using var api = new ApiFactory();
        var secret = api.Key(KeyRole.Frontrunner, [ApiFactory.Alpha]);
        var client = api.ClientWith(secret);
        Assert.Equal(HttpStatusCode.Created, (await Post(client, Samples.Reflection())).StatusCode);
        ApiKeys.Revoke(api.Database, ApiKeys.Find(api.Database, secret)!.Id, DateTimeOffset.UtcNow);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(client, Samples.Reflection(2))).StatusCode);
    }
}
