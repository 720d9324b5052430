using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using TransitionLab.Api.Experiments;

namespace TransitionLab.Api.Course.Cases;

/// <summary>
/// A participant's own practice case: an experiment, policy rule or pilot in their own municipality, in the
/// catalogue's fields. Only title, municipality and summary are required; the rest may follow.
/// </summary>
public sealed record OwnCaseRequest
{
    [Required, MinLength(1), MaxLength(150), Description("Short Dutch title, at most 150 characters")] public string? Title { get; init; }
    [Required, MinLength(1), MaxLength(150), Description("The participant's own municipality")] public string? Municipality { get; init; }
    [Required, MinLength(1), MaxLength(400), Description("One or two plain Dutch sentences, at most 400 characters")] public string? Summary { get; init; }
    [Description("Region or province")] public string? Region { get; init; }
    [Description("Theme slugs of the catalogue")] public IReadOnlyList<string>? Themes { get; init; }
    [Description("planned, running, completed, stopped or mainstreamed")] public string? Status { get; init; }
    [Description("yyyy-mm-dd")] public string? StartDate { get; init; }
    [Description("Funding source and optional end date")] public DraftFunding? Funding { get; init; }
    [Description("Organisations or roles, never clients")] public IReadOnlyList<string>? Frontrunners { get; init; }
    [Description("Partner organisations")] public IReadOnlyList<string>? Partners { get; init; }
    [Description("Concrete area goals; a practice reflection on the case may report on them")] public IReadOnlyList<DraftGoal>? Goals { get; init; }
    [Description("pre-development, take-off, acceleration or stabilisation")] public string? XCurve { get; init; }
    [Description("idea, pilot, consolidation, scaling or mainstream")] public string? Stage { get; init; }
    [MaxLength(OwnCaseRules.MaxBody), Description("Longer description in plain text or Markdown")] public string? Body { get; init; }
}

/// <summary>An own case as returned: only ever to its cohort.</summary>
public sealed record OwnCaseDto(
    [property: Description("Identifier")] Guid Id,
    [property: Description("Cohort of the participant")] string Cohort,
    [property: Description("Key id of the participant who registered it")] string ParticipantKeyId,
    [property: Description("When it was registered (UTC)")] DateTimeOffset CreatedAt,
    [property: Description("Title")] string Title,
    [property: Description("Municipality")] string Municipality,
    [property: Description("Summary")] string Summary,
    [property: Description("Region")] string? Region,
    [property: Description("Theme slugs")] IReadOnlyList<string> Themes,
    [property: Description("Status code")] string? Status,
    [property: Description("yyyy-mm-dd")] string? StartDate,
    [property: Description("Funding")] DraftFunding? Funding,
    [property: Description("Frontrunners")] IReadOnlyList<string> Frontrunners,
    [property: Description("Partners")] IReadOnlyList<string> Partners,
    [property: Description("Area goals")] IReadOnlyList<DraftGoal> Goals,
    [property: Description("X-curve code")] string? XCurve,
    [property: Description("Stage code")] string? Stage,
    [property: Description("Longer description")] string? Body,
    [property: Description("Slug of the intake registration its author proposed it as; absent while not proposed")] string? ProposedAs = null);

/// <summary>Proposing an own case to the intake.</summary>
public sealed record CaseProposalRequest
{
    [Description("The code of an invitation from a steward of the case's municipality (see POST /api/invitations); the draft is registered with it")]
    public string? InvitationCode { get; init; }
}

/// <summary>An own case proposed to the intake: the draft it became.</summary>
public sealed record CaseProposalDto(
    [property: Description("The own case")] Guid CaseId,
    [property: Description("Slug of the intake registration; the invitee reads and completes it at GET/PUT /api/experiments/{slug}/draft with the invitation code as key")] string Slug,
    [property: Description("State of the registration: draft until the invitee submits it")] Intake.RegistrationState State);
