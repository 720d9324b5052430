using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Xunit.Abstractions;

namespace TransitionLab.Api.Tests;

/// <summary>
/// <c>/vergelijk/</c> as the API answers it, without JavaScript: two to four experiments side by side with the
/// labels of the experiment page; any other choice gets the page with a Dutch message and a 4xx, never a 500,
/// and nothing of what was sent comes back.
/// </summary>
public sealed class ComparePageTests(ITestOutputHelper output)
{
    private static readonly string[] RowLabels =
        ["Oordeel", "Bewijsniveau", "Aantal bereikte mensen", "Voortgang op de doelen", "Wat vast ligt (werkzame kern)",
         "Voorwaarden voor succes", "Open belemmeringen", "Lessen voor anderen"];

    [Fact]
    public async Task Two_experiments_stand_side_by_side_in_the_order_chosen_in_a_scrollable_named_region()
    {
        using var api = new ApiFactory();
        var response = await api.CreateClient().GetAsync($"/vergelijk/?e={ApiFactory.Beta}&e={ApiFactory.Alpha}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // A comparison is of the verdicts now: no cache may keep it.
        Assert.True(response.Headers.CacheControl is { NoCache: true } or { NoStore: true }, $"Cache-Control: {response.Headers.CacheControl}");
        var page = await Parse(response);
        Assert.Equal("Vergelijken", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Vergelijken – TransitionLab", page.Title);
        var region = page.QuerySelector("div.table-scroll[role=region][tabindex='0']")!;
        var table = region.QuerySelector("table.compare")!;
        Assert.Equal(region.GetAttribute("aria-label"), table.QuerySelector("caption")!.TextContent);
        Assert.Equal([ApiFactory.Beta, ApiFactory.Alpha], table.QuerySelectorAll("thead th[scope=col]").Select(th => th.GetAttribute("data-experiment")));
        Assert.Equal([$"/experimenten/{ApiFactory.Beta}/", $"/experimenten/{ApiFactory.Alpha}/"], table.QuerySelectorAll("thead th a").Select(a => a.GetAttribute("href")));
        Assert.Equal(RowLabels, table.QuerySelectorAll("tbody th[scope=row]").Select(th => th.TextContent));
        Assert.All(table.QuerySelectorAll("tbody tr"), row => Assert.Equal(2, row.QuerySelectorAll("td").Length));
        // Without reflections the verdict is computed and shown; the rest says it is not described yet.
        Assert.Equal("Nog te weinig bewijs", table.QuerySelector("tr[data-row=Verdict] td .verdict-label")!.TextContent);
        Assert.Equal("Nog niet beschreven.", table.QuerySelector("tr[data-row=Lessons] td")!.TextContent.Trim());
        // The API's page needs no script: the static copy's script and its data are not on it.
        Assert.Null(page.QuerySelector("[data-compare], script[src*=compare]"));
    }

    [Fact]
    public async Task Four_experiments_show_each_ones_verdict_evidence_reach_goals_and_lessons_from_its_latest_reflection()
    {
        using var api = new ApiFactory(demo: "seed", settings: new Dictionary<string, string> { ["Content"] = Repository.Content });
        var client = api.CreateClient();
        string[] slugs = ["doorbraakfunctionaris-zaanstad", "netwerkberaden-walcheren", "bouwdepot-amsterdam", "jim-mentoren-utrecht"];

        var response = await client.GetAsync("/vergelijk/?" + string.Join("&", slugs.Select(s => $"e={s}")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        output.WriteLine($"/vergelijk/ with 4 experiments: {System.Text.Encoding.UTF8.GetByteCount(html):N0} bytes");
        var table = new HtmlParser().ParseDocument(html).QuerySelector("table.compare")!;
        Assert.Equal(slugs, table.QuerySelectorAll("thead th[scope=col]").Select(th => th.GetAttribute("data-experiment")));
        for (var i = 0; i < slugs.Length; i++)
        {
            var experiment = await Parse(await client.GetAsync($"/experimenten/{slugs[i]}/"));
            string Cell(string row) => table.QuerySelectorAll($"tr[data-row={row}] td")[i].TextContent.Trim();
            Assert.Equal(experiment.QuerySelector("section.verdict .verdict-label")!.TextContent.Trim(), table.QuerySelectorAll("tr[data-row=Verdict] td .verdict-label")[i].TextContent.Trim());
            Assert.Matches(@"^[1-5] – ", Cell("Evidence"));
            Assert.Matches(@"^[0-9.]+$", Cell("Reached"));
            Assert.NotEmpty(table.QuerySelectorAll("tr[data-row=Goals] td")[i].QuerySelectorAll("ul.goal-bars li"));
            Assert.NotEqual("Nog niet beschreven.", Cell("Lessons"));
            Assert.Contains(Cell("Lessons"), experiment.QuerySelector("section.learning")!.TextContent);
        }
    }

    [Theory]
    [InlineData("e=" + ApiFactory.Alpha, HttpStatusCode.BadRequest, "Kies ten minste twee experimenten om te vergelijken.")]
    [InlineData("e=" + ApiFactory.Alpha + "&e=" + ApiFactory.Alpha, HttpStatusCode.BadRequest, "Kies ten minste twee experimenten om te vergelijken.")]
    [InlineData("e=a&e=b&e=c&e=d&e=" + ApiFactory.Alpha, HttpStatusCode.BadRequest, "U kunt hoogstens vier experimenten tegelijk vergelijken. Kies er minder.")]
    [InlineData("e=" + ApiFactory.Alpha + "&e=bestaat-niet", HttpStatusCode.NotFound, "Een van de gekozen experimenten bestaat niet (meer). Kies opnieuw uit de lijst met experimenten.")]
    [InlineData("e=bestaat-niet", HttpStatusCode.NotFound, "Een van de gekozen experimenten bestaat niet (meer). Kies opnieuw uit de lijst met experimenten.")]
    public async Task A_choice_it_cannot_show_gets_the_page_with_a_Dutch_message_and_a_4xx(string query, HttpStatusCode status, string message)
    {
        using var api = new ApiFactory();
        var response = await api.CreateClient().GetAsync("/vergelijk/?" + query);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("noindex", response.Headers.GetValues("X-Robots-Tag").Single());
        var page = await Parse(response);
        Assert.Equal("Vergelijken", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(message, page.QuerySelector("p.compare-problem[role=alert]")!.TextContent);
        Assert.Null(page.QuerySelector("table.compare"));
        Assert.Equal("/experimenten/", page.QuerySelector("main a[href='/experimenten/']")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("a%0D%0ASet-Cookie%3A%20x%3D1")]
    [InlineData("a%FFb")]
    public async Task A_hostile_value_is_an_unknown_experiment_and_never_comes_back(string value)
    {
        using var api = new ApiFactory();
        var response = await api.CreateClient().GetAsync($"/vergelijk/?e={ApiFactory.Alpha}&e={value}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("alert(1)", html);
        Assert.DoesNotContain("passwd", html);
        Assert.Contains("bestaat niet (meer)", html);
    }

    [Fact]
    public async Task Without_a_choice_the_page_explains_how_to_choose_and_may_be_indexed()
    {
        using var api = new ApiFactory();
        var response = await api.CreateClient().GetAsync("/vergelijk/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Robots-Tag"));
        var page = await Parse(response);
        Assert.Contains("twee tot vier experimenten", page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector("p.compare-problem, table.compare"));
    }

    private static async Task<IDocument> Parse(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
}
