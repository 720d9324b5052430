using System.Text.Json.Serialization.Metadata;
using LiteDB;

namespace TransitionLab.Api.Store;

/// <summary>
/// What the features tell the store about themselves, so the store knows none of them: the kinds of change they
/// journal, what a store needs each time it opens (indexes) and one-time migrations from an older document shape.
/// Features register from a module initializer, which runs before any store of this assembly can be opened.
/// </summary>
public static class StoreSchema
{
    private const string MigrationsDone = "schema_migrations";
    private static readonly List<(string Id, Action<Database> Migrate)> Migrations = [];
    private static readonly List<Action<Database>> OpenSteps = [];
    private static readonly List<(Type Type, string Kind)> ChangeKinds = [];

    /// <summary>
    /// Journals <typeparamref name="TChange"/> under <paramref name="kind"/>, the journal's <c>change</c> discriminator.
    /// A kind once journaled keeps its name: journals written before must replay.
    /// </summary>
    public static void Change<TChange>(string kind) where TChange : StoreChange
    {
        lock (ChangeKinds) ChangeKinds.Add((typeof(TChange), kind));
    }

    /// <summary>Runs <paramref name="step"/> each time a store opens, after the migrations (make sure an index exists).</summary>
    public static void OnOpen(Action<Database> step)
    {
        lock (OpenSteps) OpenSteps.Add(step);
    }

    /// <summary>
    /// Runs <paramref name="migrate"/> once per store, the first time it opens after the migration was registered, and
    /// again after an import brought in documents from an export. It must leave a document already in the new shape
    /// as it is; <paramref name="id"/> is stored in the file and must never change.
    /// </summary>
    public static void Migration(string id, Action<Database> migrate)
    {
        lock (Migrations) Migrations.Add((id, migrate));
    }

    /// <summary>
    /// Moves every document of collection <paramref name="from"/> into <paramref name="to"/> once (a <see cref="Migration"/>),
    /// for a collection whose name changed. Register it before the collection's other migrations: they work on the new name.
    /// </summary>
    public static void Renamed(string from, string to)
    {
        // LiteDB renames or drops a collection only outside a transaction and a migration runs inside one, so the
        // documents move one by one and the emptied collection is dropped when a store opens.
        Migration($"collection-{from}-to-{to}", db =>
        {
            // Not CollectionExists: it misses a collection an import created in this same transaction.
            var source = db.Lite.GetCollection(from);
            var target = db.Lite.GetCollection(to);
            foreach (var document in source.FindAll()) target.Upsert(document);
            source.DeleteAll();
        });
        OnOpen(db =>
        {
            if (db.Lite.CollectionExists(from) && db.Lite.GetCollection(from).Count() == 0) db.Lite.DropCollection(from);
        });
    }

    /// <summary>Adds the registered kinds of change to the journal's serializer (a type-info modifier).</summary>
    internal static void AddChangeKinds(JsonTypeInfo info)
    {
        if (info.Type != typeof(StoreChange)) return;
        info.PolymorphismOptions = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = "change" };
        lock (ChangeKinds)
            foreach (var (type, kind) in ChangeKinds) info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type, kind));
    }

    /// <summary>Prepares a store that was just opened: pending migrations first, then the open steps.</summary>
    internal static void Prepare(Database db)
    {
        // Before anything reads a document through its type, which could not read an older shape.
        Migrate(db, all: false);
        Action<Database>[] steps;
        lock (OpenSteps) steps = [.. OpenSteps];
        foreach (var step in steps) step(db);
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
