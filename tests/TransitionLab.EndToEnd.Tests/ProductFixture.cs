using System.Net.Http.Json;
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

    /// <summary>An admin key made with the keys command before the product started, to issue other keys over HTTP.</summary>
    public string AdminKey { get; private set; } = "";

    public async Task InitializeAsync()
    {
        (_playwright, Browser) = await EndToEnd.Tests.Browser.LaunchAsync();
        var (exitCode, keysOutput) = await ApiProcess.RunCommandAsync("keys", "create", "--role", "admin", "--data", DataFolder);
        Assert.True(exitCode == 0, "could not create an admin key:\n" + keysOutput);
        AdminKey = KeyInOutput().Matches(keysOutput)[^1].Value;
        Product = await ApiProcess.StartAsync(DataFolder);
        var match = DemoKeyLine().Match(Product.Output);
        Assert.True(match.Success, "the product did not print a demo frontrunner key:\n" + Product.Output);
        DemoKey = (match.Groups[1].Value, match.Groups[2].Value);
    }

    /// <summary>
    /// A page in a fresh browser context. <paramref name="bypassCsp"/> lets a test inject the styles a
    /// user's own stylesheet or bookmarklet would (text spacing, larger text), which the site's CSP refuses.
    /// </summary>
    /// <paramref name="javaScript"/> false is a browser without script, as the no-JS forms must serve.
    public async Task<IPage> NewPageAsync(ViewportSize? viewport = null, ColorScheme colorScheme = ColorScheme.Light, bool bypassCsp = false, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Product.BaseAddress.ToString(), Locale = "nl-NL", ViewportSize = viewport ?? Viewports.Desktop, ColorScheme = colorScheme,
            BypassCSP = bypassCsp, JavaScriptEnabled = javaScript,
        });
        return await context.NewPageAsync();
    }

    /// <summary>Signs the page's browser in with a key through the sign-in form, as a user would.</summary>
    public async Task SignInAsync(IPage page, string key)
    {
        await page.GotoAsync("/aanmelden/");
        await page.Locator("input[name='key']").FillAsync(key);
        await page.Locator("form[action$='/session'] button[type='submit']").ClickAsync();
    }

    /// <summary>Issues a key through the admin API; <paramref name="request"/> is the body of <c>POST /api/keys</c>.</summary>
    public async Task<string> IssueKeyAsync(object request)
    {
        using var http = new HttpClient { BaseAddress = Product.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", AdminKey);
        using var response = await http.PostAsJsonAsync("/api/keys", request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /api/keys answered {(int)response.StatusCode}: {body}");
        return KeyInOutput().Matches(body)[^1].Value;
    }

    /// <summary>An invitation code (the invitee's key) for <paramref name="municipality"/>, made through the API with the admin key.</summary>
    public async Task<string> InviteAsync(string municipality)
    {
        using var http = new HttpClient { BaseAddress = Product.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new("Bearer", AdminKey);
        using var response = await http.PostAsJsonAsync("/api/invitations", new { municipality, label = "Toegankelijkheidstest" });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /api/invitations answered {(int)response.StatusCode}: {body}");
        return KeyInOutput().Matches(body)[^1].Value;
    }

    /// <summary>The first item of the transition agenda the demo data gives, and the municipality of its first experiment.</summary>
    public async Task<(string Id, string Municipality)> FirstAgendaItemAsync()
    {
        using var http = new HttpClient { BaseAddress = Product.BaseAddress };
        var items = await http.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/agenda");
        Assert.True(items.GetArrayLength() > 0, "the demo data put nothing on the transition agenda");
        var first = items[0];
        return (first.GetProperty("id").GetString()!, first.GetProperty("blocks")[0].GetProperty("municipality").GetString()!);
    }

    public async Task DisposeAsync()
    {
        AuditRecord.WriteIfAsked();
        await Browser.CloseAsync();
        _playwright.Dispose();
        await Product.DisposeAsync();
    }

    [GeneratedRegex(@"tl_[A-Za-z0-9_-]+")]
    private static partial Regex KeyInOutput();

    [GeneratedRegex(@"Demo frontrunner key \(([a-z0-9-]+)\): (tl_[A-Za-z0-9_-]+)")]
    private static partial Regex DemoKeyLine();
}

[CollectionDefinition(Name)]
public sealed class ProductCollection : ICollectionFixture<ProductFixture>
{
    public const string Name = "product";
}
