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
    public async Task Experiment_page_with_its_reflection_form_has_no_wcag_21_aa_violations()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/experimenten/{fixture.DemoKey.Slug}/");
        Assert.Equal(1, await page.Locator("form[action$='/reflections/form']").CountAsync());
        AssertNoViolations("experiment page", await page.RunAxe(Wcag21AA));
    }

    private static void AssertNoViolations(string where, AxeResult result)
    {
        var found = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}").ToArray();
        Assert.True(found.Length == 0, $"{where}: {found.Length} WCAG 2.1 AA violations:\n{string.Join("\n", found)}");
    }
}
