using System.Runtime.CompilerServices;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Reflections;

/// <summary>What the store must know about reflections' documents: how older shapes migrate.</summary>
internal static class ReflectionStore
{
    [ModuleInitializer]
    internal static void Register() =>
        StoreSchema.Migration("reflection-texts-by-name", db =>
            StoredReflectionShape.NameTexts(db.Lite.GetCollection(db.ReflectionRevisions.Name), doc => doc));
}
