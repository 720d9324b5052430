using System.Collections.Frozen;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Experiments;

/// <summary>
/// The stored experiments by exact slug, held in memory: every reflection, decision and experiment request looks
/// one up, and a LiteDB query per request cost more than the rest of a GET. Whoever writes the experiments
/// collection calls <see cref="Changed"/> after committing; the next lookup reads the collection again.
/// </summary>
public sealed class ExperimentRecords(Database db)
{
    private readonly Lock _gate = new();
    private FrozenDictionary<string, StoredExperiment>? _bySlug;
    private long _version;

    /// <summary>The experiment with exactly this slug (LiteDB's own id lookup ignores case), or <c>null</c>.</summary>
    public StoredExperiment? Find(string slug) => BySlug().GetValueOrDefault(slug);

    /// <summary>Every stored experiment, content and drafts, by slug. Treat the records as read-only: they are shared.</summary>
    public IReadOnlyDictionary<string, StoredExperiment> BySlug()
    {
        if (Volatile.Read(ref _bySlug) is { } current) return current;
        long version;
        lock (_gate) version = _version;
        var loaded = db.Experiments.FindAll().ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        // A write that committed while this read ran has moved the version on: keep this read for this call only.
        lock (_gate)
        {
            if (_version == version) _bySlug = loaded;
        }
        return loaded;
    }

    /// <summary>Forgets what is held; call after committing a write to the experiments collection.</summary>
    public void Changed()
    {
        lock (_gate)
        {
            _version++;
            _bySlug = null;
        }
    }
}
