using TransitionLab.Api.Keys;
using TransitionLab.Api.Store;
using TransitionLab.Core.Catalogue;

namespace TransitionLab.Api.Course.Reading;

/// <summary>Read marks for the JSON API and the site's forms alike: only a participant marks, and only for themselves.</summary>
public sealed class ModuleReads(Database db, StoreWriter writer, TimeProvider time)
{
    /// <summary>Marks <paramref name="module"/> read by <paramref name="caller"/> (or takes the mark back); the mark as it now stands, <c>null</c> when there is none.</summary>
    public async Task<StoredModuleRead?> MarkAsync(CourseModule module, Caller caller, bool read)
    {
        if (!caller.MayPractise) throw new InvalidOperationException("Only a participant marks a module read.");
        var outcome = await writer.WriteAsync(new MarkModuleReadChange
        {
            ChangeId = Guid.NewGuid(), KeyId = caller.KeyId, At = time.GetUtcNow(), Cohort = caller.Cohort!.Trim(), Module = module.Slug, Read = read,
        });
        return outcome.Written as StoredModuleRead;
    }

    /// <summary>The caller's mark on a module, or <c>null</c>.</summary>
    public StoredModuleRead? Mine(Caller caller, string module) => db.ModuleReads.FindById(StoredModuleRead.IdOf(caller.KeyId, module));
}
