using TransitionLab.Api.Store;

namespace TransitionLab.Api.Experiments;

/// <summary>
/// The stored experiments by exact slug, held in memory: every reflection, decision and experiment request looks
/// one up. Whoever writes the experiments collection calls <see cref="Changed"/> after committing.
/// </summary>
public sealed class ExperimentRecords(Database db)
{
    private readonly StoredLookup<StoredExperiment> _bySlug = new(db, d => d.Experiments.FindAll(), e => e.Id);

    /// <summary>The experiment with exactly this slug (LiteDB's own id lookup ignores case), or <c>null</c>.</summary>
    public StoredExperiment? Find(string slug) => _bySlug.Find(slug);

    /// <summary>Every stored experiment, content and drafts, by slug. Treat the records as read-only: they are shared.</summary>
    public IReadOnlyDictionary<string, StoredExperiment> BySlug() => _bySlug.All;

    /// <summary>Forgets what is held; call after committing a write to the experiments collection.</summary>
    public void Changed() => _bySlug.Changed();
}
