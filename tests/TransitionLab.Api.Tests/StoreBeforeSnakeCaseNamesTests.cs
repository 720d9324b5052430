using System.Text.RegularExpressions;
using LiteDB;
using TransitionLab.Api.Backup;
using TransitionLab.Api.Store;
using TransitionLab.Api.Tests.Durability;

namespace TransitionLab.Api.Tests;

/// <summary>
/// Collection names are snake_case. A store, backup or export made while four course collections had camelCase names
/// (the fixture store of <see cref="StoreBeforeNamedFieldsTests"/>, with hand-ins, read marks and own cases added under
/// their old names) opens, restores or imports with every document under its new name and nothing left under the old.
/// </summary>
public sealed partial class StoreBeforeSnakeCaseNamesTests
{
    private static readonly (string Before, string Now)[] Renamed =
        [("practiceReflections", "practice_reflections"), ("courseAssignments", "course_assignments"), ("courseReads", "course_reads"), ("courseCases", "course_cases")];

    private static string Fixture => Path.Combine(AppContext.BaseDirectory, "Fixtures", "store-before-named-fields", "transitionlab.db");

    [Fact]
    public void Every_collection_the_api_names_is_snake_case()
    {
        var names = Directory.GetFiles(Path.Combine(Repository.Root, "api"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => CollectionName().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .ToArray();
        Assert.True(names.Length > 10, "no collection names found in api/");
        Assert.All(names, name => Assert.Matches("^[a-z]+(_[a-z]+)*$", name));
    }

    [Fact]
    public void Store_with_camelCase_collections_opens_with_every_document_under_its_new_name()
    {
        using var folder = new ScratchFolder();
        var before = OldStore(folder.Database);
        using var db = Database.Open(new StoreOptions(folder.Path));
        AssertMoved(db, before);
    }

    [Fact]
    public void Backup_with_camelCase_collections_restores_with_every_document_under_its_new_name()
    {
        using var folder = new ScratchFolder();
        var backup = folder.File("backup.db");
        var before = OldStore(backup);
        var data = folder.File("data");
        var output = new StringWriter();
        Assert.True(StoreCommand.Run(["restore", backup, "--data", data], output, output) == 0, output.ToString());
        using var db = Database.Open(new StoreOptions(data));
        AssertMoved(db, before);
    }

    [Fact]
    public void Export_with_camelCase_collections_imports_with_every_document_under_its_new_name()
    {
        using var folder = new ScratchFolder();
        var old = folder.File("old.db");
        var before = OldStore(old);
        // The export wrote collections under their stored names, so an export of the old store carries the old names.
        var export = folder.File("export.json");
        using (var lite = new LiteDatabase($"Filename={old};ReadOnly=true"))
        {
            var collections = new BsonDocument();
            foreach (var name in lite.GetCollectionNames().Where(n => !n.StartsWith('$'))) collections[name] = new BsonArray(lite.GetCollection(name).FindAll());
            File.WriteAllText(export, LiteDB.JsonSerializer.Serialize(new BsonDocument { ["format"] = StoreExport.Format, ["version"] = 1, ["collections"] = collections }));
        }
        var data = folder.File("data");
        var output = new StringWriter();
        Assert.True(StoreCommand.Run(["import", export, "--data", data], output, output) == 0, output.ToString());
        using var db = Database.Open(new StoreOptions(data));
        AssertMoved(db, before);
    }

    /// <summary>The fixture store plus two documents in each old collection it left empty; returns the ids per old name.</summary>
    private static Dictionary<string, BsonValue[]> OldStore(string path)
    {
        File.Copy(Fixture, path);
        using var lite = new LiteDatabase(path);
        foreach (var (old, _) in Renamed.Where(r => lite.GetCollection(r.Before).Count() == 0))
            lite.GetCollection(old).InsertBulk([new BsonDocument { ["_id"] = old + "-1", ["Text"] = "eerste" }, new BsonDocument { ["_id"] = old + "-2", ["Text"] = "tweede" }]);
        return Renamed.ToDictionary(r => r.Before, r => lite.GetCollection(r.Before).FindAll().Select(d => d["_id"]).OrderBy(id => id).ToArray());
    }

    private static void AssertMoved(Database db, Dictionary<string, BsonValue[]> before)
    {
        foreach (var (old, now) in Renamed)
        {
            Assert.False(db.Lite.CollectionExists(old), $"{old} is still there");
            Assert.NotEmpty(before[old]);
            Assert.Equal(before[old], db.Lite.GetCollection(now).FindAll().Select(d => d["_id"]).OrderBy(id => id).ToArray());
        }
    }

    // A collection named in a Database or LiteDatabase call: Collection<T>("name") or GetCollection<T>("name").
    [GeneratedRegex(@"Collection(?:<\w+>)?\(""(\w+)""\)")]
    private static partial Regex CollectionName();
}
