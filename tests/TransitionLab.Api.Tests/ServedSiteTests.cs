using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TransitionLab.Api.Site;
using TransitionLab.Tests.Shared;

namespace TransitionLab.Api.Tests;

/// <summary>The site served by the API follows what the API stores.</summary>
public sealed class ServedSiteTests
{
    [Fact]
    public async Task Site_is_served_at_the_root_with_clean_urls_and_its_own_404_page()
    {
        using var api = new ApiFactory();
        var client = api.CreateClient(new() { AllowAutoRedirect = false });

        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("<html lang=\"nl\"", await home.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/experimenten/{ApiFactory.Alpha}/")).StatusCode);

        var withoutSlash = await client.GetAsync($"/experimenten/{ApiFactory.Alpha}");
        Assert.Equal(HttpStatusCode.MovedPermanently, withoutSlash.StatusCode);
        Assert.Equal($"/experimenten/{ApiFactory.Alpha}/", withoutSlash.Headers.Location?.ToString());

        var missing = await client.GetAsync("/bestaat-niet/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("text/html", missing.Content.Headers.ContentType?.ToString());
        var missingApi = await client.GetAsync("/api/bestaat-niet");
        Assert.Equal(HttpStatusCode.NotFound, missingApi.StatusCode);
        Assert.Equal("application/problem+json", missingApi.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Pages_link_the_stylesheet_and_script_under_names_that_change_with_their_content_and_may_be_cached_for_good()
    {
        using var api = new ApiFactory();
        var client = api.CreateClient();
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync($"/experimenten/{ApiFactory.Alpha}/"));
        var stylesheet = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var script = page.QuerySelector("script[src]")!.GetAttribute("src")!;
        Assert.Matches(@"^/style\.[0-9a-f]{10}\.css$", stylesheet);
        Assert.Matches(@"^/site\.[0-9a-f]{10}\.js$", script);

        foreach (var (hashed, plain) in new[] { (stylesheet, "/style.css"), (script, "/site.js") })
        {
            var cached = await client.GetAsync(hashed);
            Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
            Assert.Equal("public, max-age=31536000, immutable", cached.Headers.CacheControl?.ToString());
            // The plain name still answers with the same file, for links from outside, but may change under it: no year-long cache.
            var old = await client.GetAsync(plain);
            Assert.Equal(await cached.Content.ReadAsStringAsync(), await old.Content.ReadAsStringAsync());
            Assert.Null(old.Headers.CacheControl?.MaxAge);
        }
    }

    [Fact]
    public async Task A_restart_serves_the_site_the_last_run_built_until_its_own_build_replaces_it()
    {
        using var temp = new TempFolder("tl-api-tests");
        var folder = temp.Path;
        using (var first = new ApiFactory(dataFolder: folder))
            Assert.Equal(HttpStatusCode.OK, (await first.CreateClient().GetAsync("/")).StatusCode);
        // Marks the last run's home page, so the test can tell it from the restart's own build.
        File.WriteAllText(Path.Combine(folder, "site", "index.html"), "<!DOCTYPE html><html lang=\"nl\"><title>Vorige bouw</title></html>");

        using var second = new ApiFactory(dataFolder: folder);
        var client = second.CreateClient();
        var home = "";
        await Polling.Until(async () => !(home = await client.GetStringAsync("/")).Contains("Vorige bouw"), TimeSpan.FromSeconds(60));

        Assert.DoesNotContain("Vorige bouw", home);
        Assert.Contains("<nav aria-label=\"Hoofdmenu\">", home);
    }

    [Fact]
    public async Task A_restart_serves_the_last_runs_site_while_it_reads_the_catalogue_and_answers_the_api_once_it_is_read()
    {
        using var temp = new TempFolder("tl-api-tests");
        var content = ApiFactory.CopyOfFixtureContent();
        try
        {
            var settings = new Dictionary<string, string> { ["Content"] = content };
            using (var first = new ApiFactory(dataFolder: temp.Path, settings: settings))
                Assert.Equal(HttpStatusCode.OK, (await first.CreateClient().GetAsync("/")).StatusCode);
            // A named pipe holds the import where it reads this file, until the test writes it: a slow disk, on demand.
            var held = Path.Combine(content, "experiments", "wachtend-gamma.md");
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", held)) await mkfifo.WaitForExitAsync();

            using var second = new ApiFactory(dataFolder: temp.Path, settings: settings, awaitCatalogue: false);
            var client = second.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/experimenten/{ApiFactory.Alpha}/")).StatusCode);
            var health = client.GetAsync("/healthz");
            var experiment = client.GetAsync("/api/experiments/wachtend-gamma");
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            Assert.False(health.IsCompleted);
            Assert.False(experiment.IsCompleted);

            var alpha = await File.ReadAllTextAsync(Path.Combine(content, "experiments", $"{ApiFactory.Alpha}.md"));
            await File.WriteAllTextAsync(held, alpha.Replace($"slug: {ApiFactory.Alpha}", "slug: wachtend-gamma"));

            Assert.Equal(HttpStatusCode.OK, (await health).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await experiment).StatusCode);
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }

    [Fact]
    public async Task Signing_in_from_an_experiment_page_leads_back_to_it_and_never_off_site()
    {
        using var api = new ApiFactory();
        var client = api.CreateClient();
        var experiment = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync($"/experimenten/{ApiFactory.Alpha}/"));
        // The experiment page links to its reflection page, which asks a signed-out visitor to sign in and come back there.
        var link = experiment.QuerySelector("section.add-reflection a")!.GetAttribute("href")!;

        var signIn = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        Assert.Equal($"/experimenten/{ApiFactory.Alpha}/reflectie/", ReturnUrl(await signIn.Content.ReadAsStringAsync()));
        Assert.Equal($"/experimenten/{ApiFactory.Alpha}/", ReturnUrl(await client.GetStringAsync($"/aanmelden/?returnUrl=%2Fexperimenten%2F{ApiFactory.Alpha}%2F")));
        Assert.Equal("/", ReturnUrl(await client.GetStringAsync("/aanmelden/?returnUrl=https%3A%2F%2Fvoorbeeld.example%2F")));
        Assert.Equal("/", ReturnUrl(await client.GetStringAsync("/aanmelden/")));

        static string? ReturnUrl(string html) =>
            new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("input[name=returnUrl]")?.GetAttribute("value");
    }

    [Fact]
    public async Task Reflection_stored_through_the_json_api_reaches_the_served_experiment_page()
    {
        using var api = new ApiFactory();
        var rebuilds = api.Services.GetRequiredService<SiteRebuilds>();
        var before = rebuilds.Completed;

        var created = await api.Frontrunner().PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", Samples.Reflection(cycle: 7));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var page = await Polling.PageContaining(api.CreateClient(), $"/experimenten/{ApiFactory.Alpha}/", "data-cycle=\"7\"");
        // The page is replaced before the rebuild counts itself done, so wait for both.
        await Polling.Until(() => rebuilds.Completed > before);
        Assert.Contains("data-cycle=\"7\"", page);
        Assert.True(rebuilds.Completed > before);
        Assert.Contains(ApiFactory.Alpha, await api.CreateClient().GetStringAsync("/export/experimenten.csv"));
    }
}
