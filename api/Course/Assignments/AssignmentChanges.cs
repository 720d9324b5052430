using TransitionLab.Api.Audit;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Course.Assignments;

/// <summary>
/// A saved draft or hand-in as journaled. Whether it starts a participant's work on the module or adds a version
/// to it is decided when applied, on the journal's single writer, so a replay gives the same version numbers.
/// </summary>
public sealed record SaveAssignmentChange : StoreChange
{
    /// <summary>Id for the work if this is the participant's first save in the module.</summary>
    public required Guid NewId { get; init; }
    /// <summary>Cohort of the participant.</summary>
    public required string Cohort { get; init; }
    /// <summary>Slug of the module.</summary>
    public required string Module { get; init; }
    /// <summary>The version to add; its number is set when applied.</summary>
    public required StoredAssignmentVersion Version { get; init; }
    /// <summary>Whether to share the work with the cohort.</summary>
    public bool Share { get; init; }

    /// <inheritdoc />
    protected override ChangeOutcome ApplyChange(Database db)
    {
        var current = db.Assignments.FindOne(a => a.ParticipantKeyId == KeyId && a.Module == Module);
        var version = new StoredAssignmentVersion
        {
            Number = (current?.Versions.Count ?? 0) + 1, SavedAt = Dates.ToStored(At), HandedIn = Version.HandedIn,
            CaseId = Version.CaseId, ExperimentSlug = Version.ExperimentSlug, Answers = Version.Answers,
        };
        var next = new StoredAssignment
        {
            Id = current?.Id ?? NewId, Cohort = current?.Cohort ?? Cohort, Module = Module, ParticipantKeyId = KeyId,
            Versions = [.. current?.Versions ?? [], version],
            SharedAt = current?.SharedAt ?? (Share ? Dates.ToStored(At) : null),
            Feedback = current?.Feedback ?? [], DoneAt = current?.DoneAt, DoneBy = current?.DoneBy,
        };
        db.Assignments.Upsert(next);
        db.AppendAudit(KeyId, At, version.HandedIn ? "course-assignment.hand-in" : "course-assignment.draft", $"{next.Id}/{version.Number}");
        if (Share && current?.SharedAt is null) db.AppendAudit(KeyId, At, "course-assignment.share", next.Id.ToString());
        return new ChangeOutcome(current is null ? ChangeStatus.Created : ChangeStatus.Updated, $"{next.Id}/{version.Number}", next);
    }
}

/// <summary>A comment on a hand-in as journaled; a teacher's may mark the hand-in done.</summary>
public sealed record FeedbackChange : StoreChange
{
    /// <summary>The hand-in commented on.</summary>
    public required Guid AssignmentId { get; init; }
    /// <summary>The comment; its version is the latest hand-in when applied.</summary>
    public required StoredFeedback Feedback { get; init; }
    /// <summary>Whether the teacher marks the hand-in done.</summary>
    public bool Done { get; init; }

    /// <inheritdoc />
    protected override ChangeOutcome ApplyChange(Database db)
    {
        if (db.Assignments.FindById(AssignmentId) is not { } current) return new ChangeOutcome(ChangeStatus.NotFound, AssignmentId.ToString());
        var handedIn = current.Versions.LastOrDefault(v => v.HandedIn)?.Number ?? 0;
        var feedback = new StoredFeedback
        {
            Id = Feedback.Id, KeyId = KeyId, ByTeacher = Feedback.ByTeacher, Version = handedIn, Text = Feedback.Text, At = Dates.ToStored(At),
        };
        var next = new StoredAssignment
        {
            Id = current.Id, Cohort = current.Cohort, Module = current.Module, ParticipantKeyId = current.ParticipantKeyId, Versions = current.Versions,
            SharedAt = current.SharedAt, Feedback = [.. current.Feedback, feedback],
            DoneAt = Done ? Dates.ToStored(At) : current.DoneAt, DoneBy = Done ? KeyId : current.DoneBy,
        };
        db.Assignments.Update(next);
        db.AppendAudit(KeyId, At, "course-assignment.feedback", $"{current.Id}/{feedback.Id}");
        if (Done) db.AppendAudit(KeyId, At, "course-assignment.done", current.Id.ToString());
        return new ChangeOutcome(ChangeStatus.Updated, current.Id.ToString(), next);
    }
}
