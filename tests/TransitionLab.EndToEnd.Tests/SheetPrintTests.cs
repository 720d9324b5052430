using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Playwright;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>
/// A policy officer attaches an experiment's sheet to a raadsvoorstel: printed from Chromium to PDF on A4, every
/// sheet of the product (real content, demo reflections) takes one or two pages.
/// </summary>
[Collection(ProductCollection.Name)]
public sealed partial class SheetPrintTests(ProductFixture fixture)
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
        foreach (var sheet in sheets)
        {
            await page.GotoAsync(sheet);
            var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true });
            pages.Add((sheet, PageCount(pdf)));
        }

        var wrong = pages.Where(p => p.Pages is < 1 or > 2).Select(p => $"{p.Sheet}: {p.Pages} pages").ToArray();
        Assert.True(wrong.Length == 0, "sheets that do not print to one or two A4 pages:\n" + string.Join("\n", wrong));
    }

    // Chromium writes one "/Type /Page" object per page (and one "/Type /Pages" tree); its PDFs are not compressed at that level.
    private static int PageCount(byte[] pdf) => PageObject().Matches(Encoding.Latin1.GetString(pdf)).Count;

    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PageObject();
}
