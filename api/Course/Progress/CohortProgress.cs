using TransitionLab.Api.Course.Assignments;
using TransitionLab.Api.Course.Reading;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Store;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Course;

namespace TransitionLab.Api.Course.Progress;

/// <summary>
/// Progress through the course from what is stored: read marks, practice reflections, hand-ins, comments and the teacher's
/// "done". A participant sees their own row; the teacher every participant of the cohort, also those without work yet.
/// </summary>
public sealed class CohortProgress(Database db, ImportedCatalogue catalogue)
{
    /// <summary>The progress the caller may see: a teacher's whole cohort or a participant's own row.</summary>
    public CohortProgressTable For(Caller caller)
    {
        var cohort = caller.Cohort!.Trim();
        var modules = catalogue.Current.Modules.OrderBy(m => m.Order).ToArray();
        var keyIds = caller.IsTeacher
            ? db.Keys.Find(k => k.Role == KeyRole.Participant).Where(k => k.RevokedAt is null && k.Cohort is not null && caller.Teaches(k.Cohort)).Select(k => k.Id)
                .Concat(db.Assignments.FindAll().Where(a => caller.Teaches(a.Cohort)).Select(a => a.ParticipantKeyId))
                .Concat(db.PracticeReflections.FindAll().Where(p => caller.Teaches(p.Cohort)).Select(p => p.ParticipantKeyId))
                .Concat(db.ModuleReads.FindAll().Where(r => caller.Teaches(r.Cohort)).Select(r => r.ParticipantKeyId))
                .Distinct(StringComparer.Ordinal).ToArray()
            : [caller.KeyId];
        var rows = keyIds.Select(id => Row(id, modules)).OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.ParticipantKeyId).ToArray();
        return new CohortProgressTable(cohort, modules.Select(m => m.Slug).ToArray(), rows);
    }

    private ParticipantProgress Row(string keyId, IReadOnlyList<CourseModule> modules)
    {
        var practice = db.PracticeReflections.Find(p => p.ParticipantKeyId == keyId).GroupBy(p => p.Module).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var work = db.Assignments.Find(a => a.ParticipantKeyId == keyId).ToDictionary(a => a.Module, StringComparer.Ordinal);
        var read = db.ModuleReads.Find(r => r.ParticipantKeyId == keyId).ToDictionary(r => r.Module, r => (DateTimeOffset?)Dates.ToInstant(r.ReadAt), StringComparer.Ordinal);
        var name = db.Keys.FindById(keyId) is { Label.Length: > 0 } key ? key.Label : keyId;
        return new ParticipantProgress(keyId, name, modules.Select(m =>
        {
            var a = work.GetValueOrDefault(m.Slug);
            var handIn = a?.Versions.LastOrDefault(v => v.HandedIn);
            return new ModuleProgress(m.Slug, read.GetValueOrDefault(m.Slug), practice.GetValueOrDefault(m.Slug), a is { Versions.Count: > 0 },
                handIn is null ? null : Dates.ToInstant(handIn.SavedAt), a?.SharedAt is not null, a?.Feedback.Count ?? 0,
                a?.DoneAt is { } done ? Dates.ToInstant(done) : null);
        }).ToArray());
    }
}
