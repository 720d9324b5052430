using TransitionLab.Core.Content;
using TransitionLab.Core.Language;
using TransitionLab.Core.Verdicts;
using TransitionLab.Site.Course;
using TransitionLab.Site.Generation;

namespace TransitionLab.Site.Tests;

/// <summary>The course's module pages with their cases live: built from tests/fixtures/site with the snapshot's reflections.</summary>
public sealed class CourseSiteTests(FixtureSiteWithSnapshot fixture) : IClassFixture<FixtureSiteWithSnapshot>
{
    private const string ModulePath = "/cursus/transitie-basis/";
    private const string Case = "netwerkberaden-walcheren";

    [Fact]
    public void Module_page_shows_its_cases_verdict_with_flags_and_reasons()
    {
        var article = fixture.Site.Page(ModulePath).QuerySelector($"main article.case[data-experiment='{Case}']")!;

        Assert.Equal("ready-to-scale-fit-and-conform", article.GetAttribute("data-verdict"));
        Assert.Equal(DutchLabels.For(VerdictKind.ReadyToScaleFitAndConform), article.QuerySelector(".verdict-label strong")!.TextContent);
        Assert.NotNull(article.QuerySelector("li[data-flag=databank-ready]"));
        var reasons = article.QuerySelectorAll(".case-why ul.reasons > li").Select(li => li.GetAttribute("data-reason")).ToArray();
        Assert.Contains(ReasonCode.OutcomesTowardTarget, reasons);
        Assert.Contains(ReasonCode.StructuralOwnerNamed, reasons);
        Assert.NotNull(article.QuerySelector($"a[href='/experimenten/{Case}/']"));
    }

    [Fact]
    public void Module_page_shows_its_cases_reflections_as_a_timeline()
    {
        var items = fixture.Site.Page(ModulePath).QuerySelectorAll($"article.case[data-experiment='{Case}'] ol.case-timeline > li");

        Assert.Equal(["1", "2", "3"], items.Select(li => li.GetAttribute("data-cycle")));
        Assert.Equal(["2", "3", "3"], items.Select(li => li.GetAttribute("data-evidence")));
        Assert.Equal(["persevere", "broaden", "persevere"], items.Select(li => li.GetAttribute("data-decision")));
        Assert.Equal("2025-09-01", items[1].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Contains("1 september 2025", items[1].TextContent);
        Assert.Contains("verbreden", items[1].TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Module_page_without_reflections_says_so_and_judges_insufficient_evidence()
    {
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"));
        var article = site.Page(ModulePath).QuerySelector($"article.case[data-experiment='{Case}']")!;
        Assert.Equal("insufficient-evidence", article.GetAttribute("data-verdict"));
        Assert.NotNull(article.QuerySelector(".case-timeline-empty"));
    }

    [Fact]
    public void Course_reader_shows_the_same_live_case_with_ids_unique_per_module()
    {
        var page = fixture.Site.Page("/cursus/reader/");
        Assert.NotNull(page.QuerySelector($"#transitie-basis-casus-{Case}[data-verdict='ready-to-scale-fit-and-conform']"));
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Fact]
    public void Module_page_has_a_private_practice_form_posting_to_the_course_api_with_the_first_case_chosen()
    {
        var section = fixture.Site.Page(ModulePath).QuerySelector("section#oefenreflectie")!;
        var form = section.QuerySelector("form[action$='/practice-reflections/form']")!;

        Assert.Equal($"{BuiltSite.ApiBaseUrl}/api/course/modules/transitie-basis/practice-reflections/form", form.GetAttribute("action"));
        Assert.Equal(Case, form.QuerySelector("input[type=hidden][name=experimentSlug]")!.GetAttribute("value"));
        Assert.Contains("Netwerkberaden op Walcheren (Middelburg)", form.QuerySelector(".practice-case")!.TextContent);
        Assert.NotNull(form.QuerySelector("textarea[name='hypothesis.weBelieve']"));
        Assert.Contains("nooit mee voor het oordeel", section.QuerySelector(".practice-private")!.TextContent);
        Assert.NotNull(section.QuerySelector($"a[href='{BuiltSite.ApiBaseUrl}/cursus/transitie-basis/mijn-oefeningen/']"));
        Assert.NotNull(section.QuerySelector($"a[href='{BuiltSite.ApiBaseUrl}/cursus/transitie-basis/cohort/']"));
    }

    [Fact]
    public void Module_page_offers_its_own_cases_to_practise_on_and_a_search_on_the_api_for_the_rest_of_the_catalogue()
    {
        // The whole catalogue would be thousands of options on every module page at national scale.
        var choose = fixture.Site.Page(ModulePath).QuerySelector("section#oefenreflectie form.practice-choice")!;

        Assert.Equal("get", choose.GetAttribute("method"));
        Assert.Equal($"{BuiltSite.ApiBaseUrl}/cursus/transitie-basis/oefenen/#oefenreflectie", choose.GetAttribute("action"));
        var offered = choose.QuerySelectorAll("select[name=experimentSlug] optgroup")
            .Select(g => (g.GetAttribute("label"), g.QuerySelectorAll("option").Select(o => o.GetAttribute("value")).ToArray())).ToArray();
        Assert.Equal([("Casussen van deze module", new[] { Case })], offered);
        Assert.Equal(Case, choose.QuerySelector("option[selected]")!.GetAttribute("value"));
        Assert.Equal("search", choose.QuerySelector("input[name=zoek]")!.GetAttribute("type"));
    }

    [Fact]
    public void The_practice_forms_saved_message_is_where_saving_leads_and_says_where_to_find_the_reflection()
    {
        var target = new Uri(BuiltSite.BaseUrl, PracticeUrls.Saved("transitie-basis"));
        Assert.Equal(ModulePath, target.AbsolutePath);

        var note = fixture.Site.Page(ModulePath).QuerySelector($"section#oefenreflectie {target.Fragment}")!;
        Assert.Equal("status", note.GetAttribute("role"));
        Assert.Contains("saved-note", note.ClassList);
        Assert.Contains("Mijn oefenreflecties", note.TextContent);
    }

    [Fact]
    public void Personal_stand_in_pages_are_built_but_kept_out_of_search_engines()
    {
        var sitemap = fixture.Site.Text("/sitemap.xml");
        foreach (var path in new[] { "/cursus/transitie-basis/mijn-oefeningen/", "/cursus/transitie-basis/cohort/" })
        {
            Assert.Equal("noindex", fixture.Site.Page(path).QuerySelector("meta[name=robots]")?.GetAttribute("content"));
            Assert.DoesNotContain(path, sitemap);
        }
        Assert.Null(fixture.Site.Page(ModulePath).QuerySelector("meta[name=robots]"));
        Assert.Contains(ModulePath, sitemap);
    }

    [Fact]
    public void Changed_reflections_of_a_case_re_render_the_module_page_and_the_reader()
    {
        var loaded = ContentLoader.Load(Repository.Fixture("site"));
        var site = new SiteContext(new SiteInput(loaded.Catalogue, ReflectionTimelines.Empty, [], new SiteOptions { BaseUrl = BuiltSite.BaseUrl, BuildTime = BuiltSite.BuildTime }));

        var showingCase = SitePlan.PagesShowing(site, Case).Select(p => p.Path).ToArray();
        Assert.Contains(ModulePath, showingCase);
        Assert.Contains("/cursus/reader/", showingCase);

        var showingOther = SitePlan.PagesShowing(site, "basisbudget-jongeren").ToArray();
        Assert.DoesNotContain(showingOther, p => p is ModulePage or CourseReaderPage);
    }
}
