using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TransitionLab.Tests.Shared;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>
/// The intake in a browser without JavaScript: a steward invites, the invitee registers (and is refused personal
/// data next to the field), submits, the steward asks for a change, the frontrunner corrects, the steward approves,
/// and the page is there. The register, review and published pages meet WCAG 2.1 AA at 390 and 1280 px and reflow at 320 px.
/// </summary>
public sealed class IntakeBrowserTests : IAsyncLifetime
{
    private const string Municipality = "Middelburg";
    private static readonly string Slug = "buurtbudget-" + Guid.NewGuid().ToString("N")[..6];
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    private ApiProcess _product = default!;
    private IPlaywright _playwright = default!;
    private IBrowser _browser = default!;
    private string _stewardKey = "";

    public async Task InitializeAsync()
    {
        var data = Directory.CreateTempSubdirectory("transitionlab-intake-").FullName;
        var (exit, output) = await ApiProcess.RunCommandAsync("keys", "create", "--role", "steward", "--municipality", Municipality, "--data", data);
        Assert.True(exit == 0, output);
        _stewardKey = output.Split('\n').Select(l => l.Trim()).Last(l => l.StartsWith("tl_", StringComparison.Ordinal));
        _product = await ApiProcess.StartAsync(data, "--Demo", "off");
        (_playwright, _browser) = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
        await _product.DisposeAsync();
    }

