using System.Runtime.CompilerServices;
using LiteDB;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Course.AgendaDrafts;

/// <summary>Where practice drafts of agenda items live in the store, the change they journal and their indexes.</summary>
public static class AgendaDraftStore
{
    extension(Database db)
    {
        /// <summary>Course exercises: kept apart from the transition agenda so they are never public.</summary>
        public ILiteCollection<StoredAgendaDraft> AgendaDrafts => db.Collection<StoredAgendaDraft>("agenda_drafts");
    }

    [ModuleInitializer]
    internal static void Register()
    {
        StoreSchema.Change<CreateAgendaDraftChange>("agenda-draft.create");
        StoreSchema.OnOpen(db =>
        {
            db.AgendaDrafts.EnsureIndex(d => d.ParticipantKeyId);
            db.AgendaDrafts.EnsureIndex(d => d.Module);
        });
    }
}
