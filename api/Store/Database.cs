using System.Collections.Concurrent;
using LiteDB;
using LiteDB.Engine;
using TransitionLab.Api.Durability;

namespace TransitionLab.Api.Store;

/// <summary>
/// The API's single LiteDB file. Features name their own collections (extension properties next to their stored
/// types) and register their indexes, migrations and kinds of change with <see cref="StoreSchema"/>.
/// </summary>
public sealed class Database : IDisposable
{
    private readonly LiteDatabase _db;
    private readonly FileStream? _processLock;
    private readonly DeferredFsyncStream? _dataFile;
    private readonly DeferredFsyncStream? _logFile;
    private readonly ConcurrentDictionary<Type, object> _attached = new();

    /// <summary>Opens (or creates) the database, migrates documents stored in an older shape and makes sure every index exists.</summary>
    public Database(LiteDatabase db) : this(db, null, null, null) { }

    private Database(LiteDatabase db, FileStream? processLock, DeferredFsyncStream? dataFile, DeferredFsyncStream? logFile)
    {
        _db = db;
        _processLock = processLock;
        _dataFile = dataFile;
        _logFile = logFile;
        StoreSchema.Prepare(this);
    }

    /// <summary>
    /// Opens the file named by <paramref name="options"/>, creating its folder. The journal left by a crash is
    /// replayed first (<see cref="StoreRecovery"/>), so every acknowledged write is in the store that opens.
    /// </summary>
    public static Database Open(StoreOptions options) => Open(options, out _);

