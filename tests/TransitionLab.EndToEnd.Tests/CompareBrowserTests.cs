using Microsoft.Playwright;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>
/// A policy officer compares experiments: on the experiment list, without JavaScript, she ticks two, sends the
/// choice and reads them side by side. The page passes axe (WCAG 2.1 AA) on a phone and a laptop, and at 320 px
/// the table scrolls inside its own named region, never the page. A static copy's page does the same with its script.
/// axe and the layout measurements run scripts in the page, so they look at the address the walk ended on in a
/// page with JavaScript: the server sends the same HTML either way.
/// </summary>
[Collection(ProductCollection.Name)]
public sealed class CompareBrowserTests(ProductFixture fixture)
{
    private static readonly string[] Chosen = ["doorbraakfunctionaris-zaanstad", "netwerkberaden-walcheren"];

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Experiments_ticked_on_the_list_without_script_stand_side_by_side_with_no_axe_violations(int width)
    {
        var page = await fixture.NewPageAsync(new ViewportSize { Width = width, Height = 900 }, javaScript: false);
        await page.GotoAsync("/experimenten/");
        foreach (var slug in Chosen)
            await page.Locator($"li.card:has(a[href='/experimenten/{slug}/'])").GetByRole(AriaRole.Checkbox).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Vergelijk de gekozen experimenten" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/vergelijk/\?e=doorbraakfunctionaris-zaanstad&e=netwerkberaden-walcheren$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vergelijken");
        var region = page.GetByRole(AriaRole.Region, new() { Name = "De gekozen experimenten naast elkaar, uit de laatste reflectie van elk experiment" });
        var table = region.GetByRole(AriaRole.Table);
        await Assertions.Expect(table.GetByRole(AriaRole.Columnheader)).ToHaveCountAsync(Chosen.Length);
        Assert.Equal(8, await table.GetByRole(AriaRole.Rowheader).CountAsync());
        await Assertions.Expect(table.GetByRole(AriaRole.Rowheader, new() { Name = "Open belemmeringen" })).ToBeVisibleAsync();

        await Axe.AssertNoViolationsAsync(await At(new Uri(page.Url).PathAndQuery, width), $"/vergelijk/ at {width} px");
        await Axe.AssertNoViolationsAsync(await At("/experimenten/", width), $"/experimenten/ with the choice at {width} px");
    }

    [Fact]
    public async Task At_320_px_the_comparison_of_four_scrolls_in_its_region_and_not_the_page()
    {
        var four = new[] { "doorbraakfunctionaris-zaanstad", "netwerkberaden-walcheren", "bouwdepot-amsterdam", "jim-mentoren-utrecht" };
        var page = await At("/vergelijk/?" + string.Join("&", four.Select(s => $"e={s}")), 320);

        Assert.True(await Layout.PageWidthAsync(page) <= Viewports.SmallPhone.Width, $"the page scrolls sideways: {await Layout.WidestElementAsync(page)}");
        var region = page.Locator("div.table-scroll[role=region]");
        var sizes = await region.EvaluateAsync<int[]>("r => [r.scrollWidth, r.clientWidth]");
        Assert.True(sizes[0] > sizes[1], $"the table of four does not scroll inside its region: {sizes[0]} px in {sizes[1]} px");
        Assert.Equal("0", await region.GetAttributeAsync("tabindex"));
        Assert.True(await Layout.PageWidthAsync(await At("/experimenten/", 320)) <= 320, "the experiment list with its checkboxes scrolls sideways at 320 px");
    }

    [Fact]
    public async Task A_choice_of_one_says_so_in_Dutch_on_the_page()
    {
        var page = await fixture.NewPageAsync(Viewports.Phone);
        var response = await page.GotoAsync($"/vergelijk/?e={Chosen[0]}");

        Assert.Equal(400, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Kies ten minste twee experimenten om te vergelijken.");
        await Axe.AssertNoViolationsAsync(page, "/vergelijk/ with one experiment");
    }

    [Fact]
    public async Task A_static_copys_page_puts_the_chosen_experiments_side_by_side_with_its_script()
    {
        // The API answers /vergelijk/ itself; the file a static host would serve is still there under its own name.
        var page = await fixture.NewPageAsync(Viewports.Desktop);
        await page.GotoAsync("/vergelijk/index.html?" + string.Join("&", Chosen.Select(s => $"e={s}")));

        var table = page.GetByRole(AriaRole.Region, new() { Name = "De gekozen experimenten naast elkaar, uit de laatste reflectie van elk experiment" }).GetByRole(AriaRole.Table);
        await Assertions.Expect(table.GetByRole(AriaRole.Columnheader)).ToHaveCountAsync(Chosen.Length);
        var served = await fixture.NewPageAsync(Viewports.Desktop, javaScript: false);
        await served.GotoAsync("/vergelijk/?" + string.Join("&", Chosen.Select(s => $"e={s}")));
        // The same cells as the API's page, row by row.
        Assert.Equal(await served.Locator("table.compare tbody").InnerTextAsync(), await page.Locator("table.compare tbody").InnerTextAsync());
        await Axe.AssertNoViolationsAsync(page, "/vergelijk/index.html with its script");

        await page.GotoAsync("/vergelijk/index.html?e=bestaat-niet&e=" + Chosen[0]);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Een van de gekozen experimenten bestaat niet (meer). Kies opnieuw uit de lijst met experimenten.");
    }

    private async Task<IPage> At(string path, int width)
    {
        var page = await fixture.NewPageAsync(new ViewportSize { Width = width, Height = 900 });
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
        return page;
    }
}
