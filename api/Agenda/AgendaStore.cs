using System.Runtime.CompilerServices;
using LiteDB;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Agenda;

/// <summary>Where handled agenda items live in the store and the change that saves them.</summary>
public static class AgendaStore
{
    extension(Database db)
    {
        /// <summary>Transition agenda items a steward handled; proposals nobody handled yet are computed, not stored.</summary>
        public ILiteCollection<StoredAgendaItem> Agenda => db.Collection<StoredAgendaItem>("agenda");
    }

    [ModuleInitializer]
    internal static void Register() => StoreSchema.Change<SaveAgendaChange>("agenda.save");
}
