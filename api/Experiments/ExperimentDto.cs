using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using TransitionLab.Core.Experiments;

namespace TransitionLab.Api.Experiments;

/// <summary>An experiment as the API returns it.</summary>
public sealed record ExperimentDto(
    [property: Description("URL-safe identifier")] string Slug,
    [property: Description("Dutch title")] string Title,
    [property: Description("One or two plain Dutch sentences")] string Summary,
    [property: Description("Municipality that runs it")] string Municipality,
    [property: Description("Region or province")] string Region,
    [property: Description("Theme slugs")] IReadOnlyList<string> Themes,
    [property: Description("Concept slugs")] IReadOnlyList<string> Concepts,
    [property: Description("Status as its frontrunners report it")] ExperimentStatus Status,
    [property: Description("Start date (yyyy-mm-dd)")] DateOnly StartDate,
    [property: Description("Funding source and end date")] FundingDto Funding,
    [property: Description("Organisations or roles that lead it")] IReadOnlyList<string> Frontrunners,
    [property: Description("Partner organisations")] IReadOnlyList<string> Partners,
    [property: Description("Concrete area goals; reflections refer to their ids")] IReadOnlyList<GoalDto> Goals,
    [property: Description("X-curve position")] XCurvePosition XCurve,
    [property: Description("Lifecycle stage")] LifecycleStage Stage,
    [property: Description("External links")] IReadOnlyList<LinkDto> Links,
    [property: Description("'content' for the catalogue, 'registration' when registered through the intake and approved")] string Source);

/// <summary>Funding of an experiment.</summary>
public sealed record FundingDto(
    [property: Description("Who pays")] string Source,
    [property: Description("When the money stops (yyyy-mm-dd); absent when structural")] DateOnly? EndDate);

/// <summary>A concrete area goal.</summary>
public sealed record GoalDto(
    [property: Description("Goal id, unique within the experiment")] string Id,
    [property: Description("What should change")] string Description,
    [property: Description("Who it is about")] string TargetGroup,
    [property: Description("Unit of the numbers")] string Unit,
    [property: Description("Value at the start")] decimal Baseline,
    [property: Description("Value aimed for")] decimal Target);

/// <summary>A link to an outside source.</summary>
public sealed record LinkDto(
    [property: Description("Link text")] string Title,
    [property: Description("Absolute http(s) URL")] string Url);

/// <summary>A draft experiment: the fields of an experiment's front matter, in camelCase.</summary>
public sealed record DraftExperimentRequest
{
    [Required, MinLength(1), MaxLength(150), Description("Dutch title")] public string? Title { get; init; }
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$"), Description("Lowercase letters, digits and single hyphens; must be new. Required when registering; a change takes it from the path")] public string? Slug { get; init; }
    [Required, MinLength(1), MaxLength(400), Description("One or two plain Dutch sentences")] public string? Summary { get; init; }
    [MinLength(1), MaxLength(150), Description("Municipality that runs it; required, except with an invitation code, which fills in its own")] public string? Municipality { get; init; }
    [Required, MinLength(1), MaxLength(150), Description("Region or province")] public string? Region { get; init; }
    [Required, MinLength(1), Description("Theme slugs of the catalogue")] public IReadOnlyList<string>? Themes { get; init; }
    [Description("Concept slugs of the catalogue")] public IReadOnlyList<string>? Concepts { get; init; }
    [Required, Description("planned, running, completed, stopped or mainstreamed")] public string? Status { get; init; }
    [Required, Description("yyyy-mm-dd")] public string? StartDate { get; init; }
    [Required, Description("Funding source and optional end date")] public DraftFunding? Funding { get; init; }
    [Required, MinLength(1), Description("Organisations or roles, never clients")] public IReadOnlyList<string>? Frontrunners { get; init; }
    [Description("Partner organisations")] public IReadOnlyList<string>? Partners { get; init; }
    [Required, MinLength(1), Description("At least one concrete area goal")] public IReadOnlyList<DraftGoal>? Goals { get; init; }
    [Required, Description("pre-development, take-off, acceleration or stabilisation")] public string? XCurve { get; init; }
    [Required, Description("idea, pilot, consolidation, scaling or mainstream")] public string? Stage { get; init; }
    [Description("External links")] public IReadOnlyList<LinkDto>? Links { get; init; }
    [Description("Markdown description")] public string? Body { get; init; }
}

/// <summary>Funding in a draft.</summary>
public sealed record DraftFunding(
    [property: Description("Who pays")] string? Source,
    [property: Description("yyyy-mm-dd; absent when structural")] string? EndDate);

/// <summary>A goal in a draft.</summary>
public sealed record DraftGoal(
    [property: Description("Goal id")] string? Id,
    [property: Description("What should change")] string? Description,
    [property: Description("Who it is about")] string? TargetGroup,
    [property: Description("Unit")] string? Unit,
    [property: Description("Value at the start")] decimal? Baseline,
    [property: Description("Value aimed for")] decimal? Target);

/// <summary>What a catalogue import did.</summary>
public sealed record ImportResultDto(
    [property: Description("Experiments imported or updated")] int Imported,
    [property: Description("Content problems as file:line: message")] IReadOnlyList<string> Problems)
{
    /// <summary>The part of <see cref="Imported"/> that was new or differed from the store; only these were written.</summary>
    [Description("Experiments that were new or changed since the last import; only these were written")]
    public int Changed { get; init; }
}
