using System.Runtime.CompilerServices;
using LiteDB;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Keys;

/// <summary>Where API keys live in the store, with their in-memory copy for authentication.</summary>
public static class KeyStore
{
    extension(Database db)
    {
        /// <summary>API keys, by hash.</summary>
        public ILiteCollection<StoredKey> Keys => db.Collection<StoredKey>("keys");

        /// <summary>Every key by hash, held in memory for authentication; <see cref="ApiKeys"/> refreshes it on every change.</summary>
        internal StoredLookup<StoredKey> KeysByHash => db.Attached(d => new StoredLookup<StoredKey>(d, x => x.Keys.FindAll(), k => k.Hash));
    }

    [ModuleInitializer]
    internal static void Register()
    {
        StoreSchema.OnOpen(db => db.Keys.EnsureIndex(k => k.Hash, unique: true));
        StoreSchema.Change<CreateKeyChange>("key.create");
        StoreSchema.Change<RevokeKeyChange>("key.revoke");
    }
}
