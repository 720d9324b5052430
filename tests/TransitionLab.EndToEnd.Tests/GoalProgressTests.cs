using System.Globalization;
using Microsoft.Playwright;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>
/// The goal chart's text alternative, as a screen reader meets it: the chart is one named image, and the table
/// beside it, found by its caption, holds the baseline, one row per measured cycle and the target, the same
/// numbers the chart draws; printed, the table is still there.
/// </summary>
[Collection(ProductCollection.Name)]
public sealed class GoalProgressTests(ProductFixture fixture)
{
    [Fact]
    public async Task The_goal_chart_has_a_table_with_the_same_numbers_that_a_screen_reader_and_a_printout_keep()
    {
        var page = await fixture.NewPageAsync();
        // The demo reflections measure this experiment's goals over six cycles.
        await page.GotoAsync("/experimenten/doorbraakfunctionaris-zaanstad/");
        var item = page.Locator("section.goal-progress .goal-progress-item").First;
        var goal = await item.Locator("h3").InnerTextAsync();

        var chart = item.GetByRole(AriaRole.Img, new() { Name = $"Verloop per ronde van: {goal}" });
        await Assertions.Expect(chart).ToHaveCountAsync(1);
        var dots = await chart.Locator("circle.goal-dot").CountAsync();

        var table = item.GetByRole(AriaRole.Table, new() { Name = $"{goal}: begin, meting per ronde en streven" });
        await Assertions.Expect(table).ToBeVisibleAsync();
        var rows = table.Locator("tbody").GetByRole(AriaRole.Row);
        Assert.Equal(dots + 2, await rows.CountAsync());
        Assert.Equal("Begin", await rows.First.GetByRole(AriaRole.Rowheader).InnerTextAsync());
        Assert.Equal("Streven", await rows.Last.GetByRole(AriaRole.Rowheader).InnerTextAsync());

        // The numbers the line is drawn through are the table's, in the same order.
        var values = await rows.Locator("td.number").AllInnerTextsAsync();
        var measured = values.Skip(1).Take(dots).Select(v => decimal.Parse(v, CultureInfo.GetCultureInfo("nl-NL"))).ToArray();
        var heights = await chart.Locator("circle.goal-dot").EvaluateAllAsync<double[]>("ds => ds.map(d => d.cy.baseVal.value)");
        for (var i = 1; i < measured.Length; i++)
            Assert.Equal(Math.Sign(measured[i] - measured[i - 1]), -Math.Sign(heights[i] - heights[i - 1]));

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(table).ToBeVisibleAsync();
    }
}
