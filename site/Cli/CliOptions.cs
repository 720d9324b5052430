using System.Globalization;
using TransitionLab.Core.Content;

namespace TransitionLab.Site.Cli;

/// <summary>The command line, parsed: which command and its folders and addresses.</summary>
internal sealed record CliOptions(string Command, string ContentFolder, string OutputFolder, Uri BaseUrl, string ApiBaseUrl, int Port,
    string? SnapshotFile = null, bool Timings = false)
{
    public const string Usage = """
        usage: site build [--content <dir>] [--out <dir>] [--snapshot <file.json>] [--api <url>] [--base-url <url>] [--timings]
               site serve [--content <dir>] [--out <dir>] [--snapshot <file.json>] [--api <url>] [--port 5080]

          --snapshot <file.json>  reflections and decisions from a platform snapshot (the JSON the API serves at /api/snapshot)
          --api <url>             the API: reflection forms post to it and, without --snapshot, the build fetches <url>/api/snapshot
                                  (exit 1 when that fails); with neither, the site is built without reflections
          --timings               print the time of each build step (load, verdicts, plan, render+write, files, commit)
        """;

    private static readonly Dictionary<string, string[]> FlagsByCommand = new()
    {
        ["build"] = ["--content", "--out", "--snapshot", "--api", "--base-url", "--timings"],
        ["serve"] = ["--content", "--out", "--snapshot", "--api", "--base-url", "--port"],
    };

    // Switches take no value; every other option does.
    private static readonly string[] Switches = ["--timings"];

    /// <summary>Parses <paramref name="args"/>; throws <see cref="CliException"/> with a message fit for the user.</summary>
    public static CliOptions Parse(IReadOnlyList<string> args, string workingDirectory)
    {
        if (args.Count == 0) throw new CliException("no command given");
        var command = args[0];
        if (!FlagsByCommand.TryGetValue(command, out var allowed)) throw new CliException($"unknown command '{command}'");

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i++)
        {
            var flag = args[i];
            if (!allowed.Contains(flag)) throw new CliException($"unknown option '{flag}' for '{command}'");
            if (Switches.Contains(flag))
            {
                values[flag] = "";
                continue;
            }
            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                throw new CliException($"option '{flag}' needs a value");
            values[flag] = args[++i];
        }

        var port = 5080;
        if (values.TryGetValue("--port", out var portText) && (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
            throw new CliException($"--port must be a number from 1 to 65535, found '{portText}'");

        var content = Path.GetFullPath(values.GetValueOrDefault("--content") ?? ContentDefaults.FindContentFolder(workingDirectory), workingDirectory);
        // The default output sits under the repository root (the content folder's parent), which .gitignore covers.
        var output = Path.GetFullPath(values.GetValueOrDefault("--out")
                                      ?? Path.Combine(Path.GetDirectoryName(ContentDefaults.FindContentFolder(workingDirectory))!, "out", "site"), workingDirectory);
        var baseUrl = ParseUrl(values.GetValueOrDefault("--base-url") ?? $"http://localhost:{port}/", "--base-url");
        var api = values.TryGetValue("--api", out var apiText) ? ParseUrl(apiText, "--api").ToString().TrimEnd('/') : "";
        var snapshot = values.TryGetValue("--snapshot", out var snapshotText) ? Path.GetFullPath(snapshotText, workingDirectory) : null;
        return new CliOptions(command, content, output, baseUrl, api, port, snapshot, values.ContainsKey("--timings"));
    }

    private static Uri ParseUrl(string text, string flag)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            throw new CliException($"{flag} must be an absolute http(s) address, found '{text}'");
        // A base without a trailing slash would make relative resolution drop its last segment.
        return url.AbsolutePath.EndsWith('/') ? url : new Uri(url + "/");
    }
}

/// <summary>Bad command-line input; the message says what was wrong.</summary>
internal sealed class CliException(string message) : Exception(message);
