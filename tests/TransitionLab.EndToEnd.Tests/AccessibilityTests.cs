using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>WCAG 2.1 AA is the legal floor for Dutch government sites: axe must find no violation.</summary>
[Collection(ProductCollection.Name)]
public sealed class AccessibilityTests(ProductFixture fixture)
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Theory]
    [InlineData("/")]
    [InlineData("/experimenten/")]
    [InlineData("/wat-werkt/")]
    [InlineData("/pilots-in-gevaar/")]
    [InlineData("/belemmeringen/")]
    [InlineData("/aanmelden/")]
    public async Task Page_has_no_wcag_21_aa_violations(string path)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(path);
        AssertNoViolations(path, await page.RunAxe(Wcag21AA));
    }

    [Fact]
    public async Task Experiment_page_without_a_form_has_no_wcag_21_aa_violations()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/experimenten/{fixture.DemoKey.Slug}/");
        Assert.Equal(0, await page.Locator("form[action$='/reflections/form']").CountAsync());
        Assert.Equal(1, await page.Locator($"a[href$='/experimenten/{fixture.DemoKey.Slug}/reflectie/']").CountAsync());
        AssertNoViolations("experiment page", await page.RunAxe(Wcag21AA));
    }

    [Theory]
    [InlineData("/lessen/", 390)]
    [InlineData("/lessen/", 1280)]
    [InlineData("/lessen/thema/jeugd/", 390)]
    [InlineData("/experimenten/doorbraakfunctionaris-zaanstad/", 390)]
    [InlineData("/experimenten/doorbraakfunctionaris-zaanstad/", 1280)]
    [InlineData("/experimenten/doorbraakfunctionaris-zaanstad/blad/", 390)]
    [InlineData("/experimenten/doorbraakfunctionaris-zaanstad/blad/", 1280)]
    public async Task Learning_page_has_no_wcag_21_aa_violations(string path, int width)
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(width, 900);
        Assert.Equal(200, (await page.GotoAsync(path))!.Status);
        AssertNoViolations($"{path} at {width} px", await page.RunAxe(Wcag21AA));
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Prefilled_reflection_page_has_no_wcag_21_aa_violations(int width)
    {
        var (slug, key) = fixture.DemoKey;
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(width, 900);
        await page.GotoAsync($"/experimenten/{slug}/reflectie/");
        await page.GetByLabel("Koploperssleutel").FillAsync(key);
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(page.Locator("form[action$='/reflections/form']")).ToHaveCountAsync(1);
        AssertNoViolations($"reflection page at {width} px", await page.RunAxe(Wcag21AA));
    }

    private static void AssertNoViolations(string where, AxeResult result)
    {
        var found = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}").ToArray();
        Assert.True(found.Length == 0, $"{where}: {found.Length} WCAG 2.1 AA violations:\n{string.Join("\n", found)}");
    }
}
