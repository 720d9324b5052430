using System.Runtime.CompilerServices;
using LiteDB;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Reflections;

/// <summary>Where reflections live in the store, the changes they journal, their indexes and migrations.</summary>
public static class ReflectionStore
{
    extension(Database db)
    {
        /// <summary>One row per reflection: its creation order (the cursor) and its latest revision.</summary>
        public ILiteCollection<StoredReflectionHead> ReflectionHeads => db.Collection<StoredReflectionHead>("reflection_heads");

        /// <summary>Every revision of every reflection; never updated, never deleted.</summary>
        public ILiteCollection<StoredReflection> ReflectionRevisions => db.Collection<StoredReflection>("reflection_revisions");

        /// <summary>
        /// Per experiment, the earliest report of each barrier and question; used and kept only inside write
        /// transactions (which hold the lock), dropped whenever one fails.
        /// </summary>
        internal FirstSeenIndexes FirstSeen => db.Attached(_ => new FirstSeenIndexes());
    }

    [ModuleInitializer]
    internal static void Register()
    {
        StoreSchema.Change<CreateReflectionChange>("reflection.create");
        StoreSchema.Change<CorrectReflectionChange>("reflection.correct");
        StoreSchema.Migration("reflection-texts-by-name", db =>
            StoredReflectionShape.NameTexts(db.Collection<BsonDocument>(db.ReflectionRevisions.Name), doc => doc));
        StoreSchema.OnOpen(db =>
        {
            db.ReflectionHeads.EnsureIndex(h => h.ReflectionId, unique: true);
            db.ReflectionHeads.EnsureIndex(h => h.ExperimentSlug);
            // A revision's id starts with its reflection's id, so the _id index finds a reflection's revisions and
            // every revision written costs no second index. Stores made before this carried two such indexes.
            db.ReflectionRevisions.DropIndex(nameof(StoredReflection.ReflectionId));
            db.ReflectionRevisions.DropIndex(nameof(StoredReflection.ExperimentSlug));
        });
    }
}

/// <summary>The first-seen index of each experiment a write worked out; forgotten when a write fails.</summary>
internal sealed class FirstSeenIndexes() : Dictionary<string, FirstSeenIndex>(StringComparer.Ordinal), IForgetsOnRollback
{
    /// <inheritdoc />
    public void Forget() => Clear();
}
