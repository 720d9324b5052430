using System.Runtime.CompilerServices;
using LiteDB;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Areas;

/// <summary>Where areas' goal values live in the store, and the change they journal.</summary>
public static class AreaStore
{
    extension(Database db)
    {
        /// <summary>Values of areas' shared goals, one per goal and year; the id is <c>area/goal/year</c>.</summary>
        public ILiteCollection<StoredAreaValue> AreaValues => db.Collection<StoredAreaValue>("area_values");
    }

    [ModuleInitializer]
    internal static void Register() => StoreSchema.Change<SaveAreaValueChange>("area-value.save");
}
