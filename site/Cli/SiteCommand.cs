using System.Diagnostics;
using TransitionLab.Core.Content;
using TransitionLab.Core.Snapshots;
using TransitionLab.Core.Verdicts;
using TransitionLab.Site.Generation;

namespace TransitionLab.Site.Cli;

/// <summary>The command-line tool: <c>build</c> writes the site once, <c>serve</c> builds, serves and rebuilds on change.</summary>
internal static class SiteCommand
{
    public const int Ok = 0;
    public const int ContentProblems = 1;
    public const int BadUsage = 2;

    /// <summary>Runs the command line; returns the process exit code.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        CliOptions options;
        try
        {
            options = CliOptions.Parse(args, Directory.GetCurrentDirectory());
        }
        catch (CliException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}\n{CliOptions.Usage}");
            return BadUsage;
        }

        return options.Command == "serve"
            ? await SiteServer.RunAsync(options, stdout, stderr, cancellationToken)
            : await BuildOnceAsync(options, stdout, stderr, cancellationToken);
    }

    /// <summary>Validates the content and reads the snapshot; only when both are fine, builds the site.</summary>
    public static async Task<int> BuildOnceAsync(CliOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var loaded = ContentLoader.Load(options.ContentFolder);
        var loadTime = clock.Elapsed;
        if (!loaded.IsValid)
        {
            foreach (var problem in loaded.Problems) await stderr.WriteLineAsync(problem.ToString());
            await stderr.WriteLineAsync($"{loaded.Problems.Count} problem{(loaded.Problems.Count == 1 ? "" : "s")} in {options.ContentFolder}; nothing was written");
            return ContentProblems;
        }

        PlatformSnapshot snapshot;
        try
        {
            snapshot = await SnapshotSource.LoadAsync(options, cancellationToken);
        }
        catch (SnapshotException e)
        {
            await stderr.WriteLineAsync($"error: {e.Message}; nothing was written");
            return ContentProblems;
        }
        var timelines = ReflectionTimelines.From(snapshot.Reflections);
        var snapshotTime = clock.Elapsed - loadTime;

        var input = new SiteInput(loaded.Catalogue, timelines, snapshot.Decisions,
            new SiteOptions { BaseUrl = options.BaseUrl, ApiBaseUrl = options.ApiBaseUrl })
            { Agenda = snapshot.Agenda, AreaValues = snapshot.AreaValues };
        var report = await SiteGenerator.BuildAsync(input, options.OutputFolder, cancellationToken);
        await stdout.WriteLineAsync($"built {report.Pages.Count} pages ({report.Files} files, {report.Unchanged} unchanged) into {report.OutputFolder} in {clock.Elapsed.TotalMilliseconds:0} ms");
        if (options.Timings)
        {
            BuildStep[] steps = [new("load", loadTime), new("snapshot", snapshotTime), .. report.Steps];
            foreach (var step in steps) await stdout.WriteLineAsync($"  {step.Name,-13} {step.Elapsed.TotalMilliseconds,8:0} ms");
        }
        return Ok;
    }
}
