using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Language;
using TransitionLab.Core.Snapshots;
using TransitionLab.Core.Verdicts;

namespace TransitionLab.Site.Tests;

/// <summary>Builds tests/fixtures/site with the snapshot fixture's reflections and checks what the verdicts show.</summary>
public sealed class VerdictSiteTests(FixtureSiteWithSnapshot fixture) : IClassFixture<FixtureSiteWithSnapshot>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(BuiltSite.BuildTime.UtcDateTime);
    private BuiltSite Site => fixture.Site;

    [Fact]
    public void Experiment_page_shows_its_verdict_with_flags_reasons_and_a_link_to_the_rule_set()
    {
        var verdict = Site.Page("/experimenten/netwerkberaden-walcheren/").QuerySelector("section.verdict")!;

        Assert.Equal("ready-to-scale-fit-and-conform", verdict.GetAttribute("data-verdict"));
        Assert.Equal(DutchLabels.For(VerdictKind.ReadyToScaleFitAndConform), verdict.QuerySelector(".verdict-label")!.TextContent);
        var reasons = verdict.QuerySelectorAll("ul.reasons > li").Select(li => li.GetAttribute("data-reason")).ToArray();
        Assert.Contains(ReasonCode.OutcomesTowardTarget, reasons);
        Assert.Contains(ReasonCode.StructuralOwnerNamed, reasons);
        Assert.Contains(ReasonCode.NoRegimeRuleInTheWay, reasons);
        Assert.Equal("self-reported", verdict.QuerySelector("ul.sources li")!.GetAttribute("data-origin"));
        Assert.Contains("Zelf gerapporteerd", verdict.QuerySelector("ul.sources")!.TextContent);
        Assert.Contains("Sociaal Domein Walcheren", verdict.TextContent);
        Assert.NotNull(verdict.QuerySelector("li[data-flag=databank-ready]"));
        Assert.NotNull(verdict.QuerySelector($"a[href='{SiteUrls.HowWeJudge}']"));
    }

    [Fact]
    public async Task Experiment_without_reflections_is_judged_insufficient_evidence_and_says_why()
    {
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"));
        var verdict = site.Page("/experimenten/netwerkberaden-walcheren/").QuerySelector("section.verdict")!;
        Assert.Equal("insufficient-evidence", verdict.GetAttribute("data-verdict"));
        Assert.Contains("Er zijn nog geen reflecties; minstens 3 nodig.", verdict.TextContent);
    }

    [Fact]
    public void Experiment_page_shows_the_reflection_timeline_in_cycle_order_with_each_cycles_goal_progress_in_the_progress_table()
    {
        var page = Site.Page("/experimenten/netwerkberaden-walcheren/");
        var items = page.QuerySelectorAll("section.reflections li.reflection");
        Assert.Equal(["Ronde 1, 1 maart 2025", "Ronde 2, 1 september 2025", "Ronde 3, 1 maart 2026"], items.Select(i => i.QuerySelector("summary .cycle")!.TextContent));
        var last = Facts(items[2]);
        Assert.Equal("1 september 2025 tot en met 28 februari 2026", last["Periode"]);
        Assert.Equal("Koploper, Bewoner of ervaringsdeskundige en Beleidsmedewerker gemeente", last["Aanwezig"]);
        // The row, always in view, gives evidence level, result and decision; the record does not repeat them.
        var row = items[2].QuerySelector("summary .row-facts")!.TextContent;
        Assert.StartsWith("Bewijsniveau 3 –", row);
        Assert.EndsWith("· hypothese: bevestigd · besluit: doorgaan", row);
        Assert.False(last.ContainsKey("Besluit"));
        var cycle3 = page.QuerySelector("table.goal-progress-table")!.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Ronde 3");
        Assert.Equal(["28", "60%"], cycle3.QuerySelectorAll("td").Skip(1).Select(td => td.TextContent));
    }

    [Fact]
    public void Experiment_page_lists_open_barriers_and_learning_questions_with_their_age()
    {
        var page = Site.Page("/experimenten/basisbudget-jongeren/");
        var barriers = page.QuerySelectorAll("ul.open-barriers li");
        Assert.Equal(["short-term-funding", "silos"], barriers.Select(b => b.GetAttribute("data-barrier")));
        Assert.Equal("sinds 14 maart 2024, 2 jaar en 5 maanden open", barriers[0].QuerySelector(".age")!.TextContent);
        Assert.Equal("sinds 1 november 2025, 10 maanden open", barriers[1].QuerySelector(".age")!.TextContent);
        Assert.Equal("sinds 1 juni 2025, 1 jaar en 3 maanden open", page.QuerySelector("ul.open-questions .age")!.TextContent);
        // Worked-around barriers are not open.
        Assert.Empty(Site.Page("/experimenten/netwerkberaden-walcheren/").QuerySelectorAll("ul.open-barriers li"));
    }

    [Fact]
    public async Task A_barrier_or_question_without_a_recorded_first_date_counts_from_the_reflection_that_reports_it()
    {
        PlatformSnapshot snapshot;
        await using (var stream = File.OpenRead(FixtureSiteWithSnapshot.SnapshotFile)) snapshot = PlatformSnapshot.Read(stream);
        // The API records the date with every write; a snapshot made elsewhere may leave it out.
        var undated = snapshot.Reflections.Select(r => r.ExperimentSlug != "basisbudget-jongeren" ? r : r with
        {
            Barriers = r.Barriers.Select(b => b with { FirstSeen = default }).ToArray(),
            LearningQuestions = r.LearningQuestions.Select(q => q with { FirstSeen = default }).ToArray(),
        }).ToList();

        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"), undated, snapshot.Decisions);

        var page = site.Page("/experimenten/basisbudget-jongeren/");
        var latest = undated.Where(r => r.ExperimentSlug == "basisbudget-jongeren").Max(r => r.Date);
        var ages = page.QuerySelectorAll(".open-items .age");
        Assert.Equal(3, ages.Length);
        Assert.All(ages, age => Assert.StartsWith($"sinds {DutchLabels.Date(latest)},", age.TextContent));
        Assert.DoesNotContain("0001", page.Body!.TextContent);
    }

    [Fact]
    public void What_works_lists_a_ready_to_scale_experiment_under_its_theme_with_what_adoption_needs()
    {
        var page = Site.Page(SiteUrls.WhatWorks);
        Assert.Equal("Wat werkt", page.QuerySelector("h1")!.TextContent);
        var theme = page.QuerySelectorAll("section.what-works").Single();
        Assert.Equal("Jeugd", theme.QuerySelector("h2")!.TextContent);
        var item = theme.QuerySelector("article.adoptable")!;
        Assert.Equal("/experimenten/netwerkberaden-walcheren/", item.QuerySelector("h3 a")!.GetAttribute("href"));
        var facts = Facts(item);
        Assert.StartsWith("Voor gezinnen met jeugdhulp: een getrainde, onafhankelijke gespreksleider", facts["Vaste werkzame kern"]);
        Assert.StartsWith("Een vaste pool van getrainde gespreksleiders", facts["Voorwaarden voor succes"]);
        Assert.Equal("Geen: het past binnen de huidige regels.", facts["Regels die moeten veranderen"]);
        Assert.Equal("Sociaal Domein Walcheren", facts["Structurele eigenaar"]);
        Assert.Equal("Train eerst de gespreksleiders.", facts["Wat een andere plek nodig heeft om dit over te nemen"]);
        Assert.Equal("Uit de reflectie van ronde 3, 1 maart 2026.", item.QuerySelector(".source")!.TextContent);
    }

    [Fact]
    public async Task What_works_shows_the_most_recently_reflected_experiments_of_a_theme_and_leads_to_search_for_the_rest()
    {
        const int copies = TransitionLab.Site.Verdicts.WhatWorksPage.Shown + 2;
        using var site = await WalcherenCopies.BuildAsync(copies);

        var theme = site.Page(SiteUrls.WhatWorks).QuerySelector("section.what-works")!;
        var shown = theme.QuerySelectorAll("article.adoptable h3").Select(h => h.TextContent).ToArray();
        Assert.Equal(Enumerable.Range(3, TransitionLab.Site.Verdicts.WhatWorksPage.Shown).Reverse().Select(i => $"Kopie {i:00}"), shown);
        Assert.Contains($"Hier staan de {TransitionLab.Site.Verdicts.WhatWorksPage.Shown} experimenten met de nieuwste reflectie. In dit thema zijn er {copies + 1} die werken.",
            theme.QuerySelector("p.more")!.TextContent);
        var more = Assert.Single(theme.QuerySelectorAll("ul.more-links a"));
        Assert.Equal("/zoeken/?soort=experiment&thema=jeugd&oordeel=ready-to-scale-fit-and-conform", more.GetAttribute("href"));
        Assert.Contains($"({copies + 1})", more.ParentElement!.TextContent);
    }

    [Fact]
    public void Pilots_in_danger_lists_the_watchlist_soonest_funding_end_first_with_days_left_and_plan()
    {
        var rows = Site.Page(SiteUrls.PilotsAtRisk).QuerySelectorAll("table.pilot-cliff tbody tr");
        Assert.Equal(["/experimenten/jouw-ingebrachte-mentor/", "/experimenten/basisbudget-jongeren/"],
            rows.Select(r => r.QuerySelector("th a")!.GetAttribute("href")));
        Assert.Equal(new DateOnly(2026, 10, 15).DayNumber - Today.DayNumber, int.Parse(rows[0].GetAttribute("data-days-left")!));
        Assert.Equal(["Rotterdam", "15 oktober 2026", "nog 44 dagen", "Plan in voorbereiding"], rows[0].QuerySelectorAll("td").Select(c => c.TextContent.Trim()));
        Assert.Equal("Geen plan", rows[1].QuerySelectorAll("td")[^1].TextContent);
    }

    [Fact]
    public void Barriers_page_counts_experiments_levels_and_open_barriers_and_marks_regime_barriers()
    {
        var page = Site.Page(SiteUrls.Barriers);
        var rows = page.QuerySelectorAll("table.barriers tbody tr").ToDictionary(r => r.GetAttribute("data-barrier")!);
        Assert.Equal(["short-term-funding", "silos", "lack-of-capacity"], rows.Keys);
        var funding = rows["short-term-funding"].QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray();
        Assert.Equal(["2", "Systeem (regime) (2)", "Rotterdam en Súdwest-Fryslân", "2"], funding[..4]);
        Assert.Contains("regime", rows["short-term-funding"].ClassList);
        Assert.DoesNotContain("regime", rows["silos"].ClassList);
        Assert.Equal("0", rows["lack-of-capacity"].QuerySelectorAll("td")[3].TextContent);
        Assert.Equal(3, page.QuerySelectorAll("svg.chart rect.bar").Length);
    }

    [Fact]
    public void How_we_judge_prints_every_rule_and_reason_code_of_the_rule_set_in_precedence_order()
    {
        var page = Site.Page(SiteUrls.HowWeJudge);
        Assert.Equal("Hoe wij beoordelen", page.QuerySelector("h1")!.TextContent);
        Assert.Contains(VerdictRuleSet.Introduction, page.QuerySelector("main")!.TextContent);
        Assert.Contains(VerdictRuleSet.Version, page.QuerySelector("main")!.TextContent);
        var rules = page.QuerySelectorAll("[data-rule]").Select(r => r.GetAttribute("data-rule")).ToArray();
        Assert.Equal(VerdictRuleSet.VerdictRules.Concat(VerdictRuleSet.FlagRules).Select(r => r.Code), rules);
        var reasons = page.QuerySelectorAll("[data-reason]").Select(r => r.GetAttribute("data-reason")).ToHashSet();
        Assert.All(VerdictRuleSet.Rules.SelectMany(r => r.Conditions), c => Assert.Contains(c.ReasonCode, reasons));
        Assert.Equal(5, page.QuerySelectorAll("#bewijsladder ~ ol li").Length);
    }

    [Theory]
    [InlineData("/x-curve/")]
    [InlineData("/belemmeringen/")]
    [InlineData("/experimenten/netwerkberaden-walcheren/")]
    public void Every_chart_is_an_image_with_a_title_or_hidden_beside_text_and_pages_with_charts_have_tables(string path)
    {
        var page = Site.Page(path);
        var charts = page.QuerySelectorAll("main svg");
        Assert.NotEmpty(charts);
        foreach (var svg in charts)
        {
            if (svg.GetAttribute("aria-hidden") == "true") continue;
            Assert.Equal("img", svg.GetAttribute("role"));
            var title = svg.QuerySelector($"title#{svg.GetAttribute("aria-labelledby")}");
            Assert.False(string.IsNullOrWhiteSpace(title?.TextContent), path);
        }
        Assert.NotEmpty(page.QuerySelectorAll("main table caption"));
    }

    [Fact]
    public void X_curve_uses_the_latest_reflections_position_and_counts_the_funnel()
    {
        var page = Site.Page(SiteUrls.XCurve);
        var acceleration = page.QuerySelectorAll("table.x-curve-table tbody tr")[2];
        Assert.Equal(["/experimenten/jouw-ingebrachte-mentor/", "/experimenten/netwerkberaden-walcheren/"],
            acceleration.QuerySelectorAll("td a").Select(a => a.GetAttribute("href")));
        var funnel = page.QuerySelectorAll("table.funnel tbody tr").ToDictionary(r => r.GetAttribute("data-verdict")!, r => r.QuerySelector("td")!.TextContent);
        Assert.Equal("2", funnel["insufficient-evidence"]);
        Assert.Equal("1", funnel["ready-to-scale-fit-and-conform"]);
        Assert.Equal("0", funnel["mainstreamed"]);
    }

    [Fact]
    public void Index_shows_each_verdict_and_the_verdict_facet_lists_its_experiments()
    {
        var card = Site.Page(SiteUrls.Experiments).QuerySelectorAll("main .card").Single(c => c.QuerySelector("h3 a")!.GetAttribute("href") == "/experimenten/netwerkberaden-walcheren/");
        Assert.Equal(DutchLabels.For(VerdictKind.ReadyToScaleFitAndConform), card.QuerySelector(".verdict-label")!.TextContent);
        Assert.Equal("ready-to-scale-fit-and-conform", card.GetAttribute("data-oordeel"));

        var listed = Site.Page(SiteUrls.ExperimentsByVerdict("ready-to-scale-fit-and-conform")).QuerySelectorAll("main .card h3 a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["/experimenten/netwerkberaden-walcheren/"], listed);
        Assert.True(Site.Exists(SiteUrls.ExperimentsByVerdict("mainstreamed")));
    }

    [Fact]
    public void Concept_page_lists_experiments_whose_latest_route_is_the_concept_and_the_modules_that_teach_it()
    {
        var page = Site.Page(SiteUrls.Concept("fit-and-conform"));
        var experiments = page.QuerySelectorAll("main .card h3 a").Select(a => a.GetAttribute("href"));
        Assert.Equal(["/experimenten/jouw-ingebrachte-mentor/", "/experimenten/netwerkberaden-walcheren/"], experiments);
        Assert.NotNull(page.QuerySelector("main a[href='/cursus/transitie-basis/']"));
    }

    [Fact]
    public void Exports_are_csv_for_Dutch_excel_and_json_and_the_index_links_them()
    {
        var csv = File.ReadAllBytes(Site.FileFor(SiteUrls.ExportCsv));
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Slug;Titel;Gemeente;", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("netwerkberaden-walcheren;", lines[3]);
        Assert.Contains(";ready-to-scale-fit-and-conform;", lines[3]);

        using var json = JsonDocument.Parse(File.ReadAllText(Site.FileFor(SiteUrls.ExportJson)));
        Assert.Equal(3, json.RootElement.GetArrayLength());
        Assert.Equal("ready-to-scale-fit-and-conform", json.RootElement[2].GetProperty("verdict").GetString());

        var hrefs = Site.Page(SiteUrls.Experiments).QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Contains(SiteUrls.ExportCsv, hrefs);
        Assert.Contains(SiteUrls.ExportJson, hrefs);
    }

    [Fact]
    public void Search_index_carries_each_experiments_facet_codes_for_the_script_filter()
    {
        using var json = JsonDocument.Parse(Site.Text("/zoekindex.json"));
        var entry = json.RootElement.EnumerateArray().Single(e => e.GetProperty("slug").GetString() == "netwerkberaden-walcheren");
        Assert.Equal("ready-to-scale-fit-and-conform", entry.GetProperty("facets").GetProperty("oordeel")[0].GetString());
        Assert.Equal("jeugd", entry.GetProperty("facets").GetProperty("thema")[0].GetString());
    }

    private static Dictionary<string, string> Facts(IElement scope) =>
        scope.QuerySelectorAll("dl.facts dt").ToDictionary(dt => dt.TextContent.Trim(), dt => dt.NextElementSibling!.TextContent.Trim());
}
