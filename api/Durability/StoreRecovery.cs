using System.Text.Json;
using LiteDB;

namespace TransitionLab.Api.Durability;

/// <summary>
/// The start-up procedure that makes a LiteDB file and its journal agree and puts both on disk, to be run
/// before the application opens either.
/// </summary>
/// <remarks>
/// LiteDB 5 acknowledges a commit before its log is forced to disk and does not fsync its data file at a
/// checkpoint (LiteDB issue 2818), so after a power loss the store may miss acknowledged writes. The journal
/// has them all; this procedure puts them back and only then lets the journal go.
/// </remarks>
public static class StoreRecovery
{
    /// <summary>
    /// Replays the journal at <paramref name="journalPath"/> into the LiteDB file at <paramref name="databasePath"/>,
    /// flushes the store to disk and empties the journal.
    /// </summary>
    /// <param name="databasePath">The LiteDB data file; created if missing.</param>
    /// <param name="journalPath">The journal; a missing one counts as empty.</param>
    /// <param name="replay">
    /// Applies one entry. It must be idempotent (upsert by id and keep the higher revision): an entry may already
    /// be in the store, and a crash during this procedure replays the same journal again.
    /// </param>
    /// <param name="json">The serializer options the journal was written with.</param>
    /// <param name="mapper">The mapper the application opens the store with; LiteDB's global one when null.</param>
    public static StoreRecoveryReport Recover<T>(string databasePath, string journalPath, Action<LiteDatabase, T> replay, JsonSerializerOptions? json = null, BsonMapper? mapper = null)
    {
        ArgumentNullException.ThrowIfNull(replay);
        string dataFile = Path.GetFullPath(databasePath);
        JournalContents<T> journal = JournalFile.ReadAll<T>(journalPath, json);

        // Until the journal is emptied at the very end, a crash anywhere below loses nothing: the next start
        // reads the same journal and replays it again, and replaying is idempotent.
        using (var database = new LiteDatabase(new ConnectionString { Filename = dataFile, Connection = ConnectionType.Direct }, mapper))
        {
            // Opening has already applied LiteDB's own log; one transaction keeps the replay to one log write.
            database.BeginTrans();
            foreach (T entry in journal.Entries)
            {
                replay(database, entry);
            }
            database.Commit();

            // Moves every page from the log into the data file, so the data file alone holds the store.
            database.Checkpoint();
        }

        // LiteDB wrote the data file without forcing it to disk and, on dispose, removed its log: both are
        // forced here with our own handles, the data file's contents first and then the directory that
        // records the log's removal (and the data file's name if it was just created).
        Fsync.File(dataFile);
        string logFile = LogFileOf(dataFile);
        if (File.Exists(logFile))
        {
            Fsync.File(logFile);
        }
        Fsync.Directory(Path.GetDirectoryName(dataFile)!);

        // Only now is every journal entry durable in the store, so the journal may forget them.
        JournalFile.Truncate(journalPath);
        return new StoreRecoveryReport(journal.Entries.Count, journal.DiscardedBytes);
    }

    /// <summary>LiteDB 5 keeps its write-ahead log next to the data file as <c>name-log.ext</c>.</summary>
    internal static string LogFileOf(string dataFile) =>
        Path.Combine(Path.GetDirectoryName(dataFile)!, Path.GetFileNameWithoutExtension(dataFile) + "-log" + Path.GetExtension(dataFile));
}

/// <summary>What <see cref="StoreRecovery.Recover{T}"/> did.</summary>
/// <param name="ReplayedEntries">How many journal entries were applied to the store.</param>
/// <param name="DiscardedJournalBytes">How many bytes of a torn or corrupt journal tail were ignored.</param>
public sealed record StoreRecoveryReport(int ReplayedEntries, long DiscardedJournalBytes);
