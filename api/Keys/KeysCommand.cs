using TransitionLab.Api.Experiments;
using TransitionLab.Api.Store;
using TransitionLab.Core.Decisions;
using TransitionLab.Core.Language;

namespace TransitionLab.Api.Keys;

/// <summary>
/// <c>keys create --role R [--experiment SLUG]… [--municipality NAME]… [--level municipality|region|national] [--region NAME] [--cohort NAME] [--label L] [--data DIR]</c>,
/// <c>keys list [--data DIR]</c>, <c>keys revoke ID [--data DIR]</c>.
/// </summary>
public static class KeysCommand
{
    /// <summary>The key id the audit log shows for what was done with this command.</summary>
    private const string KeyId = "cli";

    private const string Usage = """
        usage:
          keys create --role frontrunner --experiment <slug> [--experiment <slug>] [--data <folder>]
          keys create --role steward --municipality <name> [--data <folder>]
          keys create --role steward --level region --region <name> --municipality <name> --municipality <name> [...] [--data <folder>]
          keys create --role steward --level national [--data <folder>]
          keys create --role participant|teacher --cohort <name> [--data <folder>]
          keys create --role admin [--data <folder>]
          keys list [--data <folder>]
          keys revoke <id> [--data <folder>]
        """;

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        try
        {
            return RunCommand(args, output ?? Console.Out, error ?? Console.Error);
        }
        catch (IOException e)
        {
            // LiteDB opens the file exclusively, so a running API holds it.
            (error ?? Console.Error).WriteLine($"error: cannot open the store ({e.Message}); stop the running API or use POST /api/keys with an admin key");
            return 1;
        }
    }

    private static int RunCommand(string[] args, TextWriter output, TextWriter error)
    {
        string? Fail(string message) { error.WriteLine($"error: {message}"); error.WriteLine(Usage); return null; }

        var options = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var positional = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal)) { Fail($"{args[i]} needs a value"); return 2; }
                if (!options.TryGetValue(args[i][2..], out var list)) options[args[i][2..]] = list = [];
                list.Add(args[++i]);
            }
            else positional.Add(args[i]);
        }
        var known = new HashSet<string> { "role", "experiment", "municipality", "level", "region", "cohort", "label", "data" };
        if (options.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown) { Fail($"unknown option --{unknown}"); return 2; }

        var data = options.GetValueOrDefault("data")?.Last();
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Data"] = data }).Build();
        var store = StoreOptions.From(config);

        switch (positional.FirstOrDefault())
        {
            case "create" when positional.Count == 1:
            {
                var roleCode = options.GetValueOrDefault("role")?.Last();
                if (!EnumCode.TryParse<KeyRole>(roleCode, out var role))
                {
                    Fail(roleCode is null ? "--role is required" : $"unknown role '{roleCode}'; use one of: {string.Join(", ", EnumCode.All<KeyRole>())}");
                    return 2;
                }
                var experiments = options.GetValueOrDefault("experiment") ?? [];
                var municipalities = options.GetValueOrDefault("municipality") ?? [];
                var levelCode = options.GetValueOrDefault("level")?.Last();
                DecisionLevel? level = null;
                if (levelCode is not null)
                {
                    if (!EnumCode.TryParse<DecisionLevel>(levelCode, out var parsed)) { Fail($"unknown level '{levelCode}'; use one of: {string.Join(", ", EnumCode.All<DecisionLevel>())}"); return 2; }
                    level = parsed;
                }
                var region = options.GetValueOrDefault("region")?.Last();
                // A regional key names its municipalities with repeated --municipality; a municipal key has one.
                var municipality = level == DecisionLevel.Region ? null : municipalities.LastOrDefault();
                var cohort = options.GetValueOrDefault("cohort")?.Last()?.Trim();
                var label = options.GetValueOrDefault("label")?.Last()?.Trim() ?? "cli";
                var errors = KeyRules.Validate(role, experiments, municipality, cohort, level, region, municipalities, label);
                if (errors.Count > 0) { Fail(string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))); return 2; }
                using var db = Database.Open(store);
                var missing = experiments.Where(e => db.FindExperiment(e) is null).ToArray();
                var now = DateTimeOffset.UtcNow;
                var issued = ApiKeys.Make(role, experiments, municipality, now, label, cohort, scope: KeyRules.ScopeOf(role, municipality, level, region, municipalities));
                Write(db, store, new CreateKeyChange { ChangeId = Guid.NewGuid(), KeyId = KeyId, At = now, Key = issued.Stored });
                output.WriteLine($"Created {role.ToCode()} key {issued.Stored.Id} in {store.FilePath}");
                if (missing.Length > 0) output.WriteLine($"note: not (yet) in the store: {string.Join(", ", missing)}; a draft can be registered with this key");
                output.WriteLine("Key (shown once, stored only as a hash):");
                output.WriteLine(issued.Secret);
                return 0;
            }
            case "list" when positional.Count == 1:
            {
                using var db = Database.Open(store);
                foreach (var k in db.Keys.FindAll().OrderBy(k => k.CreatedAt))
                    output.WriteLine($"{k.Id}\t{k.Role.ToCode()}\t{string.Join(",", k.Experiments)}{ScopeText(k)}{k.Cohort}\t{(k.RevokedAt is null ? "active" : "revoked")}\t{k.Label}");
                return 0;
            }
            case "revoke" when positional.Count == 2:
            {
                using var db = Database.Open(store);
                var outcome = Write(db, store, new RevokeKeyChange { ChangeId = Guid.NewGuid(), KeyId = KeyId, At = DateTimeOffset.UtcNow, RevokedKeyId = positional[1] });
                if (!outcome.Stored) { Fail($"no key with id '{positional[1]}'"); return 1; }
                output.WriteLine($"Revoked {positional[1]}");
                return 0;
            }
            default:
                Fail(positional.Count == 0 ? "missing subcommand" : $"unknown or incomplete command '{string.Join(' ', positional)}'");
                return 2;
        }
    }

    /// <summary>
    /// Through the journal like every write of the running API, so a crash halfway leaves the store as the next start
    /// replays it; the checkpoint then empties the journal, as a clean stop of the API does.
    /// </summary>
    private static ChangeOutcome Write(Database db, StoreOptions store, StoreChange change)
    {
        using var writer = new StoreWriter(db, store);
        var outcome = writer.WriteAsync(change).GetAwaiter().GetResult();
        writer.CheckpointAsync().GetAwaiter().GetResult();
        return outcome;
    }

    private static string ScopeText(StoredKey k) => k.Role != KeyRole.Steward ? "" : k.Level switch
    {
        DecisionLevel.National => "national",
        DecisionLevel.Region => $"region {k.Region}: {string.Join(",", k.RegionMunicipalities)}",
        _ => k.Municipality ?? "",
    };
}
