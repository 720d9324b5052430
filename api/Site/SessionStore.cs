using System.Runtime.CompilerServices;
using LiteDB;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Site;

/// <summary>Where signed-in browsers live in the store, and their index.</summary>
public static class SessionStore
{
    extension(Database db)
    {
        /// <summary>Signed-in browsers, by the hash of their session id (<see cref="SessionTickets"/>).</summary>
        public ILiteCollection<StoredSession> Sessions => db.Collection<StoredSession>("sessions");
    }

    [ModuleInitializer]
    internal static void Register() => StoreSchema.OnOpen(db => db.Sessions.EnsureIndex(s => s.ExpiresAt));
}
