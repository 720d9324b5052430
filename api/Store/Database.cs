using LiteDB;
using TransitionLab.Api.Audit;
using TransitionLab.Api.Course;
using TransitionLab.Api.Decisions;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Reflections;

namespace TransitionLab.Api.Store;

/// <summary>The collections of the API's single LiteDB file, with an index for every query the API makes.</summary>
public sealed class Database : IDisposable
{
    private readonly LiteDatabase _db;
    private readonly FileStream? _processLock;

    /// <summary>Opens (or creates) the database and makes sure every index exists.</summary>
    public Database(LiteDatabase db) : this(db, null) { }

    private Database(LiteDatabase db, FileStream? processLock)
    {
        _db = db;
        _processLock = processLock;
        Experiments.EnsureIndex(e => e.Source);
        ReflectionHeads.EnsureIndex(h => h.ReflectionId, unique: true);
        ReflectionHeads.EnsureIndex(h => h.ExperimentSlug);
        ReflectionRevisions.EnsureIndex(r => r.ReflectionId);
        ReflectionRevisions.EnsureIndex(r => r.ExperimentSlug);
        Decisions.EnsureIndex(d => d.ExperimentSlug);
        Keys.EnsureIndex(k => k.Hash, unique: true);
        PracticeReflections.EnsureIndex(p => p.ParticipantKeyId);
        PracticeReflections.EnsureIndex(p => p.Module);
        Audit.EnsureIndex(a => a.At);
    }

    /// <summary>Opens the file named by <paramref name="options"/>, creating its folder.</summary>
    public static Database Open(StoreOptions options)
    {
        Directory.CreateDirectory(options.DataFolder);
        // LiteDB's direct mode assumes one process per file, and on Linux nothing stops a second one
        // (the keys command next to a running API). An exclusive lock file makes the second one fail clearly.
        var processLock = new FileStream(options.FilePath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        try
        {
            return new Database(new LiteDatabase(new ConnectionString { Filename = options.FilePath, Connection = ConnectionType.Direct }, CreateMapper()), processLock);
        }
        catch
        {
            processLock.Dispose();
            throw;
        }
    }

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
    /// <summary>API keys, by hash.</summary>
    public ILiteCollection<StoredKey> Keys => _db.GetCollection<StoredKey>("keys");
    /// <summary>Who wrote what, when.</summary>
    public ILiteCollection<AuditEntry> Audit => _db.GetCollection<AuditEntry>("audit");

    /// <summary>Runs <paramref name="work"/> in one transaction: all of it is stored, or none.</summary>
    public T InTransaction<T>(Func<T> work)
    {
        lock (_db)
        {
            _db.BeginTrans();
            try
            {
                var result = work();
                _db.Commit();
                return result;
            }
            catch
            {
                _db.Rollback();
                throw;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _db.Dispose();
        _processLock?.Dispose();
    }
}
