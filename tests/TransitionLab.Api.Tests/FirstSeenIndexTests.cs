using System.Net;
using System.Net.Http.Json;

namespace TransitionLab.Api.Tests;

public sealed class FirstSeenIndexTests
{
    private static async Task<string> BarrierFirstSeen(HttpResponseMessage response) =>
        (await response.Json()).GetProperty("barriers")[0].GetProperty("firstSeen").GetString()!;

    [Fact]
    public async Task A_correction_that_moves_a_barrier_later_is_seen_by_the_next_reflection()
    {
        using var api = new ApiFactory();
        var client = api.Frontrunner();
        var path = $"/api/experiments/{ApiFactory.Alpha}/reflections";
        var first = await client.PostAsJsonAsync(path, Samples.Reflection(cycle: 1, date: "2025-06-30"));
        Assert.Equal("2025-06-30", await BarrierFirstSeen(first));

        var corrected = await client.PutAsJsonAsync($"/api/reflections/{(await first.Json()).GetProperty("id").GetGuid()}", Samples.Reflection(cycle: 1, date: "2025-08-31"));
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal("2025-08-31", await BarrierFirstSeen(corrected));

        var next = await client.PostAsJsonAsync(path, Samples.Reflection(cycle: 2, date: "2025-09-30"));
        Assert.Equal("2025-08-31", await BarrierFirstSeen(next));
    }

    [Fact]
    public async Task Concurrent_reflections_all_get_the_earliest_report_as_firstSeen()
    {
        using var api = new ApiFactory();
        var client = api.Frontrunner();
        var path = $"/api/experiments/{ApiFactory.Alpha}/reflections";
        await client.PostAsJsonAsync(path, Samples.Reflection(cycle: 1, date: "2025-06-30"));

        var later = await Task.WhenAll(Enumerable.Range(2, 12).Select(c => client.PostAsJsonAsync(path, Samples.Reflection(cycle: c, date: "2025-07-31"))));

        foreach (var response in later) Assert.Equal("2025-06-30", await BarrierFirstSeen(response));
    }

    [Fact]
    public async Task A_barrier_and_question_reworded_with_their_ids_keep_their_age_and_new_ones_start_today()
    {
        using var api = new ApiFactory();
        var client = api.Frontrunner();
        var path = $"/api/experiments/{ApiFactory.Alpha}/reflections";
        var first = await (await client.PostAsJsonAsync(path, Samples.Reflection(cycle: 1, date: "2025-06-30"))).Json();
        var barrierId = first.GetProperty("barriers")[0].GetProperty("id").GetString()!;
        var questionId = first.GetProperty("learningQuestions")[0].GetProperty("id").GetString()!;
        Assert.NotEqual("", barrierId);

        var body = Samples.Reflection(cycle: 2, date: "2025-12-31");
        // Another kind and other words: only the id says it is the same barrier.
        body["barriers"] = new System.Text.Json.Nodes.JsonArray(
            OpenBarrier(barrierId, "procurement-and-market-forces", "regime", "De aanbesteding loopt vast."),
            OpenBarrier(null, "staff-turnover", "organisation", "Gespreksleiders vertrekken."));
        body["learningQuestions"] = new System.Text.Json.Nodes.JsonArray(
            new System.Text.Json.Nodes.JsonObject { ["id"] = questionId, ["question"] = "Wie financiert de gespreksleiders na 2027?", ["status"] = "open" });
        var second = await client.PostAsJsonAsync(path, body);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var json = await second.Json();

        Assert.Equal(barrierId, json.GetProperty("barriers")[0].GetProperty("id").GetString());
        Assert.Equal("2025-06-30", json.GetProperty("barriers")[0].GetProperty("firstSeen").GetString());
        Assert.NotEqual(barrierId, json.GetProperty("barriers")[1].GetProperty("id").GetString());
        Assert.Equal("2025-12-31", json.GetProperty("barriers")[1].GetProperty("firstSeen").GetString());
        Assert.Equal(questionId, json.GetProperty("learningQuestions")[0].GetProperty("id").GetString());
        Assert.Equal("2025-06-30", json.GetProperty("learningQuestions")[0].GetProperty("firstSeen").GetString());
    }

