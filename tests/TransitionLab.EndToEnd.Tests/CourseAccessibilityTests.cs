using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>A module page carries its live cases and the practice form: it must meet WCAG 2.1 AA like the rest.</summary>
[Collection(ProductCollection.Name)]
public sealed class CourseAccessibilityTests(ProductFixture fixture)
{
    [Fact]
    public async Task Module_page_with_its_cases_and_practice_form_has_no_wcag_21_aa_violations()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/cursus/verdiepen-verbreden-opschalen/");
        Assert.Equal(1, await page.Locator("form[action$='/practice-reflections/form']").CountAsync());
        Assert.True(await page.Locator("article.case").CountAsync() > 0);

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var found = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}").ToArray();
        Assert.True(found.Length == 0, $"module page: {found.Length} WCAG 2.1 AA violations:\n{string.Join("\n", found)}");
    }
}
