using System.Net.Http.Json;
using System.Xml.Linq;
using Microsoft.Playwright;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>
/// WCAG 2.1 SC 1.4.10 (reflow): at 320 CSS px wide no page may need horizontal scrolling. Data tables
/// may scroll, but only inside their own region, so the page itself never grows wider than the screen.
/// </summary>
[Collection(ProductCollection.Name)]
public sealed class ReflowTests(ProductFixture fixture)
{
    [Fact]
    public async Task Every_public_page_reflows_at_320_px()
    {
        var paths = await SitemapPathsAsync();
        Assert.True(paths.Count > 50, $"the sitemap lists only {paths.Count} pages");

        var overflowing = await OverflowingAsync(await fixture.NewPageAsync(Viewports.SmallPhone), paths);

        AuditRecord.Report("1.4.10", overflowing.Select(Dutch));
        Assert.True(overflowing.Count == 0, $"{overflowing.Count} of {paths.Count} pages scroll sideways at 320 px:\n{string.Join("\n", overflowing)}");
    }

    [Fact]
    public async Task Every_page_for_a_signed_in_user_reflows_at_320_px()
    {
        const string module = "/cursus/verdiepen-verbreden-opschalen/";
        var agenda = await fixture.FirstAgendaItemAsync();
        var participant = await fixture.IssueKeyAsync(new { role = "participant", cohort = "reflow" });
        var ownCase = await OwnCaseAsync(participant);
        var signedIn = new (string Key, string[] Paths)[]
        {
            ("", ["/aanmelden/", "/aanmelden/?returnUrl=/experimenten/", "/zoeken/?q=schulden"]),
            (fixture.DemoKey.Key, [$"/experimenten/{fixture.DemoKey.Slug}/", $"/experimenten/{fixture.DemoKey.Slug}/reflectie/"]),
            (participant, [module, module + "mijn-oefeningen/", $"{module}oefenen/?casus={ownCase}", module + "opdracht/", "/cursus/casussen/", $"/cursus/casussen/{ownCase}/", "/cursus/voortgang/"]),
            (await fixture.IssueKeyAsync(new { role = "teacher", cohort = "reflow" }), [module + "cohort/", "/cursus/voortgang/"]),
            (await fixture.IssueKeyAsync(new { role = "steward", municipality = agenda.Municipality }), [$"/transitieagenda/{agenda.Id}/wijzigen/", "/redactie/"]),
            (await fixture.InviteAsync(agenda.Municipality), ["/experimenten/aanmelden/"]),
        };

        var overflowing = new List<string>();
        foreach (var (key, paths) in signedIn)
        {
            var page = await fixture.NewPageAsync(Viewports.SmallPhone);
            if (key.Length > 0) await fixture.SignInAsync(page, key);
            overflowing.AddRange(await OverflowingAsync(page, paths));
        }

        AuditRecord.Report("1.4.10", overflowing.Select(Dutch));
        Assert.True(overflowing.Count == 0, $"pages that scroll sideways at 320 px:\n{string.Join("\n", overflowing)}");
    }

    private async Task<string> OwnCaseAsync(string participantKey)
    {
        using var http = new HttpClient { BaseAddress = fixture.Product.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", participantKey);
        using var created = await http.PostAsJsonAsync("/api/course/cases", new
        {
            title = "Buurtbudget als oefencasus", municipality = "Voorbeeldstad",
            summary = "Een voorbeeld: bewoners beslissen samen over een klein budget voor hun buurt.",
        });
        var body = await created.Content.ReadAsStringAsync();
        Assert.True(created.IsSuccessStatusCode, $"POST /api/course/cases answered {(int)created.StatusCode}: {body}");
        return System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    private static string Dutch(string overflow) => $"{overflow[..overflow.IndexOf(": ", StringComparison.Ordinal)]} schuift zijwaarts op 320 pixels breed.";

    private async Task<List<string>> SitemapPathsAsync()
    {
        using var http = new HttpClient { BaseAddress = fixture.Product.BaseAddress };
        var sitemap = XDocument.Parse(await http.GetStringAsync("/sitemap.xml"));
        return sitemap.Descendants().Where(e => e.Name.LocalName == "loc")
            .Select(e => new Uri(e.Value).PathAndQuery).Distinct().ToList();
    }

    private static async Task<List<string>> OverflowingAsync(IPage page, IEnumerable<string> paths)
    {
        var overflowing = new List<string>();
        foreach (var path in paths)
        {
            var response = await page.GotoAsync(path);
            Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
            var width = await Layout.PageWidthAsync(page);
            if (width > Viewports.SmallPhone.Width) overflowing.Add($"{path}: {width} px ({await Layout.WidestElementAsync(page)})");
        }
        return overflowing;
    }
}
