using System.Runtime.CompilerServices;
using LiteDB;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Decisions;

/// <summary>Where steward decisions live in the store, the changes they journal and their index.</summary>
public static class DecisionStore
{
    extension(Database db)
    {
        /// <summary>Steward decisions.</summary>
        public ILiteCollection<StoredDecision> Decisions => db.Collection<StoredDecision>("decisions");
    }

    [ModuleInitializer]
    internal static void Register()
    {
        StoreSchema.Change<CreateDecisionChange>("decision.create");
        StoreSchema.Change<UpdateDecisionChange>("decision.update");
        StoreSchema.OnOpen(db => db.Decisions.EnsureIndex(d => d.ExperimentSlug));
    }
}