    /// <inheritdoc cref="Open(StoreOptions)"/>
    public static Database Open(StoreOptions options, out StoreRecoveryReport recovery)
    {
        Directory.CreateDirectory(options.DataFolder);
        // LiteDB's direct mode assumes one process per file, and on Linux nothing stops a second one
        // (the keys command next to a running API). An exclusive lock file makes the second one fail clearly.
        var processLock = new FileStream(options.FilePath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        DeferredFsyncStream? data = null, log = null;
        try
        {
            recovery = StoreRecovery.Recover<StoreChange>(options.FilePath, options.JournalPath, Replay, StoreChange.Json, CreateMapper());
            data = DeferredFsyncStream.Open(options.FilePath);
            log = DeferredFsyncStream.Open(StoreRecovery.LogFileOf(options.FilePath));
            var engine = new LiteEngine(new EngineSettings { DataStream = data, LogStream = log });
            return new Database(new LiteDatabase(engine, CreateMapper()), processLock, data, log);
        }
        catch
        {
            log?.Dispose();
            data?.Dispose();
            processLock.Dispose();
            throw;
        }
    }

    // Recovery hands over its own LiteDatabase; one wrapper per recovery keeps index checks to one round.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LiteDatabase, Database> Replaying = [];

    private static void Replay(LiteDatabase db, StoreChange change) => change.Replay(Replaying.GetValue(db, d => new Database(d)));

    /// <summary>
    /// LiteDB's default mapper trims strings and stores "" as null, which would change what people
    /// wrote; this one keeps text exactly as given.
    /// </summary>
    public static BsonMapper CreateMapper() => new() { TrimWhitespace = false, EmptyStringToNull = false };

    /// <summary>The collection <paramref name="name"/>; names are snake_case.</summary>
    public ILiteCollection<T> Collection<T>(string name) => _db.GetCollection<T>(name);

    /// <summary>
    /// State a feature keeps with this store (an in-memory copy, a cache), made on first use, one per type. When it
    /// implements <see cref="IForgetsOnRollback"/> it is told of every failed transaction.
    /// </summary>
    public T Attached<T>(Func<Database, T> create) where T : class => (T)_attached.GetOrAdd(typeof(T), _ => create(this));

    /// <summary>Makes all attached state forget, after documents were written around the features (an import).</summary>
    public void Forget()
    {
        foreach (var state in _attached.Values.OfType<IForgetsOnRollback>()) state.Forget();
    }

    /// <summary>
    /// Every document of <paramref name="collection"/> in the order of its keys, read by queries of at most
    /// <paramref name="batchSize"/> documents each. <paramref name="keyOf"/> gives a document's <c>_id</c>.
    /// </summary>
    /// <remarks>
    /// A LiteDB query keeps every page it reads until it ends (up to 100,000 pages of 8 KB), and the page cache it
    /// grows for them is never given back. One query over the 200,000 reflections of a national store left 800 MB
    /// of cache behind for the life of the process; batches of separate queries reuse a few thousand pages.
    /// Run it inside <see cref="Exclusive{T}"/> when no write may land between two batches.
    /// </remarks>
    public IEnumerable<T> ReadAll<T>(ILiteCollection<T> collection, Func<T, BsonValue> keyOf, int batchSize = 1000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var after = BsonValue.MinValue;
        while (true)
        {
            var batch = collection.Query().Where(Query.GT("_id", after)).OrderBy("_id").Limit(batchSize).ToList();
            foreach (var document in batch) yield return document;
            if (batch.Count < batchSize) yield break;
            after = keyOf(batch[^1]);
        }
    }

    /// <summary>Journaled changes that reached the store, so a replay skips them.</summary>
    public ILiteCollection<AppliedChange> AppliedChanges => _db.GetCollection<AppliedChange>("applied_changes");
    /// <summary>Idempotency-Keys with the result they produced.</summary>
    public ILiteCollection<StoredIdempotency> Idempotency => _db.GetCollection<StoredIdempotency>("idempotency");

    /// <summary>The underlying LiteDB database, for export and backup.</summary>
    internal LiteDatabase Lite => _db;

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction: all of it is stored, or none. The commit is forced to
    /// disk before this returns, unless <paramref name="flushToDisk"/> is false because the journal already
    /// holds the write.
    /// </summary>
    public T InTransaction<T>(Func<T> work, bool flushToDisk = true)
    {
        lock (_db)
        {
            _db.BeginTrans();
            try
            {
                var result = work();
                _db.Commit();
                if (flushToDisk) _logFile?.FlushToDisk();
                return result;
            }
            catch
            {
                _db.Rollback();
                // What was read or worked out inside the failed transaction may hold what it wrote.
                Forget();
                throw;
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> while no transaction can commit (transactions may run inside it: the lock is
    /// re-entrant). Keeps an in-memory mirror's first read of the store from interleaving with a write it follows.
    /// </summary>
    public T Exclusive<T>(Func<T> work)
    {
        lock (_db) return work();
    }

    /// <summary>
    /// Forces what LiteDB has handed to the operating system so far onto the device, without stopping writes
    /// (the file handles need no lock for it); a <see cref="Checkpoint"/> right after has little left to force.
    /// </summary>
    public void FlushToDisk()
    {
        _dataFile?.FlushToDisk();
        _logFile?.FlushToDisk();
    }

    /// <summary>
    /// Moves LiteDB's log into its data file and forces both onto the device, with no write in between; then
    /// runs <paramref name="whileQuiet"/> (a backup copies the file here). After this the data file alone holds
    /// every commit so far.
    /// </summary>
    public void Checkpoint(Action<string>? whileQuiet = null)
    {
        lock (_db)
        {
            _db.Checkpoint();
            FlushToDisk();
            whileQuiet?.Invoke(_dataFile?.Path ?? "");
        }
    }

    /// <summary>
    /// Writes a consistent copy of the data file to <paramref name="destination"/>: LiteDB's log is moved into
    /// the data file first, and no write can run until the copy is done.
    /// </summary>
    /// <exception cref="NotSupportedException">The database was not opened from a file by <see cref="Open(StoreOptions)"/>.</exception>
    public void CopyTo(Stream destination)
    {
        if (_dataFile is null) throw new NotSupportedException("Only a store opened from its file can be copied.");
        lock (_db)
        {
            Checkpoint();
            _dataFile.CopyFileTo(destination);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            // LiteDB checkpoints on dispose; what it wrote is forced to disk before the files close.
            _db.Dispose();
            FlushToDisk();
        }
        finally
        {
            _logFile?.Dispose();
            _dataFile?.Dispose();
            _processLock?.Dispose();
        }
    }
}

/// <summary>State attached to a <see cref="Database"/> that derives from what is stored and must not outlive a failed write.</summary>
public interface IForgetsOnRollback
{
    /// <summary>Drops whatever a rolled-back transaction may have added.</summary>
    void Forget();
}
