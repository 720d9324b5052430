using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Xunit.Abstractions;

namespace TransitionLab.Reliability.Tests;

/// <summary>
/// The API killed with SIGKILL in the middle of concurrent writes, again and again: every reflection it
/// acknowledged with 201 must be there after the restart, once.
/// </summary>
public sealed class KillTests(ITestOutputHelper output)
{
    private const int Kills = 4;
    private const int Clients = 16;
    private static readonly TimeSpan LoadBeforeKill = TimeSpan.FromSeconds(2.5);

    [Fact]
    public async Task Every_acknowledged_reflection_survives_repeated_SIGKILL_under_load()
    {
        var data = Directory.CreateTempSubdirectory("transitionlab-kill-").FullName;
        try
        {
            var admin = await CreateAdminKeyAsync(data);
            var api = await StartAsync(data);
            var slug = await FirstExperimentAsync(api);
            var frontrunner = await CreateFrontrunnerKeyAsync(api, admin, slug);

            var acknowledged = new ConcurrentDictionary<Guid, string>();
            var attempts = 0;
            for (var round = 0; round < Kills; round++)
            {
                using var stop = new CancellationTokenSource();
                var clients = Enumerable.Range(0, Clients).Select(c => WriteUntilStoppedAsync(api.BaseAddress, frontrunner, slug, $"r{round}c{c}", acknowledged, () => Interlocked.Increment(ref attempts), stop.Token)).ToArray();
                await Task.Delay(LoadBeforeKill);
                api.Kill();
                await stop.CancelAsync();
                await Task.WhenAll(clients);
                await api.DisposeAsync();
                output.WriteLine($"kill {round + 1}: {acknowledged.Count} acknowledged so far");
                api = await StartAsync(data);
            }

            await using (api)
            {
                using var http = Client(api.BaseAddress, frontrunner);
                var lost = 0;
                foreach (var (id, marker) in acknowledged)
                {
                    var response = await http.GetAsync($"api/reflections/{id}");
                    if (response.StatusCode != HttpStatusCode.OK) { lost++; continue; }
                    var observed = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("loop").GetProperty("observed").GetString();
                    Assert.Equal($"Meting {marker}", observed);
                }

                var stored = await AllReflectionsAsync(http, slug);
                var markers = stored.Select(r => r.Marker).ToArray();
                var duplicates = markers.GroupBy(m => m).Count(g => g.Count() > 1) + stored.GroupBy(r => r.Id).Count(g => g.Count() > 1);

                output.WriteLine($"kills survived: {Kills}; write attempts: {attempts}; acknowledged writes checked: {acknowledged.Count}; " +
                    $"stored: {stored.Count}; writes lost: {lost}; duplicated: {duplicates}");
                Assert.True(!acknowledged.IsEmpty, "no write was acknowledged, so nothing was tested");
                Assert.Equal(0, lost);
                Assert.Equal(0, duplicates);
                Assert.True(stored.Count <= attempts, "more reflections stored than were ever sent");
                Assert.DoesNotContain("rebuild", api.Output, StringComparison.OrdinalIgnoreCase);
            }
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task WriteUntilStoppedAsync(Uri api, string key, string slug, string client, ConcurrentDictionary<Guid, string> acknowledged, Action attempted, CancellationToken stop)
    {
        using var http = Client(api, key);
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var marker = $"{client}-{n}";
            attempted();
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, $"api/experiments/{slug}/reflections") { Content = JsonContent.Create(Reflection.Body(marker)) };
                request.Headers.Add("Idempotency-Key", marker);
                using var response = await http.SendAsync(request, CancellationToken.None);
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    Assert.Fail($"unexpected {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(CancellationToken.None)}");
                }
                var id = (await response.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None)).GetProperty("id").GetGuid();
                acknowledged[id] = marker;
            }
            catch (HttpRequestException)
            {
                // The process is gone: this write was never acknowledged, so it may or may not be stored.
                return;
            }
        }
    }

    private async Task<ApiProcess> StartAsync(string data)
    {
        var started = Stopwatch.StartNew();
        var api = await ApiProcess.StartAsync(data, "--Demo", "off", "--RateLimits:WritesPerMinute", "1000000");
        output.WriteLine($"started in {started.ElapsedMilliseconds} ms");
        return api;
    }

    private static async Task<string> CreateAdminKeyAsync(string data)
    {
        var (exit, text) = await ApiProcess.RunCommandAsync("keys", "create", "--role", "admin", "--data", data);
        Assert.True(exit == 0, text);
        return text.Split('\n').Select(l => l.Trim()).Last(l => l.StartsWith("tl_", StringComparison.Ordinal));
    }

    private static async Task<string> FirstExperimentAsync(ApiProcess api)
    {
        using var http = Client(api.BaseAddress, null);
        var experiments = await http.GetFromJsonAsync<JsonElement>("api/experiments");
        var list = experiments.ValueKind == JsonValueKind.Array ? experiments : experiments.GetProperty("items");
        return list[0].GetProperty("slug").GetString()!;
    }

    private static async Task<string> CreateFrontrunnerKeyAsync(ApiProcess api, string admin, string slug)
    {
        using var http = Client(api.BaseAddress, admin);
        var response = await http.PostAsJsonAsync("api/keys", new { role = "frontrunner", experiments = new[] { slug }, label = "kill test" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    }

    private static async Task<List<(Guid Id, string Marker)>> AllReflectionsAsync(HttpClient http, string slug)
    {
        var all = new List<(Guid, string)>();
        string? cursor = null;
        do
        {
            var page = await http.GetFromJsonAsync<JsonElement>($"api/experiments/{slug}/reflections?limit=100" + (cursor is null ? "" : $"&cursor={cursor}"));
            foreach (var item in page.GetProperty("items").EnumerateArray())
                all.Add((item.GetProperty("id").GetGuid(), item.GetProperty("loop").GetProperty("observed").GetString()!));
            cursor = page.TryGetProperty("nextCursor", out var next) ? next.GetString() : null;
        }
        while (cursor is not null);
        return all;
    }

    private static HttpClient Client(Uri api, string? key)
    {
        var http = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromSeconds(30) };
        if (key is not null) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return http;
    }
}
