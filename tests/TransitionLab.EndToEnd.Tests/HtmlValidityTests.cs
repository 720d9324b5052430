using System.Diagnostics;
using System.Text.Json;

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

        var errors = await ValidateAsync(site);

        Assert.True(errors.Count == 0, $"{errors.Count} validator errors, e.g.:\n" + string.Join("\n", errors.Take(15)));
    }

    /// <summary>The validator's errors over every HTML file in <paramref name="folder"/>, as <c>file:line: message</c>.</summary>
    internal static async Task<IReadOnlyList<string>> ValidateAsync(string folder)
    {
        var jar = ValidatorJar();
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-Xss8m", "-jar", jar, "--errors-only", "--format", "json", "--skip-non-html", folder }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start java");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var report = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await stdout;
        // vnu writes its JSON report to standard error and exits 1 when it found errors.
        using var json = JsonDocument.Parse(report);
        return json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error" || m.TryGetProperty("subType", out var sub) && sub.GetString() == "fatal")
            .Select(m => $"{Path.GetRelativePath(folder, m.GetProperty("url").GetString()!.Replace("file:", "", StringComparison.Ordinal))}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToArray();
    }

    private static string ValidatorJar()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("VNU_JAR"),
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "transitionlab", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar"),
        };
        return candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(c))
            ?? throw new InvalidOperationException("vnu.jar not found: run .ci/install-validator (it installs npm vnu-jar and Java), or set VNU_JAR");
    }
}
