using TransitionLab.Api.Reflections;

namespace TransitionLab.Api.Course;

/// <summary>
/// A course participant's practice reflection as stored, in its own collection. The reflection itself
/// is stored in the same shape as a frontrunner's, so one mapping serves both.
/// </summary>
public sealed class StoredPracticeReflection
{
    /// <summary>Identifier; the same as the reflection's id.</summary>
    public Guid Id { get; init; }
    /// <summary>Cohort of the participant's key when it was filed.</summary>
    public string Cohort { get; init; } = "";
    /// <summary>Slug of the course module.</summary>
    public string Module { get; init; } = "";
    /// <summary>Key id of the participant: the participant is known by their key only.</summary>
    public string ParticipantKeyId { get; init; } = "";
    /// <summary>Slug of the catalogue experiment practised on.</summary>
    public string ExperimentSlug { get; init; } = "";
    /// <summary>The own case practised on; <c>null</c> for a catalogue experiment (then <see cref="ExperimentSlug"/> names it).</summary>
    public Guid? CaseId { get; init; }
    /// <summary>When it was stored (UTC).</summary>
    public DateTime RecordedAt { get; init; }
    public StoredReflection Reflection { get; init; } = new();
}
