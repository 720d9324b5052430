using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>
/// One running product (API serving the site, on a fresh store with Dutch demo data) and one browser,
/// shared by the browser tests of a collection: starting them costs seconds, using them milliseconds.
/// </summary>
public sealed partial class ProductFixture : IAsyncLifetime
{
    public ApiProcess Product { get; private set; } = default!;
    /// <summary>The product's data folder; the site it built is in <c>site/</c> beneath it.</summary>
    public string DataFolder { get; } = Directory.CreateTempSubdirectory("transitionlab-e2e-").FullName;
    public IBrowser Browser { get; private set; } = default!;
    private IPlaywright _playwright = default!;

    /// <summary>The demo frontrunner key the product printed at start, and its experiment.</summary>
    public (string Slug, string Key) DemoKey { get; private set; }

    public async Task InitializeAsync()
    {
        (_playwright, Browser) = await EndToEnd.Tests.Browser.LaunchAsync();
        Product = await ApiProcess.StartAsync(DataFolder);
        var match = DemoKeyLine().Match(Product.Output);
        Assert.True(match.Success, "the product did not print a demo frontrunner key:\n" + Product.Output);
        DemoKey = (match.Groups[1].Value, match.Groups[2].Value);
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Product.BaseAddress.ToString(), Locale = "nl-NL" });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
        await Product.DisposeAsync();
    }

    [GeneratedRegex(@"Demo frontrunner key \(([a-z0-9-]+)\): (tl_[A-Za-z0-9_-]+)")]
    private static partial Regex DemoKeyLine();
}

[CollectionDefinition(Name)]
public sealed class ProductCollection : ICollectionFixture<ProductFixture>
{
    public const string Name = "product";
}
