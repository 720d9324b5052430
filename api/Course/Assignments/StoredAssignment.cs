namespace TransitionLab.Api.Course.Assignments;

/// <summary>
/// A participant's work on one module's exercise, in its own collection <c>course_assignments</c>: every saved
/// version (drafts and dated hand-ins), whether it is shared with the cohort, and the comments it got.
/// </summary>
public sealed class StoredAssignment
{
    public Guid Id { get; init; }
    /// <summary>Cohort of the participant's key.</summary>
    public string Cohort { get; init; } = "";
    /// <summary>Slug of the course module.</summary>
    public string Module { get; init; } = "";
    /// <summary>Key id of the participant.</summary>
    public string ParticipantKeyId { get; init; } = "";
    /// <summary>Every saved version, oldest first; none is ever changed or removed.</summary>
    public List<StoredAssignmentVersion> Versions { get; init; } = [];
    /// <summary>When the participant shared it with the cohort; <c>null</c> while only the teacher sees its hand-ins.</summary>
    public DateTime? SharedAt { get; init; }
    /// <summary>Comments of peers and the teacher, oldest first.</summary>
    public List<StoredFeedback> Feedback { get; init; } = [];
    /// <summary>When the teacher marked it done.</summary>
    public DateTime? DoneAt { get; init; }
    /// <summary>Key id of the teacher who marked it done.</summary>
    public string? DoneBy { get; init; }
}

/// <summary>One saved version of a hand-in.</summary>
public sealed class StoredAssignmentVersion
{
    /// <summary>1 for the first save, counting up.</summary>
    public int Number { get; init; }
    /// <summary>When it was saved (UTC).</summary>
    public DateTime SavedAt { get; init; }
    /// <summary>Whether it was handed in (dated and visible to the teacher) rather than saved as a draft.</summary>
    public bool HandedIn { get; init; }
    /// <summary>The own case it is about, if any.</summary>
    public Guid? CaseId { get; init; }
    /// <summary>The catalogue experiment it is about, if any.</summary>
    public string? ExperimentSlug { get; init; }
    /// <summary>Answers by field name of the module's exercise form.</summary>
    public Dictionary<string, string> Answers { get; init; } = [];
}

/// <summary>A comment on a hand-in.</summary>
public sealed class StoredFeedback
{
    public Guid Id { get; init; }
    /// <summary>Key id of the commenter.</summary>
    public string KeyId { get; init; } = "";
    /// <summary>Whether the teacher wrote it.</summary>
    public bool ByTeacher { get; init; }
    /// <summary>The hand-in version it was written on.</summary>
    public int Version { get; init; }
    /// <summary>The comment.</summary>
    public string Text { get; init; } = "";
    /// <summary>When (UTC).</summary>
    public DateTime At { get; init; }
}
