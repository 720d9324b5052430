using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using TransitionLab.Core.Catalogue;

namespace TransitionLab.Site.Tests;

/// <summary>Builds tests/fixtures/site once and checks the structure of what it wrote.</summary>
public sealed class GoldenSiteTests(FixtureSite fixture) : IClassFixture<FixtureSite>
{
    private static readonly string[] ExperimentSlugs = ["basisbudget-jongeren", "jouw-ingebrachte-mentor", "netwerkberaden-walcheren"];
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void Every_experiment_has_its_own_page_with_its_title_as_h1()
    {
        foreach (var slug in ExperimentSlugs)
        {
            var page = Site.Page(SiteUrls.Experiment(slug));
            Assert.Single(page.QuerySelectorAll("h1"));
        }
        Assert.Equal("Jouw Ingebrachte Mentor", Site.Page("/experimenten/jouw-ingebrachte-mentor/").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Experiment_page_shows_every_front_matter_field_in_Dutch_format()
    {
        var page = Site.Page("/experimenten/netwerkberaden-walcheren/");
        var facts = Facts(page);
        Assert.Equal("Middelburg", facts["Gemeente"]);
        Assert.Equal("Zeeland", facts["Regio"]);
        Assert.Equal("Jeugd", facts["Thema's"]);
        Assert.Equal("Loopt", facts["Status"]);
        Assert.Equal("1 september 2019", facts["Gestart op"]);
        Assert.Equal("Projectsubsidie van de gemeenten op Walcheren", facts["Financiering"]);
        Assert.Equal("31 maart 2027", facts["Geld stopt op"]);
        Assert.Equal("Wijkteam Middelburg", facts["Koplopers"]);
        Assert.Equal("Gemeente Vlissingen, Gemeente Veere", facts["Partners"]);
        Assert.Equal("Start", facts["Plek op de X-curve"]);
        Assert.Equal("Pilot", facts["Fase"]);
        Assert.Equal("Regime", facts["Begrippen"]);
        Assert.Equal("de redactie van TransitionLab (catalogus)", facts["Bron van deze gegevens"]);
        Assert.Contains("Getrainde gespreksleiders", page.QuerySelector(".lead")!.TextContent);
        Assert.Contains("Een netwerkberaad is een bijeenkomst", page.QuerySelector(".body")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='https://www.middelburg.nl/']"));

        var goalRows = page.QuerySelectorAll("table.goals tbody tr");
        Assert.Equal(2, goalRows.Length);
        Assert.Equal(["Gezinnen met een eigen plan", "Gezinnen met jeugdhulp", "%", "12,5", "60"], Cells(goalRows[1]));
    }

    [Fact]
    public void Experiment_without_funding_end_date_says_funding_is_structural()
    {
        var facts = Facts(Site.Page("/experimenten/jouw-ingebrachte-mentor/"));
        Assert.Equal("Structureel (geen einddatum)", facts["Geld stopt op"]);
        Assert.False(facts.ContainsKey("Partners"));
    }

    [Fact]
    public void Experiment_page_has_no_reflection_form_and_links_to_the_apis_reflection_page()
    {
        var page = Site.Page("/experimenten/basisbudget-jongeren/");
        Assert.Null(page.QuerySelector("form[method=post]"));
        Assert.Empty(page.QuerySelectorAll("[name^='loop.'], [name^='hypothesis.'], [name^='lessons.']"));
        var section = page.QuerySelectorAll("section").Single(s => s.QuerySelector("h2")?.TextContent == "Reflectie toevoegen");
        Assert.Equal($"{BuiltSite.ApiBaseUrl}/experimenten/basisbudget-jongeren/reflectie/", section.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Experiment_without_reflections_has_no_reflections_section()
    {
        var page = Site.Page("/experimenten/netwerkberaden-walcheren/");
        Assert.DoesNotContain(page.QuerySelectorAll("h2"), h => h.TextContent == "Reflecties");
    }

    [Theory]
    [InlineData("/experimenten/thema/jeugd/", new[] { "jouw-ingebrachte-mentor", "netwerkberaden-walcheren" })]
    [InlineData("/experimenten/thema/wonen/", new[] { "basisbudget-jongeren", "jouw-ingebrachte-mentor" })]
    [InlineData("/experimenten/gemeente/sudwest-fryslan/", new[] { "basisbudget-jongeren" })]
    [InlineData("/experimenten/status/running/", new[] { "basisbudget-jongeren", "netwerkberaden-walcheren" })]
    [InlineData("/experimenten/status/completed/", new[] { "jouw-ingebrachte-mentor" })]
    [InlineData("/experimenten/x-curve/acceleration/", new[] { "jouw-ingebrachte-mentor" })]
    [InlineData("/experimenten/x-curve/stabilisation/", new string[0])]
    [InlineData("/experimenten/", new[] { "basisbudget-jongeren", "jouw-ingebrachte-mentor", "netwerkberaden-walcheren" })]
    public void Facet_page_lists_exactly_the_experiments_with_that_value(string path, string[] slugs)
    {
        var listed = Site.Page(path).QuerySelectorAll("main .card h3 a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Equal(slugs.Select(SiteUrls.Experiment), listed);
    }

    [Fact]
    public void Experiment_index_links_every_facet_value_to_its_own_page()
    {
        var hrefs = Site.Page("/experimenten/").QuerySelectorAll(".facet a").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.Contains("/experimenten/thema/jeugd/", hrefs);
        Assert.Contains("/experimenten/gemeente/middelburg/", hrefs);
        Assert.Contains("/experimenten/status/mainstreamed/", hrefs);
        Assert.Contains("/experimenten/x-curve/pre-development/", hrefs);
        Assert.All(hrefs, href => Assert.True(Site.Exists(href), href));
    }

    [Fact]
    public void Every_page_is_Dutch_with_one_h1_canonical_link_and_open_graph_tags()
    {
        foreach (var path in Site.HtmlPaths())
        {
            var page = Site.Page(path);
            Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
            Assert.Single(page.QuerySelectorAll("h1"));
            Assert.NotNull(page.QuerySelector("main#inhoud"));
            Assert.NotNull(page.QuerySelector("a.skip-link[href='#inhoud']"));
            var canonical = new Uri(BuiltSite.BaseUrl, path).ToString();
            Assert.Equal(canonical, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            Assert.Equal(canonical, Meta(page, "og:url"));
            Assert.Equal("nl_NL", Meta(page, "og:locale"));
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:title")), path);
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:description")), path);
            Assert.False(string.IsNullOrWhiteSpace(Meta(page, "og:type")), path);
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")), path);
            Assert.Single(page.QuerySelectorAll("link[rel=stylesheet]"));
        }
    }

    [Fact]
    public void Navigation_names_the_seven_sections()
    {
        var labels = Site.Page("/").QuerySelectorAll("header nav a").Select(a => a.TextContent).ToArray();
        Assert.Equal(["Experimenten", "Thema's", "Gemeenten", "Begrippen", "Cursus", "Wat werkt", "Zoeken"], labels);
    }

    [Fact]
    public void Footer_links_only_the_content_pages_that_exist()
    {
        var hrefs = Site.Page("/").QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.Equal(["/toegankelijkheid/"], hrefs);
    }

    [Fact]
    public void Pages_have_no_inline_script_or_event_handler_attributes()
    {
        foreach (var path in Site.HtmlPaths())
        {
            var page = Site.Page(path);
            Assert.All(page.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src"), path));
            Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_internal_href_and_src_resolves_to_a_written_file() => Assert.Empty(Site.BrokenInternalLinks());

    [Fact]
    public void Every_fixed_page_and_generated_file_exists()
    {
        Assert.All(SiteUrls.FixedPages, path => Assert.True(Site.Exists(path), path));
        Assert.All(["/404.html", "/feed.xml", "/sitemap.xml", "/robots.txt", "/style.css", "/site.js", "/zoekindex.json"], path => Assert.True(Site.Exists(path), path));
        Assert.All(["/themas/jeugd/", "/gemeenten/sudwest-fryslan/", "/begrippen/niche/", "/cursus/transitie-basis/", "/toegankelijkheid/"], path => Assert.True(Site.Exists(path), path));
    }

    [Theory]
    [InlineData("/wat-werkt/", "Wat werkt")]
    [InlineData("/pilots-in-gevaar/", "Pilots in gevaar")]
    [InlineData("/belemmeringen/", "Belemmeringen")]
    [InlineData("/hoe-wij-beoordelen/", "Hoe wij beoordelen")]
    [InlineData("/x-curve/", "De X-curve")]
    [InlineData("/zoeken/", "Zoeken")]
    [InlineData("/404.html", "Pagina niet gevonden")]
    public void Fixed_page_has_its_heading(string path, string h1) => Assert.Equal(h1, Site.Page(path).QuerySelector("h1")!.TextContent);

    [Fact]
    public void Pilots_at_risk_lists_experiments_whose_funding_ends_within_eighteen_months_of_the_build_without_a_plan()
    {
        // Built on 1 September 2026: basisbudget's money ends 31 December 2026, Walcheren's 31 March 2027.
        var hrefs = Site.Page("/pilots-in-gevaar/").QuerySelectorAll("table.pilot-cliff tbody th a").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.Equal(["/experimenten/basisbudget-jongeren/", "/experimenten/netwerkberaden-walcheren/"], hrefs);
    }

    [Fact]
    public void X_curve_page_places_each_experiment_in_its_phase_in_a_table()
    {
        var rows = Site.Page("/x-curve/").QuerySelectorAll("table.x-curve-table tbody tr");
        Assert.Equal(4, rows.Length);
        Assert.Equal("Voorontwikkeling", rows[0].QuerySelector("th")!.TextContent);
        Assert.Equal("Basisbudget voor dakloze jongeren", rows[0].QuerySelector("td a")!.TextContent);
        Assert.Equal(3, Site.Page("/x-curve/").QuerySelectorAll("svg circle").Length);
    }

    [Fact]
    public void Concept_page_shows_related_concepts_experiments_and_modules()
    {
        var page = Site.Page("/begrippen/niche/");
        var hrefs = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Contains("/begrippen/regime/", hrefs);
        Assert.Contains("/experimenten/jouw-ingebrachte-mentor/", hrefs);
        Assert.DoesNotContain("/experimenten/netwerkberaden-walcheren/", hrefs);
        Assert.Contains("/cursus/transitie-basis/", hrefs);
    }

    [Fact]
    public void Module_page_shows_learning_goals_concepts_cases_and_exercise()
    {
        var page = Site.Page("/cursus/transitie-basis/");
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("U kunt regime en niche uitleggen.", text);
        Assert.Contains("Beschrijf het regime rond een pilot", text);
        Assert.NotNull(page.QuerySelector("main a[href='/experimenten/netwerkberaden-walcheren/']"));
        Assert.NotNull(page.QuerySelector("main a[href='/begrippen/niche/']"));
    }

    [Fact]
    public void Course_reader_holds_every_module_in_order()
    {
        var modules = Site.Page("/cursus/reader/").QuerySelectorAll("article.reader-module");
        Assert.Equal(["transitie-basis"], modules.Select(m => m.Id));
    }

    [Fact]
    public void Feed_is_well_formed_atom_with_experiments_newest_first_and_absolute_links()
    {
        var feed = XDocument.Parse(Site.Text("/feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var links = feed.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "link")!.Attribute("href")!.Value).ToArray();
        Assert.Equal(
            ["https://transitionlab.example/experimenten/netwerkberaden-walcheren/",
             "https://transitionlab.example/experimenten/jouw-ingebrachte-mentor/",
             "https://transitionlab.example/experimenten/basisbudget-jongeren/"], links);
        Assert.Equal("2026-10-01T00:00:00Z", feed.Root.Element(atom + "updated")!.Value);
    }

    [Fact]
    public void Sitemap_is_well_formed_and_lists_every_page_but_the_404_and_the_noindex_ones()
    {
        var sitemap = XDocument.Parse(Site.Text("/sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToHashSet();
        var expected = Site.HtmlPaths()
            .Where(p => p != "/404.html" && Site.Page(p).QuerySelector("meta[name=robots][content=noindex]") is null)
            .Select(p => new Uri(BuiltSite.BaseUrl, p).ToString()).ToHashSet();
        Assert.Equal(expected, locations);
        Assert.Contains("Sitemap: https://transitionlab.example/sitemap.xml", Site.Text("/robots.txt"));
    }

    [Fact]
    public void Search_index_holds_each_experiment_with_its_municipality_and_themes()
    {
        using var index = JsonDocument.Parse(Site.Text("/zoekindex.json"));
        var basisbudget = index.RootElement.EnumerateArray().Single(e => e.GetProperty("slug").GetString() == "basisbudget-jongeren");
        Assert.Equal("Súdwest-Fryslân", basisbudget.GetProperty("municipality").GetString());
        Assert.Equal(["Wonen"], basisbudget.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("/experimenten/basisbudget-jongeren/", basisbudget.GetProperty("url").GetString());
    }

    [Fact]
    public void Search_page_form_works_without_script_by_submitting_a_get_request()
    {
        var form = Site.Page("/zoeken/").QuerySelector("main form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/zoeken/", form.GetAttribute("action"));
        Assert.NotNull(form.QuerySelector("label[for=q]"));
    }

    private static Dictionary<string, string> Facts(IDocument page)
    {
        var list = page.QuerySelector("dl.facts")!;
        return list.QuerySelectorAll("dt").ToDictionary(dt => dt.TextContent.Trim(), dt => dt.NextElementSibling!.TextContent.Trim());
    }

    private static string[] Cells(IElement row) => row.Children.Select(c => c.TextContent.Trim()).ToArray();

    private static string? Meta(IDocument page, string property) => page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");
}
