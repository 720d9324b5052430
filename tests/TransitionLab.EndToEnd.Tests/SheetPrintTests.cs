using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>
/// A policy officer attaches an experiment's sheet to a raadsvoorstel: printed from Chromium to PDF on A4, every
/// sheet of the product (real content, demo reflections) takes one or two pages, goal charts included.
/// </summary>
[Collection(ProductCollection.Name)]
public sealed partial class SheetPrintTests(ProductFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_sheet_prints_to_one_or_two_A4_pages()
    {
        using var http = new HttpClient { BaseAddress = fixture.Product.BaseAddress };
        var sitemap = XDocument.Parse(await http.GetStringAsync("/sitemap.xml"));
        var sheets = sitemap.Descendants().Where(e => e.Name.LocalName == "loc")
            .Select(e => new Uri(e.Value).AbsolutePath).Where(p => p.EndsWith("/blad/", StringComparison.Ordinal)).ToArray();
        Assert.True(sheets.Length >= 5, $"the sitemap lists {sheets.Length} sheets");

        var page = await fixture.NewPageAsync();
        var pages = new List<(string Sheet, int Pages)>();
        var charted = 0;
        foreach (var sheet in sheets)
        {
            await page.GotoAsync(sheet);
            var charts = await page.Locator("article.sheet figure.chart svg[role='img']").CountAsync();
            if (charts > 0) charted++;
            var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true });
            pages.Add((sheet, PageCount(pdf)));
            output.WriteLine($"{sheet}: {pages[^1].Pages} pages, {charts} goal charts");
        }

        // The demo reflections measure goals, so the sheets that must still fit include ones with charts.
        Assert.True(charted > 0, "no sheet shows a goal chart");

        var wrong = pages.Where(p => p.Pages is < 1 or > 2).Select(p => $"{p.Sheet}: {p.Pages} pages").ToArray();
        Assert.True(wrong.Length == 0, "sheets that do not print to one or two A4 pages:\n" + string.Join("\n", wrong));
    }

    // Chromium writes one "/Type /Page" object per page (and one "/Type /Pages" tree); its PDFs are not compressed at that level.
    private static int PageCount(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PageObject();
}
