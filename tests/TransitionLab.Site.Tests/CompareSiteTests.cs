using AngleSharp.Html.Dom;
using TransitionLab.Site.Assets;

namespace TransitionLab.Site.Tests;

/// <summary>
/// The comparison on a static build: the experiment list lets a visitor tick experiments and send them to
/// /vergelijk/ without script; the static /vergelijk/ page explains, and its script finds each experiment's
/// column on that experiment's sheet, the same cells the API renders.
/// </summary>
public sealed class CompareSiteTests
{
    [Fact]
    public async Task Experiment_list_has_a_checkbox_per_card_for_a_get_form_to_the_comparison()
    {
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"), apiBaseUrl: "");
        var page = site.Page("/experimenten/");

        var form = page.QuerySelector("form#vergelijk-keuze")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/vergelijk/", form.GetAttribute("action"));
        Assert.Equal("Vergelijk de gekozen experimenten", form.QuerySelector("button[type=submit]")!.TextContent);
        var cards = page.QuerySelectorAll("ul.cards li.card");
        Assert.True(cards.Length >= 2);
        Assert.All(cards, card =>
        {
            var box = card.QuerySelector("label.pick input[type=checkbox]")!;
            Assert.Equal(("e", "vergelijk-keuze"), (box.GetAttribute("name"), box.GetAttribute("form")));
            Assert.Equal(card.QuerySelector("h3 a")!.GetAttribute("href"), $"/experimenten/{box.GetAttribute("value")}/");
            // The label says what it does and, for a screen reader, for which experiment.
            Assert.Equal("Vergelijk", box.ParentElement!.TextContent.Trim());
            Assert.Equal($"Vergelijk: {card.QuerySelector("h3")!.TextContent}", box.GetAttribute("aria-label"));
        });
        // Lists elsewhere (home, themes) stay plain.
        Assert.Null(site.Page("/").QuerySelector("label.pick"));
    }

    [Fact]
    public async Task A_build_with_an_api_sends_the_choice_to_the_apis_comparison()
    {
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"));
        Assert.Equal($"{BuiltSite.ApiBaseUrl}/vergelijk/", site.Page("/experimenten/").QuerySelector("form#vergelijk-keuze")!.GetAttribute("action"));
    }

    [Fact]
    public async Task Static_comparison_page_explains_the_choice_and_carries_the_table_frame_its_script_fills()
    {
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"), apiBaseUrl: "");
        var page = site.Page("/vergelijk/");

        Assert.Equal("Vergelijken", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("twee tot vier experimenten", page.QuerySelector("main")!.TextContent);
        Assert.NotNull(page.QuerySelector("main noscript"));
        var root = page.QuerySelector("[data-compare]")!;
        Assert.Equal(("2", "4"), (root.GetAttribute("data-min"), root.GetAttribute("data-max")));
        Assert.Equal("Kies ten minste twee experimenten om te vergelijken.", root.GetAttribute("data-too-few"));
        var script = page.QuerySelector("script[src*='/compare.']")!.GetAttribute("src")!;
        Assert.Equal(StaticAssets.CompareScript, script);
        Assert.True(site.Exists(script));

        // The frame: a named scroll region with the table's rows and no experiment yet.
        var frame = ((IHtmlTemplateElement)page.QuerySelector("template[data-compare-frame]")!).Content;
        var region = frame.QuerySelector("div.table-scroll[role=region]")!;
        Assert.Equal(region.GetAttribute("aria-label"), region.QuerySelector("table.compare caption")!.TextContent);
        Assert.Equal(["Verdict", "Evidence", "Reached", "Goals", "WorkingCore", "Conditions", "OpenBarriers", "Lessons"],
            region.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-row")));
        Assert.Empty(region.QuerySelectorAll("tbody td, thead th"));
    }

    [Fact]
    public async Task Each_sheet_carries_its_experiments_column_with_a_cell_for_every_row()
    {
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"), apiBaseUrl: "");
        var sheet = site.Page("/experimenten/netwerkberaden-walcheren/blad/");

        var column = ((IHtmlTemplateElement)sheet.QuerySelector("template[data-compare-column]")!).Content;
        Assert.Equal(["netwerkberaden-walcheren"], column.QuerySelectorAll("thead th[scope=col]").Select(th => th.GetAttribute("data-experiment")));
        Assert.All(column.QuerySelectorAll("tbody tr"), row => Assert.Single(row.QuerySelectorAll("td")));
        Assert.Equal(8, column.QuerySelectorAll("tbody tr").Length);
        // Inert: nothing of it is shown or printed with the sheet.
        Assert.Null(sheet.QuerySelector("article.sheet table.compare"));
    }
}
