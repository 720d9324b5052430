using TransitionLab.Api.Keys;
using TransitionLab.Api.Store;
using TransitionLab.Core.Catalogue;

namespace TransitionLab.Api.Demo;

/// <summary>The demo frontrunner key printed at start-up.</summary>
internal static class DemoKey
{
    public const string Label = "demo";

    /// <summary>
    /// Keys are stored hashed, so an old demo key cannot be shown again: each start revokes the previous
    /// demo key and prints a fresh one, so exactly one demo key works at a time.
    /// </summary>
    public static async Task<(string Slug, string Secret)?> RenewAsync(Database db, StoreWriter writer, ContentCatalogue catalogue, string keyId, DateTimeOffset now)
    {
        var slug = catalogue.Experiments is [var first, ..] ? first.Slug : null;
        if (slug is null) return null;
        var previous = db.Keys.Find(k => k.Label == Label && k.RevokedAt == null).Select(k => k.Id).ToArray();
        var issued = ApiKeys.Make(KeyRole.Frontrunner, [slug], null, now, Label);
        await writer.WriteAsync(new CreateKeyChange { ChangeId = Guid.NewGuid(), KeyId = keyId, At = now, Key = issued.Stored, Replaces = previous });
        return (slug, issued.Secret);
    }
}
