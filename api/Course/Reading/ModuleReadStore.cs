using System.Runtime.CompilerServices;
using LiteDB;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Course.Reading;

/// <summary>Where read marks live in the store, the change they journal and their index.</summary>
public static class ModuleReadStore
{
    extension(Database db)
    {
        /// <summary>Which modules participants marked read; private to their cohort.</summary>
        public ILiteCollection<StoredModuleRead> ModuleReads => db.Collection<StoredModuleRead>("course_reads");
    }

    [ModuleInitializer]
    internal static void Register()
    {
        StoreSchema.Change<MarkModuleReadChange>("course-module.read");
        StoreSchema.Renamed("courseReads", "course_reads");
        StoreSchema.OnOpen(db => db.ModuleReads.EnsureIndex(r => r.ParticipantKeyId));
    }
}
