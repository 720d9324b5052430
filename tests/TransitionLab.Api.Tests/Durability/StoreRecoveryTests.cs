using LiteDB;
using TransitionLab.Api.Durability;

namespace TransitionLab.Api.Tests.Durability;

public sealed class StoreRecoveryTests : IDisposable
{
    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>What the API does on replay: upsert by id, never let an older revision win.</summary>
    private static void Upsert(LiteDatabase database, JournaledReflection entry)
    {
        ILiteCollection<BsonDocument> reflections = database.GetCollection("reflections");
        BsonDocument? stored = reflections.FindById(entry.Id);
        if (stored is not null && stored["revision"].AsInt32 >= entry.Revision)
        {
            return;
        }
        reflections.Upsert(new BsonDocument
        {
            ["_id"] = entry.Id,
            ["revision"] = entry.Revision,
            ["observed"] = entry.Observed,
        });
    }

    [Fact]
    public async Task Journal_entries_end_up_in_the_store_and_the_journal_is_emptied()
    {
        await WriteJournalAsync(
            new JournaledReflection("r1", 1, "wachtlijst"),
            new JournaledReflection("r2", 1, "buurtteam"),
            new JournaledReflection("r1", 2, "wachtlijst korter"));

        StoreRecoveryReport report = StoreRecovery.Recover<JournaledReflection>(_folder.Database, _folder.Journal, Upsert);

        Assert.Equal(new StoreRecoveryReport(3, 0), report);
        Assert.Equal(0, new FileInfo(_folder.Journal).Length);
        Assert.False(File.Exists(StoreRecovery.LogFileOf(_folder.Database)), "the checkpoint should leave no LiteDB log behind");
        Assert.Equal([("r1", 2, "wachtlijst korter"), ("r2", 1, "buurtteam")], ReadStore());
    }

    [Fact]
    public async Task Replaying_the_same_journal_twice_yields_the_same_documents()
    {
        await WriteJournalAsync(
            new JournaledReflection("r1", 1, "wachtlijst"),
            new JournaledReflection("r1", 2, "wachtlijst korter"),
            new JournaledReflection("r2", 1, "buurtteam"));
        byte[] journalBeforeRecovery = await File.ReadAllBytesAsync(_folder.Journal);

        StoreRecovery.Recover<JournaledReflection>(_folder.Database, _folder.Journal, Upsert);
        var afterFirst = ReadStore();

        // A crash after the store was flushed but before the journal was emptied.
        await File.WriteAllBytesAsync(_folder.Journal, journalBeforeRecovery);
        StoreRecoveryReport second = StoreRecovery.Recover<JournaledReflection>(_folder.Database, _folder.Journal, Upsert);

        Assert.Equal(3, second.ReplayedEntries);
        Assert.Equal(afterFirst, ReadStore());
        Assert.Equal([("r1", 2, "wachtlijst korter"), ("r2", 1, "buurtteam")], afterFirst);
    }

    [Fact]
    public async Task A_torn_journal_tail_is_reported_and_the_whole_entries_are_replayed()
    {
        await WriteJournalAsync(new JournaledReflection("r1", 1, "wachtlijst"));
        await File.AppendAllTextAsync(_folder.Journal, "{\"seq\":2,\"crc");

        StoreRecoveryReport report = StoreRecovery.Recover<JournaledReflection>(_folder.Database, _folder.Journal, Upsert);

        Assert.Equal(new StoreRecoveryReport(1, "{\"seq\":2,\"crc".Length), report);
        Assert.Equal([("r1", 1, "wachtlijst")], ReadStore());
    }

    [Fact]
    public void Without_a_journal_the_store_is_opened_and_flushed_as_it_is()
    {
        StoreRecoveryReport report = StoreRecovery.Recover<JournaledReflection>(_folder.Database, _folder.Journal, Upsert);

        Assert.Equal(new StoreRecoveryReport(0, 0), report);
        Assert.True(File.Exists(_folder.Database));
        Assert.False(File.Exists(_folder.Journal));
    }

    private async Task WriteJournalAsync(params JournaledReflection[] entries)
    {
        await using var journal = DurableJournal<JournaledReflection>.Open(_folder.Journal);
        foreach (JournaledReflection entry in entries)
        {
            await journal.AppendAsync(entry);
        }
    }

    private List<(string Id, int Revision, string Observed)> ReadStore()
    {
        using var database = new LiteDatabase(new ConnectionString { Filename = _folder.Database, Connection = ConnectionType.Direct });
        return database.GetCollection("reflections").FindAll()
            .Select(document => (document["_id"].AsString, document["revision"].AsInt32, document["observed"].AsString))
            .OrderBy(document => document.Item1, StringComparer.Ordinal)
            .ToList();
    }
}
