namespace TransitionLab.EndToEnd.Tests;

/// <summary>
/// A municipality's web team runs the W3C Nu HTML Checker on a site it links to: every page the product built
/// (real content, demo reflections) must give zero errors. Needs Java and vnu.jar: <c>.ci/install-validator</c>.
/// </summary>
[Collection(ProductCollection.Name)]
public sealed class HtmlValidityTests(ProductFixture fixture)
{
    [Fact]
    public async Task Every_built_page_passes_the_W3C_validator_without_errors()
    {
        var site = Path.Combine(fixture.DataFolder, "site");
        var pages = Directory.GetFiles(site, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 50, $"expected the whole site in {site}, found {pages.Length} pages");

        var errors = await HtmlValidator.ValidateAsync(site);

        Assert.True(errors.Count == 0, $"{errors.Count} validator errors, e.g.:\n" + string.Join("\n", errors.Take(15)));
    }
}
