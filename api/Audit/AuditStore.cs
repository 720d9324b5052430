using System.Runtime.CompilerServices;
using LiteDB;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Audit;

/// <summary>Where the audit log lives in the store, the change that prunes it and its index.</summary>
public static class AuditStore
{
    extension(Database db)
    {
        /// <summary>Who wrote what, when.</summary>
        public ILiteCollection<AuditEntry> Audit => db.Collection<AuditEntry>("audit");
    }

    [ModuleInitializer]
    internal static void Register()
    {
        StoreSchema.Change<PruneAuditChange>("audit.prune");
        StoreSchema.OnOpen(db => db.Audit.EnsureIndex(a => a.At));
    }
}
