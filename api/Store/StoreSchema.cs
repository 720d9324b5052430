using LiteDB;

namespace TransitionLab.Api.Store;

/// <summary>
/// What the features tell the store about the shape of their documents: one-time migrations from an older shape.
/// Features register from a module initializer, which runs before any store of this assembly can be opened, so
/// the store needs to know none of them.
/// </summary>
public static class StoreSchema
{
    private const string MigrationsDone = "schema_migrations";
    private static readonly List<(string Id, Action<Database> Migrate)> Migrations = [];

    /// <summary>
    /// Runs <paramref name="migrate"/> once per store, the first time it opens after the migration was registered, and
    /// again after an import brought in documents from an export. It must leave a document already in the new shape
    /// as it is; <paramref name="id"/> is stored in the file and must never change.
    /// </summary>
    public static void Migration(string id, Action<Database> migrate)
    {
        lock (Migrations) Migrations.Add((id, migrate));
    }

    /// <summary>Whether collection <paramref name="name"/> describes the store rather than holding its data (left out of exports).</summary>
    public static bool IsBookkeeping(string name) => name == MigrationsDone;

    /// <summary>
    /// Runs the migrations this store has not had yet, or every one when <paramref name="all"/> (after an import, whose
    /// documents may have any older shape). Runs in the caller's transaction when there is one, else in its own.
    /// </summary>
    internal static void Migrate(Database db, bool all)
    {
        (string Id, Action<Database> Migrate)[] migrations;
        lock (Migrations) migrations = [.. Migrations];
        var done = db.Lite.GetCollection(MigrationsDone);
        var own = db.Lite.BeginTrans();
        try
        {
            foreach (var (id, migrate) in migrations)
            {
                if (!all && done.FindById(id) is not null) continue;
                migrate(db);
                done.Upsert(new BsonDocument { ["_id"] = id, ["at"] = DateTime.UtcNow });
            }
            if (own) db.Lite.Commit();
        }
        catch
        {
            if (own) db.Lite.Rollback();
            throw;
        }
    }
}
