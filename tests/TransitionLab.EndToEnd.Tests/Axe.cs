using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>WCAG 2.1 AA, the legal floor for Dutch government sites, checked by axe on a page as it stands.</summary>
public static class Axe
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>Fails with each violation's rule, impact and first places when axe finds any on <paramref name="page"/>.</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string where)
    {
        var found = (await page.RunAxe(Wcag21AA)).Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}").ToArray();
        Assert.True(found.Length == 0, $"{where}: {found.Length} WCAG 2.1 AA violations:\n{string.Join("\n", found)}");
    }
}
