using TransitionLab.Api.Experiments;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Course.Cases;

/// <summary>
/// The rules of own cases for the JSON API and the site's forms alike: a participant registers one for their
/// cohort; the cohort's participants and its teacher read it; nobody else does.
/// </summary>
public sealed class OwnCases(Database db, ImportedCatalogue catalogue, StoreWriter writer, TimeProvider time)
{
    /// <summary>Checks and stores a case; the errors are keyed by the request's JSON paths.</summary>
    public async Task<(StoredOwnCase? Case, IReadOnlyDictionary<string, string[]> Errors)> CreateAsync(OwnCaseRequest request, Caller caller)
    {
        if (OwnCaseRules.Validate(request, catalogue.Current) is { Count: > 0 } errors) return (null, errors);
        var now = time.GetUtcNow();
        var stored = request.ToStored(Guid.CreateVersion7(now), caller.Cohort!.Trim(), caller.KeyId, now);
        await writer.WriteAsync(new CreateOwnCaseChange { ChangeId = Guid.NewGuid(), KeyId = caller.KeyId, At = now, Case = stored });
        return (stored, new Dictionary<string, string[]>());
    }

    /// <summary>The case with this id, or <c>null</c>.</summary>
    public StoredOwnCase? Find(Guid id) => db.CourseCases.FindById(id);

    /// <summary>The cases of the caller's cohort, newest first.</summary>
    public IReadOnlyList<StoredOwnCase> OfCohort(Caller caller) =>
        db.CourseCases.FindAll().Where(c => caller.InCohort(c.Cohort)).OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id).ToArray();
}
