using System.Net.Http.Headers;
using LiteDB;
using TransitionLab.Api.Durability;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Backup;

/// <summary>
/// <c>backup &lt;file&gt;</c>, <c>restore &lt;file&gt; [--force]</c>, <c>export &lt;file.json&gt;</c>, <c>import &lt;file.json&gt; [--force]</c>,
/// each with <c>[--data &lt;folder&gt;]</c>. Exit codes: 0 done, 1 refused or failed, 2 usage.
/// </summary>
public static class StoreCommand
{
    private const string Usage = """
        usage:
          backup <file> [--data <folder>] [--url <api url> --key <admin key>]
          restore <file> [--data <folder>] [--force]
          export <file.json> [--data <folder>]
          import <file.json> [--data <folder>] [--force]
        backup works on a stopped store, or through a running API with --url and an admin --key
        (or TRANSITIONLAB_ADMIN_KEY); restore and import need the API stopped.
        """;

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var force = false;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--force") force = true;
            else if (args[i] is "--data" or "--url" or "--key")
            {
                if (i + 1 >= args.Length) return Fail(error, $"{args[i]} needs a value", 2);
                options[args[i][2..]] = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal)) return Fail(error, $"unknown option {args[i]}", 2);
            else positional.Add(args[i]);
        }
        if (positional.Count != 1) return Fail(error, $"{args[0]} needs exactly one file", 2);
        var file = Path.GetFullPath(positional[0]);
        var store = StoreOptions.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Data"] = options.GetValueOrDefault("data") }).Build());

        if (args[0] is not ("backup" or "restore" or "export" or "import")) return Fail(error, $"unknown command '{args[0]}'", 2);
        if (!(args[0] == "backup" && options.ContainsKey("url")) && IsInUse(store))
            return Fail(error, $"the store in {store.DataFolder} is in use by a running API; stop it first" +
                (args[0] == "backup" ? ", or back up through it with --url <api url> --key <admin key>" : ""), 1);
        try
        {
            return args[0] switch
            {
                "backup" => Backup(store, file, options.GetValueOrDefault("url"), options.GetValueOrDefault("key") ?? Environment.GetEnvironmentVariable("TRANSITIONLAB_ADMIN_KEY"), output, error),
                "restore" => Restore(store, file, force, output, error),
                "export" => Export(store, file, output),
                "import" => Import(store, file, force, output, error),
                _ => Fail(error, $"unknown command '{args[0]}'", 2),
            };
        }
        catch (Exception e) when (e is IOException or HttpRequestException or UnauthorizedAccessException)
        {
            return Fail(error, e.Message, 1);
        }
    }

    private static int Backup(StoreOptions store, string file, string? url, string? key, TextWriter output, TextWriter error)
    {
        if (url is not null)
        {
            if (string.IsNullOrEmpty(key)) return Fail(error, "--url needs an admin --key (or TRANSITIONLAB_ADMIN_KEY)", 2);
            using var http = new HttpClient { BaseAddress = new Uri(url.TrimEnd('/') + "/"), Timeout = TimeSpan.FromMinutes(5) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var response = http.PostAsync("api/admin/backup", null).GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode) return Fail(error, $"the API answered {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}", 1);
            WriteDurably(file, s => response.Content.CopyToAsync(s).GetAwaiter().GetResult());
        }
        else
        {
            if (!File.Exists(store.FilePath)) return Fail(error, $"there is no store at {store.FilePath}", 1);
            using var db = Database.Open(store);
            WriteDurably(file, db.CopyTo);
        }
        var check = Inspect(file);
        if (check.Error is { } bad) return Fail(error, $"the copy at {file} does not open: {bad}", 1);
        output.WriteLine($"Backed up {check.Documents} documents to {file}");
        return 0;
    }

    private static int Restore(StoreOptions store, string file, bool force, TextWriter output, TextWriter error)
    {
        if (!File.Exists(file)) return Fail(error, $"there is no backup at {file}", 1);
        var check = Inspect(file);
        if (check.Error is { } bad) return Fail(error, $"{file} is not a TransitionLab store: {bad}", 1);
        if (File.Exists(store.FilePath))
        {
            using var current = Database.Open(store);
            if (StoreExport.HasData(current) && !force) return Fail(error, $"the store at {store.FilePath} holds data; add --force to replace it with {file}", 1);
        }

        Directory.CreateDirectory(store.DataFolder);
        // Held while the files are swapped, so no API or command opens the store halfway.
        using var processLock = new FileStream(store.FilePath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var incoming = store.FilePath + ".restore";
        WriteDurably(incoming, target => { using var source = File.OpenRead(file); source.CopyTo(target); });
        // The journal and LiteDB's log belong to the store being replaced; replaying them into the backup would mix two stores.
        JournalFile.Truncate(store.JournalPath);
        File.Delete(StoreRecovery.LogFileOf(store.FilePath));
        File.Move(incoming, store.FilePath, overwrite: true);
        Fsync.Directory(store.DataFolder);
        output.WriteLine($"Restored {check.Documents} documents from {file} into {store.FilePath}");
        return 0;
    }

    private static int Export(StoreOptions store, string file, TextWriter output)
    {
        using var db = Database.Open(store);
        var json = StoreExport.ToJson(db);
        WriteDurably(file, s => { using var writer = new StreamWriter(s, leaveOpen: true); writer.Write(json); });
        output.WriteLine($"Exported {store.FilePath} to {file}");
        return 0;
    }

    private static int Import(StoreOptions store, string file, bool force, TextWriter output, TextWriter error)
    {
        if (!File.Exists(file)) return Fail(error, $"there is no export at {file}", 1);
        using var db = Database.Open(store);
        if (StoreExport.HasData(db) && !force) return Fail(error, $"the store at {store.FilePath} already holds data; import into an empty store (or add --force to add to it)", 1);
        try
        {
            using var reader = File.OpenText(file);
            var count = StoreExport.Import(db, reader);
            output.WriteLine($"Imported {count} documents from {file} into {store.FilePath}");
            return 0;
        }
        catch (FormatException e)
        {
            return Fail(error, $"{file}: {e.Message}", 1);
        }
        catch (LiteException e)
        {
            return Fail(error, $"{file}: {e.Message}", 1);
        }
    }

    // Written next to the target, forced to disk and renamed, so a crash leaves the old file or the whole new one.
    private static void WriteDurably(string file, Action<Stream> write)
    {
        var folder = Path.GetDirectoryName(file)!;
        Directory.CreateDirectory(folder);
        var temporary = file + ".partial";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            write(stream);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, file, overwrite: true);
        Fsync.Directory(folder);
    }

    // Opens a copy read-only in a scratch folder, so checking never creates a log next to the user's file.
    private static (long Documents, string? Error) Inspect(string file)
    {
        var scratch = Directory.CreateTempSubdirectory("transitionlab-check-");
        try
        {
            var copy = Path.Combine(scratch.FullName, "check.db");
            File.Copy(file, copy);
            using var db = new LiteDatabase(new ConnectionString { Filename = copy, ReadOnly = true, Connection = ConnectionType.Direct });
            var names = db.GetCollectionNames().ToArray();
            if (!names.Contains("keys") && !names.Contains("experiments")) return (0, "it has no TransitionLab collections");
            return (names.Sum(n => (long)db.GetCollection(n).Count()), null);
        }
        catch (Exception e)
        {
            // Whatever LiteDB throws on a file that is not one of its own (format, cast, range, stream errors) means the same here.
            return (0, e.Message);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    // A running API holds the store's lock file exclusively (see Database.Open).
    private static bool IsInUse(StoreOptions store)
    {
        if (!File.Exists(store.FilePath + ".lock")) return false;
        try
        {
            using var probe = new FileStream(store.FilePath + ".lock", FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static int Fail(TextWriter error, string message, int code)
    {
        error.WriteLine($"error: {message}");
        if (code == 2) error.WriteLine(Usage);
        return code;
    }
}
