using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using TransitionLab.Tests.Shared;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>
/// Everything a frontrunner types ends up on public pages. Script in it must stay text: no alert, no
/// injected element, and the pages forbid inline script through their Content-Security-Policy anyway.
/// </summary>
[Collection(ProductCollection.Name)]
public sealed class CrossSiteScriptingTests(ProductFixture fixture)
{
    private static readonly string[] Payloads =
    [
        "<script>window.__xss = 1; alert(1)</script>",
        "<img src=x onerror=\"window.__xss = 2; alert(2)\">",
        "\"><svg onload=\"window.__xss = 3\"></svg>",
        "<a href=\"javascript:window.__xss = 4\">klik</a>",
        "'; window.__xss = 5; //",
        "<iframe srcdoc=\"<script>parent.__xss = 6</script>\"></iframe>",
    ];

    [Fact]
    public async Task Script_in_reflection_text_is_shown_as_text_and_never_runs()
    {
        var (slug, key) = fixture.DemoKey;
        // Above the cycles other browser tests file (they pick at random up to 1500): the open belemmeringen shown
        // come from the latest cycle, so this reflection must be the latest whatever order the tests run in.
        const int cycle = 9977;
        var body = JsonNode.Parse(File.ReadAllText(Path.Combine(Repository.Root, "bench", "wrk", "reflection.json")))!.AsObject();
        body["cycle"] = cycle;
        body["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd");
        body["workingCore"]!["fixed"] = "Vaste kern met tekst die script lijkt: " + Payloads[0];
        body["lessons"]!["conditionsForSuccess"] = Payloads[1];
        body["barriers"] = new JsonArray(Payloads.Select(p => (JsonNode)new JsonObject
        {
            ["kind"] = "silos", ["level"] = "regime", ["status"] = "open", ["description"] = p,
        }).ToArray());
        body["learningQuestions"] = new JsonArray(new JsonObject { ["question"] = Payloads[2], ["status"] = "open" });

        using var http = new HttpClient { BaseAddress = fixture.Product.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var created = await http.PostAsync($"api/experiments/{slug}/reflections", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);

        var page = await fixture.NewPageAsync();
        var dialogs = 0;
        page.Dialog += async (_, dialog) => { dialogs++; await dialog.DismissAsync(); };
        IResponse? response = null;
        await Polling.Until(async () =>
        {
            response = await page.GotoAsync($"/experimenten/{slug}/");
            return await page.Locator($"[data-cycle='{cycle}']").CountAsync() > 0;
        });
        Assert.Equal(1, await page.Locator($"[data-cycle='{cycle}']").CountAsync());

        // The payloads are on the page as text ...
        Assert.Contains("onerror=", await page.Locator("main").InnerTextAsync());
        // ... and nothing they describe exists or ran.
        Assert.Equal(0, await page.Locator("main img[src='x'], main svg[onload], main iframe, main a[href^='javascript:']").CountAsync());
        Assert.Equal(0, await page.Locator("script:not([src])").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__xss === 'undefined'"));
        Assert.Equal(0, dialogs);

        var csp = response!.Headers.TryGetValue("content-security-policy", out var value) ? value : "";
        Assert.Contains("script-src", csp);
        Assert.DoesNotContain("unsafe-inline", csp.Split(';').FirstOrDefault(d => d.Trim().StartsWith("script-src")) ?? "");
        Assert.Equal("nosniff", response.Headers.GetValueOrDefault("x-content-type-options"));
    }
}
