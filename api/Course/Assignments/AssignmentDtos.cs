using System.ComponentModel;

namespace TransitionLab.Api.Course.Assignments;

/// <summary>A hand-in or draft of a module's exercise.</summary>
public sealed record HandInRequest
{
    [Description("Answers by field name of the module's exercise form (see the module's exerciseFields)")] public IReadOnlyDictionary<string, string>? Answers { get; init; }
    [Description("Id of an own case of the cohort the work is about; optional")] public Guid? CaseId { get; init; }
    [Description("Slug of a catalogue experiment the work is about; optional")] public string? ExperimentSlug { get; init; }
    [Description("true to hand in (dated, every required field filled); false or absent to save a draft")] public bool? HandIn { get; init; }
    [Description("true to share the hand-ins with the cohort, so peers can comment; sharing cannot be undone")] public bool? Share { get; init; }
}

/// <summary>A comment on a hand-in.</summary>
public sealed record FeedbackRequest
{
    [Description("The comment, at most 2000 characters, no personal data")] public string? Text { get; init; }
    [Description("Teacher only: true marks the hand-in done")] public bool? Done { get; init; }
}

/// <summary>A participant's work on one module's exercise, as the reader may see it.</summary>
public sealed record AssignmentDto(
    [property: Description("Identifier")] Guid Id,
    [property: Description("Slug of the course module")] string Module,
    [property: Description("Cohort")] string Cohort,
    [property: Description("Key id of the participant")] string ParticipantKeyId,
    [property: Description("Versions, oldest first; drafts only for their author")] IReadOnlyList<AssignmentVersionDto> Versions,
    [property: Description("When it was shared with the cohort")] DateTimeOffset? SharedAt,
    [property: Description("Comments, oldest first")] IReadOnlyList<FeedbackDto> Feedback,
    [property: Description("When the teacher marked it done")] DateTimeOffset? DoneAt);

/// <summary>One version of a hand-in.</summary>
public sealed record AssignmentVersionDto(
    [property: Description("Version number")] int Number,
    [property: Description("When it was saved")] DateTimeOffset SavedAt,
    [property: Description("Handed in (true) or a draft")] bool HandedIn,
    [property: Description("Own case it is about")] Guid? CaseId,
    [property: Description("Catalogue experiment it is about")] string? ExperimentSlug,
    [property: Description("Answers by field name")] IReadOnlyDictionary<string, string> Answers);

/// <summary>A comment on a hand-in.</summary>
public sealed record FeedbackDto(
    [property: Description("Identifier")] Guid Id,
    [property: Description("Key id of the commenter")] string KeyId,
    [property: Description("Written by the teacher")] bool ByTeacher,
    [property: Description("The version commented on")] int Version,
    [property: Description("The comment")] string Text,
    [property: Description("When")] DateTimeOffset At);