    [Fact]
    public async Task A_barrier_sent_without_an_id_is_matched_by_kind_and_level_and_keeps_its_id()
    {
        using var api = new ApiFactory();
        var client = api.Frontrunner();
        var path = $"/api/experiments/{ApiFactory.Alpha}/reflections";
        var first = await (await client.PostAsJsonAsync(path, Samples.Reflection(cycle: 1, date: "2025-06-30"))).Json();
        var second = await (await client.PostAsJsonAsync(path, Samples.Reflection(cycle: 2, date: "2025-12-31"))).Json();

        Assert.Equal(first.GetProperty("barriers")[0].GetProperty("id").GetString(), second.GetProperty("barriers")[0].GetProperty("id").GetString());
        Assert.Equal("2025-06-30", second.GetProperty("barriers")[0].GetProperty("firstSeen").GetString());
    }

    [Fact]
    public async Task A_barrier_id_with_characters_no_id_has_is_refused_next_to_the_field()
    {
        using var api = new ApiFactory();
        var body = Samples.Reflection();
        body["barriers"]![0]!["id"] = "<script>";
        var response = await api.Frontrunner().PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.Json()).GetProperty("errors").TryGetProperty("barriers[0].id", out _));
    }

    [Fact]
    public async Task An_id_the_experiment_never_gave_is_no_identity_and_the_barrier_starts_today()
    {
        using var api = new ApiFactory();
        var client = api.Frontrunner();
        var path = $"/api/experiments/{ApiFactory.Alpha}/reflections";
        var first = await (await client.PostAsJsonAsync(path, Samples.Reflection(cycle: 1, date: "2025-06-30"))).Json();
        var body = Samples.Reflection(cycle: 2, date: "2025-12-31");
        body["barriers"] = new System.Text.Json.Nodes.JsonArray(
            new System.Text.Json.Nodes.JsonObject { ["id"] = "verzonnen-id", ["kind"] = "staff-turnover", ["level"] = "organisation", ["status"] = "open", ["description"] = "Gespreksleiders vertrekken." });
        var json = await (await client.PostAsJsonAsync(path, body)).Json();

        var barrier = json.GetProperty("barriers")[0];
        Assert.NotEqual("verzonnen-id", barrier.GetProperty("id").GetString());
        Assert.NotEqual(first.GetProperty("barriers")[0].GetProperty("id").GetString(), barrier.GetProperty("id").GetString());
        Assert.Equal("2025-12-31", barrier.GetProperty("firstSeen").GetString());
    }

    [Fact]
    public async Task Two_rows_with_one_id_are_refused_next_to_the_second_row()
    {
        using var api = new ApiFactory();
        var client = api.Frontrunner();
        var path = $"/api/experiments/{ApiFactory.Alpha}/reflections";
        var first = await (await client.PostAsJsonAsync(path, Samples.Reflection(cycle: 1, date: "2025-06-30"))).Json();
        var id = first.GetProperty("barriers")[0].GetProperty("id").GetString()!;
        var body = Samples.Reflection(cycle: 2, date: "2025-12-31");
        body["barriers"] = new System.Text.Json.Nodes.JsonArray(
            OpenBarrier(id, "staff-turnover", "organisation", "Gespreksleiders vertrekken."),
            OpenBarrier(id, "staff-turnover", "organisation", "Nog een keer."));
        var response = await client.PostAsJsonAsync(path, body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Json()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("barriers[1].id", out _));
        Assert.False(errors.TryGetProperty("barriers[0].id", out _));
    }

    private static System.Text.Json.Nodes.JsonObject OpenBarrier(string? id, string kind, string level, string description)
    {
        var barrier = new System.Text.Json.Nodes.JsonObject { ["kind"] = kind, ["level"] = level, ["status"] = "open", ["description"] = description };
        if (id is not null) barrier["id"] = id;
        return barrier;
    }
}
