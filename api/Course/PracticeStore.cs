using System.Runtime.CompilerServices;
using LiteDB;
using TransitionLab.Api.Reflections;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Course;

/// <summary>Where practice reflections live in the store, the change they journal, their indexes and migrations.</summary>
public static class PracticeStore
{
    extension(Database db)
    {
        /// <summary>Course exercises: kept apart from the reflections so they never reach a verdict, export or public list.</summary>
        public ILiteCollection<StoredPracticeReflection> PracticeReflections => db.Collection<StoredPracticeReflection>("practice_reflections");
    }

    [ModuleInitializer]
    internal static void Register()
    {
        StoreSchema.Change<CreatePracticeReflectionChange>("practice-reflection.create");
        StoreSchema.Renamed("practiceReflections", "practice_reflections");
        // A practice reflection carries a reflection in the same stored shape, so it migrates with it.
        StoreSchema.Migration("practice-texts-by-name", db =>
            StoredReflectionShape.NameTexts(db.Collection<BsonDocument>(db.PracticeReflections.Name),
                doc => doc[nameof(StoredPracticeReflection.Reflection)] is { IsDocument: true } r ? r.AsDocument : null));
        StoreSchema.OnOpen(db =>
        {
            db.PracticeReflections.EnsureIndex(p => p.ParticipantKeyId);
            db.PracticeReflections.EnsureIndex(p => p.Module);
        });
    }
}
