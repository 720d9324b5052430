using LiteDB;
using LiteDB.Engine;
using TransitionLab.Api.Agenda;
using TransitionLab.Api.Areas;
using TransitionLab.Api.Audit;
using TransitionLab.Api.Course;
using TransitionLab.Api.Course.Assignments;
using TransitionLab.Api.Course.Cases;
using TransitionLab.Api.Course.Reading;
using TransitionLab.Api.Durability;
using TransitionLab.Api.Decisions;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Intake;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Reflections;

namespace TransitionLab.Api.Store;

/// <summary>The collections of the API's single LiteDB file, with an index for every query the API makes.</summary>
public sealed class Database : IDisposable
{
    private readonly LiteDatabase _db;
    private readonly FileStream? _processLock;
    private readonly DeferredFsyncStream? _dataFile;
    private readonly DeferredFsyncStream? _logFile;

    /// <summary>Opens (or creates) the database, migrates documents stored in an older shape and makes sure every index exists.</summary>
    public Database(LiteDatabase db) : this(db, null, null, null) { }

    private Database(LiteDatabase db, FileStream? processLock, DeferredFsyncStream? dataFile, DeferredFsyncStream? logFile)
    {
        _db = db;
        _processLock = processLock;
        _dataFile = dataFile;
        _logFile = logFile;
        // Before anything reads a document through its type, which could not read an older shape.
        StoreSchema.Migrate(this, all: false);
        KeysByHash = new StoredLookup<StoredKey>(this, d => d.Keys.FindAll(), k => k.Hash);
        ExperimentsBySlug = new StoredLookup<StoredExperiment>(this, d => d.Experiments.FindAll(), e => e.Id);
        Experiments.EnsureIndex(e => e.Source);
        ReflectionHeads.EnsureIndex(h => h.ReflectionId, unique: true);
        ReflectionHeads.EnsureIndex(h => h.ExperimentSlug);
        // A revision's id starts with its reflection's id, so the _id index finds a reflection's revisions and
        // every revision written costs no second index. Stores made before this carried two such indexes.
        ReflectionRevisions.DropIndex(nameof(StoredReflection.ReflectionId));
        ReflectionRevisions.DropIndex(nameof(StoredReflection.ExperimentSlug));
        Decisions.EnsureIndex(d => d.ExperimentSlug);
        Keys.EnsureIndex(k => k.Hash, unique: true);
        PracticeReflections.EnsureIndex(p => p.ParticipantKeyId);
        PracticeReflections.EnsureIndex(p => p.Module);
        Audit.EnsureIndex(a => a.At);
        Registrations.EnsureIndex(r => r.State);
        Sessions.EnsureIndex(s => s.ExpiresAt);
        Assignments.EnsureIndex(a => a.ParticipantKeyId);
        Assignments.EnsureIndex(a => a.Module);
        ModuleReads.EnsureIndex(r => r.ParticipantKeyId);
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

    /// <summary>Experiments from the content catalogue and drafts registered through the API; the id is the slug.</summary>
    public ILiteCollection<StoredExperiment> Experiments => _db.GetCollection<StoredExperiment>("experiments");
    /// <summary>One row per reflection: its creation order (the cursor) and its latest revision.</summary>
    public ILiteCollection<StoredReflectionHead> ReflectionHeads => _db.GetCollection<StoredReflectionHead>("reflection_heads");
    /// <summary>Every revision of every reflection; never updated, never deleted.</summary>
    public ILiteCollection<StoredReflection> ReflectionRevisions => _db.GetCollection<StoredReflection>("reflection_revisions");
    /// <summary>Steward decisions.</summary>
    public ILiteCollection<StoredDecision> Decisions => _db.GetCollection<StoredDecision>("decisions");
    /// <summary>Course exercises: kept apart from the reflections so they never reach a verdict, export or public list.</summary>
    public ILiteCollection<StoredPracticeReflection> PracticeReflections => _db.GetCollection<StoredPracticeReflection>("practiceReflections");
    /// <summary>Experiments registered through the intake, with their working copy and reviews; the id is the slug.</summary>
    public ILiteCollection<StoredRegistration> Registrations => _db.GetCollection<StoredRegistration>("registrations");
    /// <summary>Transition agenda items a steward handled; proposals nobody handled yet are computed, not stored.</summary>
    public ILiteCollection<StoredAgendaItem> Agenda => _db.GetCollection<StoredAgendaItem>("agenda");
    /// <summary>Values of areas' shared goals, one per goal and year; the id is <c>area/goal/year</c>.</summary>
    public ILiteCollection<StoredAreaValue> AreaValues => _db.GetCollection<StoredAreaValue>("area_values");
    /// <summary>Participants' own practice cases: private to their cohort, never part of the catalogue.</summary>
    public ILiteCollection<StoredOwnCase> CourseCases => _db.GetCollection<StoredOwnCase>("courseCases");
    /// <summary>Participants' hand-ins of the modules' exercises, with their versions and comments; private to their cohort.</summary>
    public ILiteCollection<StoredAssignment> Assignments => _db.GetCollection<StoredAssignment>("courseAssignments");
    /// <summary>Which modules participants marked read; private to their cohort.</summary>
    public ILiteCollection<StoredModuleRead> ModuleReads => _db.GetCollection<StoredModuleRead>("courseReads");
    /// <summary>API keys, by hash.</summary>
    public ILiteCollection<StoredKey> Keys => _db.GetCollection<StoredKey>("keys");
    /// <summary>Every key by hash, held in memory for authentication; <see cref="ApiKeys"/> refreshes it on every change.</summary>
    internal StoredLookup<StoredKey> KeysByHash { get; }
    /// <summary>Every experiment by exact slug, held in memory; see <see cref="ExperimentLookup"/>.</summary>
    internal StoredLookup<StoredExperiment> ExperimentsBySlug { get; }
    /// <summary>Who wrote what, when.</summary>
    public ILiteCollection<AuditEntry> Audit => _db.GetCollection<AuditEntry>("audit");
    /// <summary>Journaled changes that reached the store, so a replay skips them.</summary>
    public ILiteCollection<AppliedChange> AppliedChanges => _db.GetCollection<AppliedChange>("applied_changes");
    /// <summary>Signed-in browsers, by the hash of their session id (<see cref="Site.SessionTickets"/>).</summary>
    public ILiteCollection<Site.StoredSession> Sessions => _db.GetCollection<Site.StoredSession>("sessions");
    /// <summary>Idempotency-Keys with the result they produced.</summary>
    public ILiteCollection<StoredIdempotency> Idempotency => _db.GetCollection<StoredIdempotency>("idempotency");

    /// <summary>
    /// Per experiment, the earliest report of each barrier and question; used and kept only inside write
    /// transactions (which hold the lock), dropped whenever one fails.
    /// </summary>
    internal Dictionary<string, FirstSeenIndex> FirstSeen { get; } = new(StringComparer.Ordinal);

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
                FirstSeen.Clear();
                // A copy read inside the failed transaction may hold what it wrote.
                KeysByHash.Changed();
                ExperimentsBySlug.Changed();
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
