using System.Runtime.CompilerServices;
using TransitionLab.Api.Reflections;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Course;

/// <summary>What the store must know about practice reflections' documents: how older shapes migrate.</summary>
internal static class PracticeStore
{
    [ModuleInitializer]
    internal static void Register() =>
        // A practice reflection carries a reflection in the same stored shape, so it migrates with it.
        StoreSchema.Migration("practice-texts-by-name", db =>
            StoredReflectionShape.NameTexts(db.Lite.GetCollection(db.PracticeReflections.Name),
                doc => doc[nameof(StoredPracticeReflection.Reflection)] is { IsDocument: true } r ? r.AsDocument : null));
}
