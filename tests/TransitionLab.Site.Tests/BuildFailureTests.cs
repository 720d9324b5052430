using TransitionLab.Site.Cli;

namespace TransitionLab.Site.Tests;

/// <summary>The command line refuses bad content and bad input without touching a previous build.</summary>
public sealed class BuildFailureTests
{
    [Fact]
    public async Task Bad_content_fails_the_build_names_every_problem_and_leaves_the_previous_output_untouched()
    {
        using var temp = new TempFolder();
        var output = temp.File("site");
        var good = await RunAsync("build", "--content", Repository.Fixture("site"), "--out", output);
        Assert.Equal(0, good.ExitCode);
        var before = Snapshot(output);

        var bad = await RunAsync("build", "--content", Repository.Fixture("bad"), "--out", output);

        Assert.Equal(1, bad.ExitCode);
        var lines = bad.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("experiments/wrong-date.md:9: ", StringComparison.Ordinal) && l.Contains("2024-02-30"));
        Assert.Contains(lines, l => l.StartsWith("experiments/unknown-theme.md:7: ", StringComparison.Ordinal) && l.Contains("'armoede'"));
        Assert.Contains(lines, l => l.StartsWith("experiments/zz-duplicate-slug.md:3: ", StringComparison.Ordinal) && l.Contains("komt twee keer voor"));
        Assert.Contains("3 problems", bad.Stderr);
        Assert.Equal(before, Snapshot(output));
        Assert.Equal(["site"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Bad_content_with_no_previous_output_writes_nothing()
    {
        using var temp = new TempFolder();
        var result = await RunAsync("build", "--content", Repository.Fixture("bad"), "--out", temp.File("site"));
        Assert.Equal(1, result.ExitCode);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public async Task Rebuilding_replaces_the_output_and_leaves_no_temporary_folders()
    {
        using var temp = new TempFolder();
        var output = temp.File("site");
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, "stale.html"), "old");

        var result = await RunAsync("build", "--content", Repository.Fixture("site"), "--out", output);

        Assert.Equal(0, result.ExitCode);
        Assert.False(File.Exists(Path.Combine(output, "stale.html")));
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.Equal(["site"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("build", "--colour", "red")]
    [InlineData("build", "--out")]
    [InlineData("build", "--content", "--out", "x")]
    [InlineData("publish")]
    [InlineData("serve", "--port", "eighty")]
    [InlineData("build", "--base-url", "not a url")]
    public async Task Bad_command_line_input_exits_with_2_and_says_what_is_wrong(params string[] args)
    {
        var result = await RunAsync(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", result.Stderr);
        Assert.Contains("usage:", result.Stderr);
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await SiteCommand.RunAsync(args, stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllText);
}
