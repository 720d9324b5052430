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
    public static (string Slug, string Secret)? Renew(Database db, ContentCatalogue catalogue, DateTimeOffset now)
    {
        var slug = catalogue.Experiments.FirstOrDefault()?.Slug;
        if (slug is null) return null;
        return db.InTransaction(() =>
        {
            foreach (var old in db.Keys.Find(k => k.Label == Label && k.RevokedAt == null).ToArray()) ApiKeys.Revoke(db, old.Id, now);
            var issued = ApiKeys.Issue(db, KeyRole.Frontrunner, [slug], null, now, Label);
            return ((string Slug, string Secret)?)(slug, issued.Secret);
        });
    }
}
