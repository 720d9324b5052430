extern alias site;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using TransitionLab.Api.Intake;
using TransitionLab.Core.Content;
using site::TransitionLab.Site.Generation;

namespace TransitionLab.Api.Tests.Intake;

/// <summary>`content export` writes published registrations as content files that build the same page as the store.</summary>
public sealed class ContentExportTests
{
    private const string Slug = "buurtbudget-alphen";

    [Fact]
    public async Task Exported_registration_loads_without_problems_and_builds_the_same_page_as_the_store()
    {
        using var temp = new TempFolder("tl-export-tests");
        var data = temp.Path;
        var exported = Path.Combine(data, "export");
        string served;
        using (var api = new ApiFactory(dataFolder: data))
        {
            var steward = api.Steward("Alphen");
            var invitation = await steward.PostAsJsonAsync("/api/invitations", new { municipality = "Alphen" });
            var invitee = api.ClientWith((await invitation.Json()).GetProperty("code").GetString());
            var draft = (JsonObject)JsonNode.Parse("""
                {
                  "title": "Buurtbudget: samen beslissen", "slug": "buurtbudget-alphen", "summary": "Bewoners beslissen samen over een budget van \"hun\" buurt, #samen.",
                  "municipality": "Alphen", "region": "Zuid-Holland", "themes": ["jeugd"], "concepts": ["regime"], "status": "running", "startDate": "2025-03-01",
                  "funding": { "source": "Projectsubsidie gemeente", "endDate": "2026-12-31" }, "frontrunners": ["Wijkteam Alphen", "Buurthuis 't Anker"],
                  "partners": ["Woningcorporatie: Noord"], "xCurve": "take-off", "stage": "pilot",
                  "goals": [ { "id": "meer-meedoen", "description": "Meer bewoners doen mee", "targetGroup": "Bewoners", "unit": "%", "baseline": 12.5, "target": 40 } ],
                  "links": [ { "title": "Gemeente Alphen", "url": "https://www.alphen.example/buurtbudget?x=1&y=2" } ],
                  "body": "## Wat is het\n\nBewoners beslissen **samen**.\n\n## Wat we nog niet weten\n\n- Of het blijft werken.\n"
                }
                """)!;
            Assert.Equal(HttpStatusCode.Created, (await invitee.PostAsJsonAsync("/api/experiments", draft)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await invitee.PostAsync($"/api/experiments/{Slug}/submit", null)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await steward.PostAsJsonAsync($"/api/experiments/{Slug}/review", new { action = "approve" })).StatusCode);
            served = await Polling.PageContaining(api.CreateClient(), $"/experimenten/{Slug}/", "Buurtbudget: samen beslissen");
        }

        var output = new StringWriter();
        Assert.Equal(0, ContentCommand.Run(["content", "export", "--out", exported, "--data", data], output, new StringWriter()));
        Assert.Contains("1 published experiment", output.ToString());

        // The exported file next to the catalogue it refers to, as a team taking it over into git would have it.
        var content = Path.Combine(data, "content");
        FolderTree.Copy(ApiFactory.ContentFolder, content, "*.md");
        File.Copy(Path.Combine(exported, "experiments", $"{Slug}.md"), Path.Combine(content, "experiments", $"{Slug}.md"));
        var loaded = ContentLoader.Load(content);
        Assert.Empty(loaded.Problems);

        var site = Path.Combine(data, "site-from-export");
        await SiteGenerator.BuildAsync(SiteInput.FromCatalogue(loaded.Catalogue, new SiteOptions { BaseUrl = new Uri("http://localhost:5000/"), ApiBaseUrl = "", BuildTime = DateTimeOffset.UtcNow }), site);
        var built = await File.ReadAllTextAsync(Path.Combine(site, "experimenten", Slug, "index.html"));
        Assert.Equal(Article(served), Article(built));
        Assert.Contains("aangemeld door koplopers op", Article(built));
        try { Directory.Delete(data, recursive: true); } catch (IOException) { }
    }

    private static string Article(string html) => new HtmlParser().ParseDocument(html).QuerySelector("article.experiment")?.OuterHtml ?? "(no article)";
}
