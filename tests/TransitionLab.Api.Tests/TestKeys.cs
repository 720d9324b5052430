using TransitionLab.Api.Keys;
using TransitionLab.Api.Store;
using TransitionLab.Core.Decisions;

namespace TransitionLab.Api.Tests;

/// <summary>
/// Keys a test starts with, put straight into its store. Seeding, not a write under test: the product itself creates
/// keys only through <see cref="CreateKeyChange"/> (journaled and audited), which the key endpoints' tests exercise.
/// </summary>
internal static class TestKeys
{
    /// <summary>Stores a new key (see <see cref="ApiKeys.Make"/> for the parameters) and returns it with its secret.</summary>
    public static IssuedKey Issue(Database db, KeyRole role, IReadOnlyList<string> experiments, string? municipality, DateTimeOffset now, string label = "",
        string? cohort = null, StewardScope? scope = null)
    {
        var issued = ApiKeys.Make(role, experiments, municipality, now, label, cohort, scope: scope);
        db.Keys.Insert(issued.Stored);
        db.KeysByHash.Forget();
        return issued;
    }
}
