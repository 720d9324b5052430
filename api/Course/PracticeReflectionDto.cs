using System.ComponentModel;
using TransitionLab.Api.Reflections;
using TransitionLab.Api.Store;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Api.Course;

/// <summary>A practice reflection as a participant sends it: a reflection request plus the experiment practised on.</summary>
public sealed record PracticeReflectionRequest : ReflectionRequest
{
    [Description("Slug of a catalogue experiment, e.g. one of the module's cases; leave out when practising on an own case")] public string? ExperimentSlug { get; init; }
    [Description("Id of an own case of the participant's cohort (POST /api/course/cases), instead of experimentSlug")] public Guid? CaseId { get; init; }
}

/// <summary>A practice reflection as returned; never part of a verdict, export or public list.</summary>
public sealed record PracticeReflectionDto(
    [property: Description("Identifier")] Guid Id,
    [property: Description("Slug of the course module")] string Module,
    [property: Description("Cohort of the participant")] string Cohort,
    [property: Description("Key id of the participant")] string ParticipantKeyId,
    [property: Description("The reflection; recordedBy is the participant's key id; experimentSlug is casus-<id> for an own case")] ReflectionDto Reflection,
    [property: Description("Id of the own case practised on; absent for a catalogue experiment")] Guid? CaseId = null);

/// <summary>A cohort's practice reflections on one experiment next to the frontrunners' own.</summary>
public sealed record ComparisonDto(
    [property: Description("Slug of the course module")] string Module,
    [property: Description("The teacher's cohort")] string Cohort,
    [property: Description("Slug of the experiment")] string ExperimentSlug,
    [property: Description("The frontrunners' reflections (latest revisions), in cycle order")] IReadOnlyList<ComparisonRowDto> Frontrunners,
    [property: Description("The cohort's practice reflections on the experiment in this module, oldest first")] IReadOnlyList<ComparisonRowDto> Practice);

/// <summary>What a teacher compares, per reflection.</summary>
public sealed record ComparisonRowDto(
    [property: Description("Reflection id")] Guid ReflectionId,
    [property: Description("Key id of the participant; absent for the frontrunners")] string? ParticipantKeyId,
    [property: Description("Cycle")] int Cycle,
    [property: Description("Date of the session")] DateOnly Date,
    [property: Description("Evidence level, 1 to 5")] int EvidenceLevel,
    [property: Description("Result of the hypothesis")] HypothesisResult HypothesisResult,
    [property: Description("Decision of the learning loop")] LoopDecision Decision,
    [property: Description("Route to the mainstream")] ScalingRoute Route,
    [property: Description("Barrier kinds named, distinct")] IReadOnlyList<BarrierKind> Barriers,
    [property: Description("Barrier kinds named at regime level, distinct")] IReadOnlyList<BarrierKind> RegimeBarriers);

/// <summary>The one place where practice reflections change shape.</summary>
public static class PracticeReflectionMapping
{
    /// <summary>
    /// Domain → stored. A practice reflection has no history, so every barrier and question is first seen on its own date.
    /// </summary>
    public static StoredPracticeReflection ToStored(this Reflection r, string module, string cohort, Guid? caseId = null) => new()
    {
        Id = r.Id, Cohort = cohort, Module = module, ParticipantKeyId = r.RecordedBy, ExperimentSlug = r.ExperimentSlug, CaseId = caseId,
        RecordedAt = Dates.ToStored(r.RecordedAt),
        Reflection = (r with
        {
            Barriers = r.Barriers.Select(b => b with { FirstSeen = r.Date }).ToArray(),
            LearningQuestions = r.LearningQuestions.Select(q => q with { FirstSeen = r.Date }).ToArray(),
        }).ToStored(),
    };

    /// <summary>Stored → DTO.</summary>
    public static PracticeReflectionDto AsDto(this StoredPracticeReflection p) =>
        new(p.Id, p.Module, p.Cohort, p.ParticipantKeyId, p.Reflection.ToDomain().AsDto(), p.CaseId);

    /// <summary>A reflection → a comparison row.</summary>
    public static ComparisonRowDto AsComparisonRow(this Reflection r, string? participantKeyId) => new(
        r.Id, participantKeyId, r.Cycle, r.Date, (int)r.EvidenceLevel, r.Hypothesis.Result, r.Loop.Decision, r.Route.Route,
        r.Barriers.Select(b => b.Kind).Distinct().Order().ToArray(),
        r.Barriers.Where(b => b.Level == BarrierLevel.Regime).Select(b => b.Kind).Distinct().Order().ToArray());
}
