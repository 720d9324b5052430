using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>
/// A participant registers an own case with the no-JS form, reads it and opens a module's practice form on it.
/// The three pages are rendered per request, so the sitemap walks never see them: this test holds them to the
/// same bar (axe at 390 and 1280 px, reflow at 320 px, the W3C validator) and shows another cohort is refused.
/// </summary>
[Collection(ProductCollection.Name)]
public sealed partial class OwnCaseBrowserTests(ProductFixture fixture)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Fact]
    public async Task Own_case_pages_work_without_script_meet_wcag_and_stay_in_their_cohort()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var title = $"Buurtkracht {tag}";
        var author = await fixture.IssueKeyAsync(new { role = "participant", cohort = $"casus-a-{tag}", label = "anna" });
        var stranger = await fixture.IssueKeyAsync(new { role = "participant", cohort = $"casus-b-{tag}", label = "vreemd" });

        var anna = await fixture.NewPageAsync();
        await fixture.SignInAsync(anna, author);

        // A summary with an e-mail address (the AVG guard) comes back with the errors summarised, focused and tied to their field.
        await anna.GotoAsync("/cursus/casussen/");
        await FillAsync(anna, title, "Mail de wijkcoach via jan.jansen@example.nl voor het budget.");
        var refused = await anna.RunAndWaitForResponseAsync(() => anna.GetByRole(AriaRole.Button, new() { Name = "Casus opslaan" }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/cursus/casussen/", StringComparison.Ordinal));
        Assert.Equal(422, refused.Status);
        await Assertions.Expect(anna.Locator("#fouten")).ToBeVisibleAsync();
        Assert.Equal("fouten", await anna.EvaluateAsync<string>("() => document.activeElement.id"));
        var describedBy = await anna.Locator("textarea[name='summary']").GetAttributeAsync("aria-describedby") ?? "";
        Assert.Equal(1, await anna.Locator($"#{describedBy.Split(' ')[0]}.error").CountAsync());
        var withErrors = await anna.ContentAsync();

        await FillAsync(anna, title, "Bewoners van twee wijken beslissen mee over het budget voor ondersteuning.");
        await anna.Locator("input[name='funding.source']").FillAsync("Projectsubsidie gemeente");
        await anna.GetByRole(AriaRole.Button, new() { Name = "Casus opslaan" }).ClickAsync();
        await Assertions.Expect(anna.Locator("h1")).ToContainTextAsync(title);
        var casePath = new Uri(anna.Url).AbsolutePath;
        Assert.Matches(CasePath(), casePath);

        await anna.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Verdiepen, verbreden") }).ClickAsync();
        await Assertions.Expect(anna.Locator(".practice-case")).ToContainTextAsync(title);
        var practisePath = new Uri(anna.Url).PathAndQuery;

        var pages = new[] { "/cursus/casussen/", casePath, practisePath };
        await AssertValidHtmlAsync(anna, pages, withErrors);
        foreach (var width in new[] { 390, 1280 })
        {
            var page = await fixture.NewPageAsync(new ViewportSize { Width = width, Height = 900 });
            await fixture.SignInAsync(page, author);
            foreach (var path in pages) await AssertAccessibleAsync(page, path, $"{path} at {width} px");
            await page.GotoAsync("/cursus/casussen/");
            await FillAsync(page, title, "Bel 06-12345678 voor meer.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Casus opslaan" }).ClickAsync();
            await Assertions.Expect(page.Locator("#fouten")).ToBeVisibleAsync();
            AssertNoViolations($"the case form with errors at {width} px", await page.RunAxe(Wcag21AA));
        }
        var phone = await fixture.NewPageAsync(Viewports.SmallPhone);
        await fixture.SignInAsync(phone, author);
        foreach (var path in pages)
        {
            await phone.GotoAsync(path);
            var width = await Layout.PageWidthAsync(phone);
            Assert.True(width <= Viewports.SmallPhone.Width, $"{path} scrolls sideways at 320 px: {width} px ({await Layout.WidestElementAsync(phone)})");
        }

        // Another cohort is refused the case and the practice form on it, and does not see it listed.
        var other = await fixture.NewPageAsync();
        await fixture.SignInAsync(other, stranger);
        Assert.Equal(403, (await other.GotoAsync(casePath))!.Status);
        Assert.Equal(403, (await other.GotoAsync(practisePath))!.Status);
        await other.GotoAsync("/cursus/casussen/");
        Assert.DoesNotContain(tag, await other.ContentAsync());

        // Nor does anyone signed out, on the page itself or any public page.
        var anonymous = await fixture.NewPageAsync();
        var response = await anonymous.GotoAsync(casePath);
        Assert.DoesNotContain(tag, await anonymous.ContentAsync());
        Assert.NotEqual(200, response!.Status);
        foreach (var path in new[] { "/", "/experimenten/", "/zoekindex.json", "/feed.xml", "/export/experimenten.csv", "/export/experimenten.json", "/api/experiments", "/api/snapshot" })
            Assert.DoesNotContain(tag, await (await anonymous.APIRequest.GetAsync(path)).TextAsync());
    }

    private static async Task FillAsync(IPage page, string title, string summary)
    {
        await page.Locator("input[name='title']").FillAsync(title);
        await page.Locator("input[name='municipality']").FillAsync("Zwolle");
        await page.Locator("textarea[name='summary']").FillAsync(summary);
    }

    private static async Task AssertAccessibleAsync(IPage page, string path, string where)
    {
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
        AssertNoViolations(where, await page.RunAxe(Wcag21AA));
    }

    private static void AssertNoViolations(string where, AxeResult result)
    {
        var found = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}").ToArray();
        Assert.True(found.Length == 0, $"{where}: {found.Length} WCAG 2.1 AA violations:\n{string.Join("\n", found)}");
    }

    /// <summary>The W3C validator over the pages as the browser received them, plus the form with its errors.</summary>
    private static async Task AssertValidHtmlAsync(IPage page, IEnumerable<string> paths, string formWithErrors)
    {
        var folder = Directory.CreateTempSubdirectory("transitionlab-own-case-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "form-with-errors.html"), formWithErrors);
        var n = 0;
        foreach (var path in paths)
        {
            var response = await page.GotoAsync(path);
            await File.WriteAllTextAsync(Path.Combine(folder, $"page-{n++}.html"), await response!.TextAsync());
        }
        var errors = await HtmlValidator.ValidateAsync(folder);
        Assert.True(errors.Count == 0, $"{errors.Count} validator errors:\n{string.Join("\n", errors.Take(15))}");
    }

    [GeneratedRegex(@"^/cursus/casussen/[0-9a-f-]{36}/$")]
    private static partial Regex CasePath();
}