    private async Task<IPage> SignedInAsync(string key, string returnUrl, bool javaScript = false)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _product.BaseAddress.ToString(), Locale = "nl-NL", JavaScriptEnabled = javaScript,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/aanmelden/?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.FillAsync("#f-key", key);
        await page.ClickAsync("form[action$='/api/session'] button[type=submit]");
        return page;
    }

    [Fact]
    public async Task Invite_register_review_and_publish_through_the_forms_without_javascript()
    {
        var steward = await SignedInAsync(_stewardKey, "/redactie/");
        Assert.Equal("Redactie", await steward.TextContentAsync("h1"));
        Assert.Equal(Municipality, await steward.InputValueAsync("#f-municipality"));
        await steward.ClickAsync("form[action='/api/invitations/form'] button[type=submit]");
        var code = (await steward.TextContentAsync("#uitnodigingscode"))!.Trim();

        var frontrunner = await SignedInAsync(code, "/experimenten/aanmelden/");
        Assert.Equal("Experiment aanmelden", await frontrunner.TextContentAsync("h1"));
        await FillAsync(frontrunner, summary: "Vragen? Mail naar j.jansen@voorbeeld.nl.");
        await frontrunner.ClickAsync("button[value=indienen]");
        Assert.Contains("AVG", await frontrunner.TextContentAsync("#fout-f-summary"));
        Assert.Equal("true", await frontrunner.GetAttributeAsync("#f-summary", "aria-invalid"));

        await frontrunner.FillAsync("#f-summary", "Bewoners beslissen samen over een klein budget voor hun buurt.");
        await frontrunner.ClickAsync("button[value=indienen]");
        Assert.Contains("ingediend=1", frontrunner.Url);

        await steward.GotoAsync("/redactie/");
        await steward.ClickAsync($".review-queue a[href='/redactie/{Slug}/']");
        Assert.Contains("Buurtbudget", await steward.TextContentAsync(".preview h3"));
        await steward.SelectOptionAsync("#f-action", "request-changes");
        await steward.FillAsync("#f-comments-summary", "Zeg wie het budget beheert.");
        await steward.ClickAsync("form[action$='/review/form'] button[type=submit]");
        Assert.Contains("beoordeeld=1", steward.Url);
        Assert.True(await steward.GetByRole(AriaRole.Status).IsVisibleAsync(), "the review queue does not show that the review was saved");

        await frontrunner.GotoAsync("/experimenten/aanmelden/");
        Assert.Contains("Zeg wie het budget beheert.", await frontrunner.TextContentAsync("#f-summary-hint"));
        await frontrunner.FillAsync("#f-summary", "Een buurtteam beheert een klein budget; bewoners beslissen samen waaraan het opgaat.");
        await frontrunner.ClickAsync("button[value=indienen]");
        Assert.Contains("ingediend=1", frontrunner.Url);

        await steward.GotoAsync($"/redactie/{Slug}/");
        await steward.SelectOptionAsync("#f-action", "approve");
        await steward.ClickAsync("form[action$='/review/form'] button[type=submit]");
        Assert.Contains("beoordeeld=1", steward.Url);

        var visitor = await (await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _product.BaseAddress.ToString(), JavaScriptEnabled = false })).NewPageAsync();
        string? lead = null;
        await Polling.Until(async () =>
        {
            var response = await visitor.GotoAsync($"/experimenten/{Slug}/");
            if (response?.Status != 200) return false;
            lead = await visitor.TextContentAsync(".lead");
            return true;
        });
        Assert.Equal("Een buurtteam beheert een klein budget; bewoners beslissen samen waaraan het opgaat.", lead);
        Assert.Contains("aangemeld door koplopers", await visitor.TextContentAsync(".source-status"));

        // Accessibility needs axe's script, so it runs in browsers with JavaScript, signed in as the same people.
        await AssertAccessibleAsync(await SignedInAsync(code, "/experimenten/aanmelden/", javaScript: true), "/experimenten/aanmelden/");
        var stewardWithScript = await SignedInAsync(_stewardKey, "/redactie/", javaScript: true);
        await AssertAccessibleAsync(stewardWithScript, "/redactie/");
        await AssertAccessibleAsync(stewardWithScript, $"/redactie/{Slug}/");
        await AssertAccessibleAsync(stewardWithScript, $"/experimenten/{Slug}/");
    }

    private static async Task FillAsync(IPage page, string summary)
    {
        await page.FillAsync("#f-title", "Buurtbudget in de wijk");
        await page.FillAsync("#f-slug", Slug);
        await page.FillAsync("#f-summary", summary);
        await page.FillAsync("#f-region", "Zeeland");
        await page.CheckAsync("input[name=themes] >> nth=0");
        await page.SelectOptionAsync("#f-status", "running");
        await page.FillAsync("#f-startDate", "2025-03-01");
        await page.FillAsync("#f-funding-source", "Projectsubsidie gemeente");
        await page.FillAsync("#f-funding-endDate", "2026-12-31");
        await page.FillAsync("#f-frontrunners", "Wijkteam Middelburg");
        await page.FillAsync("#f-goals-0--description", "Meer bewoners doen mee");
        await page.FillAsync("#f-goals-0--targetGroup", "Bewoners van de wijk");
        await page.FillAsync("#f-goals-0--unit", "aantal per jaar");
        await page.FillAsync("#f-goals-0--baseline", "20");
        await page.FillAsync("#f-goals-0--target", "60");
        await page.SelectOptionAsync("#f-xCurve", "take-off");
        await page.SelectOptionAsync("#f-stage", "pilot");
        await page.FillAsync("#f-body-watIsHet", "Bewoners beslissen samen over een klein budget.");
        await page.FillAsync("#f-body-watWeNietWeten", "Of het blijft werken als het nieuwe eraf is.");
    }

    private static async Task AssertAccessibleAsync(IPage page, string path)
    {
        foreach (var width in new[] { 390, 1280 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.GotoAsync(path);
            var found = (await page.RunAxe(Wcag21AA)).Violations
                .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}").ToArray();
            Assert.True(found.Length == 0, $"{path} at {width} px: {found.Length} WCAG 2.1 AA violations:\n{string.Join("\n", found)}");
        }
        await page.SetViewportSizeAsync(320, 900);
        await page.GotoAsync(path);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} scrolls {overflow} px sideways at 320 px");
    }
}
