using System.Text;
using LiteDB;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Backup;

/// <summary>
/// Every collection of the store as one JSON document in LiteDB's extended JSON (dates, guids, decimals and
/// object ids keep their types), collections by name and documents by id, so the same store always gives the
/// same bytes and an import gives the same store.
/// </summary>
public static class StoreExport
{
    /// <summary>Marks the file as ours.</summary>
    public const string Format = "transitionlab-export";

    /// <summary>Writes the export of <paramref name="db"/>.</summary>
    public static void Write(Database db, TextWriter output)
    {
        var collections = new BsonDocument();
        foreach (var name in CollectionNames(db))
            collections[name] = new BsonArray(db.Lite.GetCollection(name).FindAll());
        var export = new BsonDocument { ["format"] = Format, ["version"] = 1, ["collections"] = collections };
        output.Write(LiteDB.JsonSerializer.Serialize(export, true));
        output.Write('\n');
    }

    /// <summary>The export as a string.</summary>
    public static string ToJson(Database db)
    {
        var text = new StringWriter(new StringBuilder());
        Write(db, text);
        return text.ToString();
    }

    /// <summary>
    /// Inserts every document of an export into <paramref name="db"/>, in one transaction forced to disk.
    /// Returns the number of documents, or throws <see cref="FormatException"/> naming what is wrong.
    /// </summary>
    public static int Import(Database db, TextReader input)
    {
        BsonValue parsed;
        try
        {
            parsed = LiteDB.JsonSerializer.Deserialize(input);
        }
        catch (LiteException e)
        {
            throw new FormatException($"not valid JSON: {e.Message}", e);
        }
        if (!parsed.IsDocument || parsed["format"] != Format || !parsed["collections"].IsDocument)
            throw new FormatException($"not a TransitionLab export (expected \"format\": \"{Format}\" and a \"collections\" object)");
        var collections = parsed["collections"].AsDocument;
        foreach (var (name, documents) in collections)
        {
            if (name.Length == 0 || !char.IsAsciiLetter(name[0]) || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')) throw new FormatException($"collection name '{name}' is not allowed");
            if (!documents.IsArray || documents.AsArray.Any(d => !d.IsDocument || d.AsDocument["_id"].IsNull))
                throw new FormatException($"collection '{name}' must be an array of documents that each have an _id");
        }
        return db.InTransaction(() =>
        {
            // Documents written around the features: whatever they hold in memory must be read again.
            db.Forget();
            var count = collections.Where(c => !StoreSchema.IsBookkeeping(c.Key))
                .Sum(c => db.Lite.GetCollection(c.Key).InsertBulk(c.Value.AsArray.Select(d => d.AsDocument)));
            // An export made by an older version holds its documents in that version's shape.
            StoreSchema.Migrate(db, all: true);
            return count;
        });
    }

    /// <summary>Whether the store holds any document at all.</summary>
    public static bool HasData(Database db) => CollectionNames(db).Any(name => db.Lite.GetCollection(name).Count() > 0);

    private static IEnumerable<string> CollectionNames(Database db) =>
        db.Lite.GetCollectionNames().Where(n => !n.StartsWith('$') && !StoreSchema.IsBookkeeping(n)).Order(StringComparer.Ordinal);
}
