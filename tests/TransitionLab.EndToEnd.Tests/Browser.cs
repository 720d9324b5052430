using Microsoft.Playwright;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright. Never lets Playwright download a browser: a missing
/// Chromium fails the test with the command that installs it, so browser tests cannot pass by skipping.
/// </summary>
public static class Browser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium is missing at {ChromiumPath}: install it with 'sudo apt-get install chromium' (.ci/run does this).");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            // Chromium takes the order of a date field's parts (dd-mm-jjjj) from the system locale, not from --lang.
            Env = new Dictionary<string, string> { ["LANGUAGE"] = "nl", ["LC_ALL"] = "nl_NL.UTF-8", ["LANG"] = "nl_NL.UTF-8" },
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-quic",
                    // Dutch users see Dutch date fields (dd-mm-jjjj); the keyboard tests type dates in that order.
                    "--lang=nl-NL"],
        });
        return (playwright, browser);
    }
}
