using TransitionLab.Api.Keys;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Course.Assignments;

/// <summary>The one place where hand-ins change shape.</summary>
public static class AssignmentMapping
{
    /// <summary>Stored → DTO as <paramref name="reader"/> may see it: drafts only for their author.</summary>
    public static AssignmentDto AsDto(this StoredAssignment a, Caller reader) => new(
        a.Id, a.Module, a.Cohort, a.ParticipantKeyId,
        a.Versions.Where(v => v.HandedIn || reader.KeyId == a.ParticipantKeyId)
            .Select(v => new AssignmentVersionDto(v.Number, Dates.ToInstant(v.SavedAt), v.HandedIn, v.CaseId, v.ExperimentSlug, v.Answers)).ToArray(),
        a.SharedAt is { } shared ? Dates.ToInstant(shared) : null,
        a.Feedback.Select(f => new FeedbackDto(f.Id, f.KeyId, f.ByTeacher, f.Version, f.Text, Dates.ToInstant(f.At))).ToArray(),
        a.DoneAt is { } done ? Dates.ToInstant(done) : null);
}
