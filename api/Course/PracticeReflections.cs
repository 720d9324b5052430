using Microsoft.AspNetCore.Http.HttpResults;
using TransitionLab.Api.Audit;
using TransitionLab.Api.Course.Cases;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Problems;
using TransitionLab.Api.Reflections;
using TransitionLab.Api.Store;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Verdicts;

namespace TransitionLab.Api.Course;

/// <summary>
/// The rules of practice reflections, in one place for the JSON API and the site's HTML form: who may
/// file and read them, how they are checked and stored, and what a teacher compares.
/// </summary>
public static class PracticeReflections
{
    /// <summary>The module with this slug, or <c>null</c>.</summary>
    public static CourseModule? FindModule(ImportedCatalogue catalogue, string module) =>
        catalogue.Current.Modules.FirstOrDefault(m => string.Equals(m.Slug, module, StringComparison.Ordinal));

    /// <summary>
    /// Checks a participant's practice reflection like a frontrunner's (same rules, same personal-data
    /// guard) and stores it in its own collection through the journal; the problem says per field what is wrong.
    /// </summary>
    public static async Task<(StoredPracticeReflection? Stored, ProblemHttpResult? Problem)> FileAsync(
        Database db, StoreWriter writer, CourseModule module, PracticeReflectionRequest request, Caller caller, TimeProvider time)
    {
        if (Subject(db, module, request, caller) is not ({ } experiment, var caseId))
            return (null, ProblemWriter.Invalid(new Dictionary<string, string[]>
            {
                [request.CaseId is null ? "experimentSlug" : "caseId"] = [request.CaseId is null
                    ? $"Kies een experiment uit de catalogus, bijvoorbeeld een casus van deze module: {string.Join(", ", module.Cases)}."
                    : "Kies een eigen casus van uw groep."],
            }, "De oefenreflectie is niet opgeslagen; zie 'errors' per veld."));

        var now = time.GetUtcNow();
        // Time-ordered ids, like reflections': index inserts append instead of landing on a random page.
        var (reflection, missing) = request.ToDomain(Guid.CreateVersion7(now), experiment.Id);
        if (ReflectionsApi.Validate(reflection, missing, experiment, time) is { } invalid) return (null, invalid);

        var stored = (reflection with { Revision = 1, RecordedAt = Dates.AsStored(now), RecordedBy = caller.KeyId }).ToStored(module.Slug, caller.Cohort!.Trim(), caseId);
        await writer.WriteAsync(new CreatePracticeReflectionChange { ChangeId = Guid.NewGuid(), KeyId = caller.KeyId, At = now, Practice = stored });
        return (stored, null);
    }

    /// <summary>
    /// What is practised on: an own case of the participant's cohort (<see cref="PracticeReflectionRequest.CaseId"/>), else a
    /// catalogue experiment; <c>null</c> when neither is one the participant may practise on.
    /// </summary>
    private static (StoredExperiment Experiment, Guid? CaseId)? Subject(Database db, CourseModule module, PracticeReflectionRequest request, Caller caller)
    {
        if (request.CaseId is { } caseId)
            return db.CourseCases.FindById(caseId) is { } own && caller.InCohort(own.Cohort) ? (own.AsPracticeSubject(), caseId) : null;
        var slug = request.ExperimentSlug?.Trim();
        return !string.IsNullOrEmpty(slug) && db.FindExperiment(slug) is { Source: ExperimentMapping.ContentSource } experiment ? (experiment, null) : null;
    }

    /// <summary>A participant's own practice reflections, newest first; only those of <paramref name="module"/> when given.</summary>
    public static IReadOnlyList<StoredPracticeReflection> Mine(Database db, Caller caller, string? module = null) =>
        Newest(db.PracticeReflections.Find(p => p.ParticipantKeyId == caller.KeyId).Where(p => module is null || p.Module == module));

    /// <summary>The practice reflections of a teacher's cohort in a module, newest first.</summary>
    public static IReadOnlyList<StoredPracticeReflection> OfCohort(Database db, Caller caller, string module) =>
        Newest(db.PracticeReflections.Find(p => p.Module == module).Where(p => caller.Teaches(p.Cohort)));

    /// <summary>A teacher's cohort's practice reflections on one experiment in a module, next to the frontrunners' latest revisions.</summary>
    public static ComparisonDto Compare(Database db, StoredReflections records, Caller caller, string module, string experiment)
    {
        var frontrunners = ReflectionHistory.Latest(records.ForExperiment(experiment)).Select(r => r.AsComparisonRow(null)).ToArray();
        var practice = db.PracticeReflections.Find(p => p.Module == module && p.ExperimentSlug == experiment)
            .Where(p => caller.Teaches(p.Cohort))
            .OrderBy(p => p.RecordedAt).ThenBy(p => p.Id)
            .Select(p => p.Reflection.ToDomain().AsComparisonRow(p.ParticipantKeyId))
            .ToArray();
        return new ComparisonDto(module, caller.Cohort!.Trim(), experiment, frontrunners, practice);
    }

    private static StoredPracticeReflection[] Newest(IEnumerable<StoredPracticeReflection> items) =>
        items.OrderByDescending(p => p.RecordedAt).ThenBy(p => p.Id).ToArray();
}
