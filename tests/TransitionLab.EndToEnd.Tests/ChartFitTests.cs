using Microsoft.Playwright;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>
/// The funnel chart on /x-curve/ once cut its longest labels off at the left ("ar om op te schalen"), and the
/// X-curve's dots floated above the curve: every label of every chart must lie inside its image, on a phone and
/// on a desktop screen.
/// </summary>
[Collection(ProductCollection.Name)]
public sealed class ChartFitTests(ProductFixture fixture)
{
    [Theory]
    [InlineData("/x-curve/", 390)]
    [InlineData("/x-curve/", 1280)]
    [InlineData("/belemmeringen/", 390)]
    [InlineData("/belemmeringen/", 1280)]
    [InlineData("/transitieagenda/", 390)]
    [InlineData("/transitieagenda/", 1280)]
    public async Task Every_chart_label_lies_inside_its_chart(string path, int width)
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(width, 900);
        await page.GotoAsync(path);

        var outside = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('svg.chart')].flatMap(svg => {
              const box = svg.getBoundingClientRect();
              return [...svg.querySelectorAll('text')].filter(t => {
                const r = t.getBoundingClientRect();
                return r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
              }).map(t => `${svg.id}: '${t.textContent}'`);
            })
            """);

        Assert.True(await page.Locator("svg.chart").CountAsync() > 0, $"no chart on {path}");
        Assert.True(outside.Length == 0, $"labels outside their chart at {width} px: {string.Join("; ", outside)}");
    }

    [Fact]
    public async Task The_X_curves_lowest_dots_rest_on_the_rising_curve()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/x-curve/");

        // For each dot that has no dot below it, the gap between its bottom edge and the curve beneath it (in SVG units).
        var gaps = await page.EvaluateAsync<double[]>("""
            () => {
              const svg = document.querySelector('#x-curve-grafiek');
              const curve = svg.querySelector('.x-new');
              const length = curve.getTotalLength();
              const curveYAt = x => {
                let lo = 0, hi = length;
                for (let i = 0; i < 40; i++) { const mid = (lo + hi) / 2; if (curve.getPointAtLength(mid).x < x) lo = mid; else hi = mid; }
                return curve.getPointAtLength(lo).y;
              };
              const dots = [...svg.querySelectorAll('circle.x-dot')].map(c => ({ x: c.cx.baseVal.value, y: c.cy.baseVal.value, r: c.r.baseVal.value }));
              return dots.filter(d => !dots.some(o => o.x === d.x && o.y > d.y)).map(d => curveYAt(d.x) - (d.y + d.r));
            }
            """);

        Assert.NotEmpty(gaps);
        Assert.All(gaps, gap => Assert.InRange(gap, 0, 4));
    }
}
