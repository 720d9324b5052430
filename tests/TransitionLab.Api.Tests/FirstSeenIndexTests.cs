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
}
