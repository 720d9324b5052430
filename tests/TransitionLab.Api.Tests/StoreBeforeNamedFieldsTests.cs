using System.Net.Http.Json;
using System.Text.Json;
using LiteDB;
using TransitionLab.Api.Backup;
using TransitionLab.Api.Tests.Durability;
using TransitionLab.Core.Language;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Api.Tests;

/// <summary>
/// A store written before reflections kept their texts by name (Fixtures/store-before-named-fields: two reflections, one
/// corrected, and a practice reflection, filed through the API of that version) opens, restores from a backup and
/// imports from an export without losing a text, a result or a decision.
/// </summary>
public sealed class StoreBeforeNamedFieldsTests
{
    private static string Fixture => Path.Combine(AppContext.BaseDirectory, "Fixtures", "store-before-named-fields", "transitionlab.db");
    // The participant key the fixture's practice reflection was filed with.
    private const string ParticipantKey = "tl_nwEWFY7lrjxvC__DpoqISG2VfITjv3jnJ6CjrMeok8s";

    [Fact]
    public async Task Store_written_before_named_fields_opens_with_every_text_in_its_place()
    {
        using var folder = new ScratchFolder();
        File.Copy(Fixture, folder.Database);
        await AssertEveryTextKept(folder.Path);
    }

    [Fact]
    public async Task Backup_made_before_named_fields_restores_with_every_text_in_its_place()
    {
        using var folder = new ScratchFolder();
        var output = new StringWriter();
        Assert.True(StoreCommand.Run(["restore", Fixture, "--data", folder.Path], output, output) == 0, output.ToString());
        await AssertEveryTextKept(folder.Path);
    }

    [Fact]
    public async Task Export_made_before_named_fields_imports_with_every_text_in_its_place()
    {
        using var folder = new ScratchFolder();
        // The export wrote documents as stored, so an export of the old store carries the old shape.
        var export = folder.File("export.json");
        using (var db = new LiteDatabase($"Filename={Fixture};ReadOnly=true"))
        {
            var collections = new BsonDocument();
            foreach (var name in db.GetCollectionNames().Where(n => !n.StartsWith('$'))) collections[name] = new BsonArray(db.GetCollection(name).FindAll());
            File.WriteAllText(export, LiteDB.JsonSerializer.Serialize(new BsonDocument { ["format"] = StoreExport.Format, ["version"] = 1, ["collections"] = collections }));
        }
        var data = folder.File("data");
        var output = new StringWriter();
        Assert.True(StoreCommand.Run(["import", export, "--data", data], output, output) == 0, output.ToString());
        await AssertEveryTextKept(data);
    }

    private static async Task AssertEveryTextKept(string dataFolder)
    {
        var (revisions, practice) = OldTexts();
        Assert.Equal(3, revisions.Count);
        Assert.Contains("Wij geloven (cyclus 1, verbeterd)", revisions.Values.SelectMany(t => t));
        using var api = new ApiFactory(dataFolder: dataFolder);
        var client = api.CreateClient();
        foreach (var id in revisions.Keys.Select(k => k.Id).Distinct())
        {
            var stored = await client.GetFromJsonAsync<JsonElement>($"/api/reflections/{id}/revisions");
            foreach (var revision in stored.EnumerateArray())
                Assert.Equal(revisions[(id, revision.GetProperty("revision").GetInt32())], Read(revision));
        }
        var mine = await api.ClientWith(ParticipantKey).GetFromJsonAsync<JsonElement>("/api/course/practice-reflections/mine");
        Assert.Equal(practice, Read(Assert.Single(mine.EnumerateArray().ToArray()).GetProperty("reflection")));
    }

    private static string[] Read(JsonElement r)
    {
        string At(string part, string field) => r.GetProperty(part).GetProperty(field).GetString()!;
        return
        [
            At("hypothesis", "weBelieve"), At("hypothesis", "toVerify"), At("hypothesis", "weMeasure"), At("hypothesis", "weAreRightIf"), At("hypothesis", "result"),
            At("loop", "observed"), At("loop", "learned"), At("loop", "therefore"), At("loop", "decision"),
            At("lessons", "challenges"), At("lessons", "conditionsForSuccess"), At("lessons", "replication"), At("lessons", "lessonsLearned"),
        ];
    }

    /// <summary>Every revision's texts and the practice reflection's, read from the old file as it lies, in <see cref="Read"/>'s order.</summary>
    private static (Dictionary<(Guid Id, int Revision), string[]> Revisions, string[] Practice) OldTexts()
    {
        using var db = new LiteDatabase($"Filename={Fixture};ReadOnly=true");
        string Code<T>(BsonValue v) where T : struct, Enum => Enum.Parse<T>(v.AsString).ToCode();
        string[] Of(BsonDocument d) =>
        [
            .. d["Hypothesis"].AsArray.Select(t => t.AsString), Code<HypothesisResult>(d["Result"]),
            .. d["Loop"].AsArray.Select(t => t.AsString), Code<LoopDecision>(d["Decision"]),
            .. d["Lessons"].AsArray.Select(t => t.AsString),
        ];
        var revisions = db.GetCollection("reflection_revisions").FindAll().ToDictionary(d => (d["ReflectionId"].AsGuid, d["Revision"].AsInt32), Of);
        var practice = Of(db.GetCollection("practiceReflections").FindAll().Single()["Reflection"].AsDocument);
        return (revisions, practice);
    }
}
