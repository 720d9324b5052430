using TransitionLab.Api.Decisions;
using TransitionLab.Api.Reflections;
using TransitionLab.Api.Store;
using TransitionLab.Core.Snapshots;

namespace TransitionLab.Api.Site;

/// <summary>
/// Everything public the store holds, frozen in one snapshot: what the served site is built from and
/// what a standalone static build downloads. Practice reflections of the course are not public and
/// are never part of it.
/// </summary>
public sealed class PlatformRecords(Database db, TimeProvider time)
{
    /// <summary>Every reflection revision and every decision, as of now.</summary>
    public PlatformSnapshot Snapshot() => new()
    {
        Reflections = db.ReflectionRevisions.FindAll().Select(r => r.ToDomain()).ToArray(),
        Decisions = db.Decisions.FindAll().Select(d => d.ToDomain()).ToArray(),
        ExportedAt = time.GetUtcNow(),
    };
}
