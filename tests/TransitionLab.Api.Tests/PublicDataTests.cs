using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TransitionLab.Api.Tests;

/// <summary>
/// The served site and <c>/api/snapshot</c> read the store's public records from memory, kept up to date by the
/// write path; what they hold must be exactly what a fresh read of the store gives.
/// </summary>
public sealed class PublicDataTests
{
    [Fact]
    public async Task The_snapshot_kept_in_memory_equals_a_fresh_read_of_the_store_after_every_kind_of_write()
    {
        using var temp = new TempFolder("tl-api-tests");
        var data = temp.Path;
        string followed;
        using (var api = new ApiFactory(demo: "seed", dataFolder: data))
        {
            var frontrunner = api.Frontrunner();
            var created = await frontrunner.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", Samples.Reflection(cycle: 9, date: "2026-06-30"));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var id = (await created.Json()).GetProperty("id").GetGuid();
            var correction = Samples.Reflection(cycle: 9, date: "2026-06-30");
            correction["peopleReached"] = 77;
            Assert.Equal(HttpStatusCode.OK, (await frontrunner.PutAsJsonAsync($"/api/reflections/{id}", correction)).StatusCode);

            var steward = api.Steward();
            var decision = await steward.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/decisions", Samples.Decision());
            Assert.Equal(HttpStatusCode.Created, decision.StatusCode);
            var update = new HttpRequestMessage(HttpMethod.Put, $"/api/decisions/{(await decision.Json()).GetProperty("id").GetGuid()}")
            {
                Content = JsonContent.Create(Samples.Decision("mark-for-scaling")),
            };
            update.Headers.TryAddWithoutValidation("If-Match", decision.Headers.ETag!.ToString());
            Assert.Equal(HttpStatusCode.OK, (await steward.SendAsync(update)).StatusCode);

            followed = await Records(api);
            Assert.Contains("\"peopleReached\":77", followed);
            Assert.Contains("mark-for-scaling", followed);
        }

        using var restarted = new ApiFactory(dataFolder: data);
        Assert.Equal(await Records(restarted), followed);
    }

    // The snapshot without its timestamp, records in a fixed order, so two reads compare as text.
    private static async Task<string> Records(ApiFactory api)
    {
        var snapshot = JsonNode.Parse(await api.CreateClient().GetStringAsync("/api/snapshot"))!.AsObject();
        var reflections = snapshot["reflections"]!.AsArray().Select(r => r!.ToJsonString())
            .OrderBy(r => r, StringComparer.Ordinal);
        var decisions = snapshot["decisions"]!.AsArray().Select(d => d!.ToJsonString()).OrderBy(d => d, StringComparer.Ordinal);
        return string.Join('\n', reflections.Concat(decisions));
    }
}
