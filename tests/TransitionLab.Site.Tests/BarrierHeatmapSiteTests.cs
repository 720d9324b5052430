using AngleSharp.Dom;
using TransitionLab.Core.Catalogue;

namespace TransitionLab.Site.Tests;

/// <summary>The heatmap of belemmeringen against themes on the agenda and the belemmeringen page, read back from the fixture site.</summary>
public sealed class BarrierHeatmapSiteTests(FixtureSiteWithSnapshot fixture) : IClassFixture<FixtureSiteWithSnapshot>
{
    private BuiltSite Site => fixture.Site;

    [Theory]
    [InlineData("/transitieagenda/", "agenda-thema")]
    [InlineData("/belemmeringen/", "belemmeringen-thema")]
    public void Table_counts_the_experiments_per_kind_and_theme_and_links_each_of_them(string path, string prefix)
    {
        var table = Site.Page(path).QuerySelector($"table#{prefix}-tabel")!;

        Assert.Equal(["Belemmering", "Jeugd", "Wonen"], table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        var rows = table.QuerySelectorAll("tbody tr").ToDictionary(r => r.GetAttribute("data-barrier")!);
        Assert.Equal(["short-term-funding", "silos", "lack-of-capacity"], rows.Keys);
        Assert.Equal(["1", "2"], Counts(rows["short-term-funding"]));
        Assert.Equal(["1", "0"], Counts(rows["lack-of-capacity"]));
        Assert.Equal(["0", "1"], Counts(rows["silos"]));
        var wonen = rows["short-term-funding"].QuerySelector("td[data-column=wonen]")!;
        Assert.Equal(["/experimenten/basisbudget-jongeren/", "/experimenten/jouw-ingebrachte-mentor/"],
            wonen.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal($"{prefix}-short-term-funding-wonen", wonen.Id);
    }

    [Theory]
    [InlineData("/transitieagenda/", "agenda-thema")]
    [InlineData("/belemmeringen/", "belemmeringen-thema")]
    public void Drawing_is_hidden_from_screen_readers_and_each_filled_cell_links_to_its_table_cell_with_the_same_count(string path, string prefix)
    {
        var page = Site.Page(path);
        var svg = page.QuerySelector($"svg#{prefix}")!;

        Assert.Equal("true", svg.GetAttribute("aria-hidden"));
        var links = svg.QuerySelectorAll("a");
        Assert.Equal(4, links.Length);
        foreach (var link in links)
        {
            Assert.Equal("-1", link.GetAttribute("tabindex"));
            var cell = page.GetElementById(link.GetAttribute("href")!.TrimStart('#'))!;
            Assert.Equal(cell.GetAttribute("data-count"), link.TextContent);
        }
    }

    [Fact]
    public void Without_areas_in_the_content_no_area_heatmap_is_drawn()
    {
        var page = Site.Page(SiteUrls.Agenda);
        Assert.Null(page.QuerySelector("table#agenda-gebied-tabel"));
        Assert.NotNull(page.QuerySelector("section.barrier-patterns h2"));
    }

    private static string[] Counts(IElement row) => row.QuerySelectorAll("td").Select(td => td.GetAttribute("data-count")!).ToArray();
}
