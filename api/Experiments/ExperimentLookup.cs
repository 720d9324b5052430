using TransitionLab.Api.Experiments;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Experiments;

/// <summary>
/// The one way to find a stored experiment: by exact slug, from an in-memory copy (every reflection, decision and
/// experiment request looks one up). LiteDB's own id lookup ignores case, so <c>db.Experiments.FindById</c> is not
/// used for it; every write of an experiment goes through <see cref="SaveExperiment"/>, which forgets the copy.
/// </summary>
public static class ExperimentLookup
{
    /// <summary>The experiment with exactly this slug (ordinal), or <c>null</c>.</summary>
    public static StoredExperiment? FindExperiment(this Database db, string slug) => db.ExperimentsBySlug.Find(slug);

    /// <summary>Stores <paramref name="experiment"/>; call inside the write's transaction, so no lookup after it misses it.</summary>
    public static void SaveExperiment(this Database db, StoredExperiment experiment)
    {
        db.Experiments.Upsert(experiment);
        db.ExperimentsBySlug.Forget();
    }
}

/// <summary>The stored experiments for request handlers, through <see cref="ExperimentLookup"/>.</summary>
public sealed class StoredExperiments(Database db)
{
    /// <summary>The experiment with exactly this slug, or <c>null</c>; see <see cref="ExperimentLookup.FindExperiment"/>.</summary>
    public StoredExperiment? Find(string slug) => db.FindExperiment(slug);

    /// <summary>Every stored experiment, content and drafts, by slug. Treat the records as read-only: they are shared.</summary>
    public IReadOnlyDictionary<string, StoredExperiment> BySlug() => db.ExperimentsBySlug.All;

    /// <summary>From now on, holds the bodies the stored experiments share with <paramref name="catalogue"/> once.</summary>
    public void ShareBodiesWith(Core.Catalogue.ContentCatalogue catalogue)
    {
        db.CatalogueBodies.Remember(catalogue);
        // A copy read before holds its own bodies; the next lookup reads one that shares them.
        db.ExperimentsBySlug.Forget();
    }
}
