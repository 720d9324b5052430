using System.Diagnostics;
using System.Text.Json;

namespace TransitionLab.Tests.Shared;

/// <summary>
/// The W3C Nu HTML Checker (vnu.jar), as a municipality's web team runs it. Needs Java and vnu.jar:
/// <c>.ci/install-validator</c> installs both; <c>VNU_JAR</c> names another jar.
/// </summary>
public static class HtmlValidator
{
    /// <summary>The validator's errors over every HTML file in <paramref name="folder"/>, as <c>file:line: message</c>.</summary>
    public static async Task<IReadOnlyList<string>> ValidateAsync(string folder)
    {
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-Xss8m", "-jar", Jar(), "--errors-only", "--format", "json", "--skip-non-html", folder }) start.ArgumentList.Add(arg);
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

    private static string Jar()
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
