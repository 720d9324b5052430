using TransitionLab.Api.Store;

namespace TransitionLab.Api.Intake;

/// <summary><c>content export --out DIR [--data DIR]</c>: the published registrations as content files.</summary>
public static class ContentCommand
{
    private const string Usage = "usage: content export --out <folder> [--data <folder>]";

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 2; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length || args[i][2..] is not ("out" or "data"))
            {
                error.WriteLine($"error: unexpected '{args[i]}'");
                error.WriteLine(Usage);
                return 2;
            }
            options[args[i][2..]] = args[i + 1];
        }
        if (args is not [_, "export", ..] || !options.TryGetValue("out", out var outFolder))
        {
            error.WriteLine(Usage);
            return 2;
        }
        try
        {
            var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Data"] = options.GetValueOrDefault("data") }).Build();
            using var db = Database.Open(StoreOptions.From(config));
            var folder = Path.Combine(outFolder, "experiments");
            Directory.CreateDirectory(folder);
            var files = ContentExport.Files(db);
            foreach (var (name, text) in files)
            {
                // Written whole under a temporary name first, so a file in the folder is never half written.
                var path = Path.Combine(folder, name);
                File.WriteAllText(path + ".partial", text, new System.Text.UTF8Encoding(false));
                File.Move(path + ".partial", path, overwrite: true);
            }
            output.WriteLine($"Wrote {files.Count} published experiment(s) to {folder}");
            return 0;
        }
        catch (IOException e)
        {
            error.WriteLine($"error: {e.Message} (is the API running on this store? stop it first)");
            return 1;
        }
    }
}
