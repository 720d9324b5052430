using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>
/// The heatmap of belemmeringen on the agenda and the belemmeringen page: its table is the text alternative, so
/// the table must hold what the drawing shows and lead to the experiments. The pages of the agenda layer (agenda,
/// belemmeringen, an area, the learning agenda) meet WCAG 2.1 AA on a phone and a desktop screen.
/// </summary>
[Collection(ProductCollection.Name)]
public sealed class BarrierHeatmapBrowserTests(ProductFixture fixture)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Theory]
    [InlineData("/transitieagenda/", 390)]
    [InlineData("/transitieagenda/", 1280)]
    [InlineData("/belemmeringen/", 390)]
    [InlineData("/belemmeringen/", 1280)]
    [InlineData("/gebieden/walcheren/", 390)]
    [InlineData("/gebieden/walcheren/", 1280)]
    [InlineData("/leeragenda/", 390)]
    [InlineData("/leeragenda/", 1280)]
    public async Task Agenda_area_and_learning_agenda_pages_have_no_wcag_21_aa_violations(string path, int width)
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(width, 900);
        Assert.Equal(200, (await page.GotoAsync(path))!.Status);
        var result = await page.RunAxe(Wcag21AA);
        var found = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}").ToArray();
        Assert.True(found.Length == 0, $"{path} at {width} px: {found.Length} WCAG 2.1 AA violations:\n{string.Join("\n", found)}");
    }

    [Theory]
    [InlineData("/transitieagenda/", "agenda-thema")]
    [InlineData("/belemmeringen/", "belemmeringen-gebied")]
    public async Task The_table_holds_every_number_of_the_drawing_and_its_links_reach_the_experiments(string path, string prefix)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(path);
        var svg = page.Locator($"svg#{prefix}");
        var table = page.Locator($"table#{prefix}-tabel");

        // The drawing is hidden from screen readers; the table, named by its caption, carries the content.
        await Assertions.Expect(svg).ToHaveAttributeAsync("aria-hidden", "true");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = await table.Locator("caption").InnerTextAsync() })).ToHaveCountAsync(1);
        var drawn = await svg.Locator("a").EvaluateAllAsync<string[][]>("links => links.map(a => [a.getAttribute('href'), a.textContent])");
        Assert.NotEmpty(drawn);
        foreach (var pair in drawn)
            Assert.Equal(pair[1], await page.Locator(pair[0]).GetAttributeAsync("data-count"));
        var filled = await table.Locator("td:not([data-count='0'])").CountAsync();
        Assert.Equal(filled, drawn.Length);

        // A mouse user clicks a cell of the drawing and lands on the same cell of the table, whose links open the experiments.
        await svg.Locator("a").First.ClickAsync();
        Assert.EndsWith(drawn[0][0], page.Url, StringComparison.Ordinal);
        var cell = page.Locator(drawn[0][0]);
        Assert.True(await cell.EvaluateAsync<bool>("td => td.matches(':target')"));
        var first = cell.Locator("a").First;
        var href = await first.GetAttributeAsync("href");
        await first.ClickAsync();
        await page.WaitForURLAsync($"**{href}");
        Assert.Equal(href, new Uri(page.Url).AbsolutePath);
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_learning_agenda_lists_a_question_the_demo_experiments_share_with_its_askers()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/leeragenda/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Leeragenda");
        var first = page.Locator("section.shared-question").First;
        Assert.True(await first.Locator("tbody tr").CountAsync() >= 2);
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = await first.Locator("caption").InnerTextAsync() })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task The_drawings_cells_are_not_in_the_tab_order_so_the_keyboard_reaches_the_table_once()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/transitieagenda/");
        var tabbable = await page.Locator("svg.heatmap a").EvaluateAllAsync<int>("links => links.filter(a => a.tabIndex >= 0).length");
        Assert.Equal(0, tabbable);
        await Assertions.Expect(page.Locator("table#agenda-thema-tabel td a").First).ToBeVisibleAsync();
    }
}
