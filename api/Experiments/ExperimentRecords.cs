using TransitionLab.Api.Store;

namespace TransitionLab.Api.Experiments;

/// <summary>
/// The stored experiments by exact slug, held in memory: every reflection, decision and experiment request looks
/// one up. The copy is forgotten whenever a committed change wrote experiments.
/// </summary>
public sealed class ExperimentRecords
{
    private readonly StoredLookup<StoredExperiment> _bySlug;

    /// <summary>Follows <paramref name="writer"/> from now on.</summary>
    public ExperimentRecords(Database db, StoreWriter writer)
    {
        _bySlug = new(db, d => d.Experiments.FindAll(), e => e.Id);
        writer.Applied += batch =>
        {
            if (batch.Any(c => c.Outcome is { Stored: true, ExperimentsWritten: true })) _bySlug.Changed();
        };
    }

    /// <summary>The experiment with exactly this slug (LiteDB's own id lookup ignores case), or <c>null</c>.</summary>
    public StoredExperiment? Find(string slug) => _bySlug.Find(slug);

    /// <summary>Every stored experiment, content and drafts, by slug. Treat the records as read-only: they are shared.</summary>
    public IReadOnlyDictionary<string, StoredExperiment> BySlug() => _bySlug.All;
}
