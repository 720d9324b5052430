using TransitionLab.Api.Experiments;

namespace TransitionLab.Api.Course.Cases;

/// <summary>
/// An own case as stored, in its own collection <c>course_cases</c>: no catalogue import, verdict, export or
/// public list reads it, so it can never be published or counted.
/// </summary>
public sealed class StoredOwnCase
{
    public Guid Id { get; init; }
    /// <summary>Cohort of the participant's key when it was registered.</summary>
    public string Cohort { get; init; } = "";
    /// <summary>Key id of the participant.</summary>
    public string ParticipantKeyId { get; init; } = "";
    /// <summary>When it was registered (UTC).</summary>
    public DateTime CreatedAt { get; init; }
    public string Title { get; init; } = "";
    public string Municipality { get; init; } = "";
    public string Summary { get; init; } = "";
    public string? Region { get; init; }
    /// <summary>Theme slugs.</summary>
    public List<string> Themes { get; init; } = [];
    /// <summary>Status code.</summary>
    public string? Status { get; init; }
    /// <summary>Start date, yyyy-mm-dd.</summary>
    public string? StartDate { get; init; }
    public string? FundingSource { get; init; }
    /// <summary>Funding end date, yyyy-mm-dd.</summary>
    public string? FundingEndDate { get; init; }
    public List<string> Frontrunners { get; init; } = [];
    public List<string> Partners { get; init; } = [];
    public List<StoredGoal> Goals { get; init; } = [];
    /// <summary>X-curve code.</summary>
    public string? XCurve { get; init; }
    /// <summary>Stage code.</summary>
    public string? Stage { get; init; }
    /// <summary>Longer description.</summary>
    public string? Body { get; init; }
    /// <summary>Slug of the intake registration its author proposed it as; <c>null</c> while not proposed.</summary>
    public string? ProposedAs { get; init; }
    /// <summary>When its author proposed it to the intake (UTC).</summary>
    public DateTime? ProposedAt { get; init; }
}
