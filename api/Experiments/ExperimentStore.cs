using System.Runtime.CompilerServices;
using LiteDB;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Experiments;

/// <summary>Where experiments live in the store, the change they journal and their index.</summary>
public static class ExperimentStore
{
    extension(Database db)
    {
        /// <summary>
        /// Experiments from the content catalogue and drafts registered through the API; the id is the slug. Find one
        /// with <see cref="ExperimentLookup.FindExperiment"/> and store one with <see cref="ExperimentLookup.SaveExperiment"/>.
        /// </summary>
        public ILiteCollection<StoredExperiment> Experiments => db.Collection<StoredExperiment>("experiments");

        /// <summary>Every experiment by exact slug, held in memory; see <see cref="ExperimentLookup"/>.</summary>
        internal StoredLookup<StoredExperiment> ExperimentsBySlug =>
            db.Attached(d => new StoredLookup<StoredExperiment>(d,
                x => x.ReadAll(x.Experiments, e => e.Id).Select(x.CatalogueBodies.Share), e => e.Id));

        /// <summary>The imported catalogue's bodies, which the in-memory copy of the stored experiments shares.</summary>
        internal CatalogueBodies CatalogueBodies => db.Attached(_ => new CatalogueBodies());
    }

    [ModuleInitializer]
    internal static void Register()
    {
        StoreSchema.Change<ImportCatalogueChange>("catalogue.import");
        StoreSchema.OnOpen(db => db.Experiments.EnsureIndex(e => e.Source));
    }
}
