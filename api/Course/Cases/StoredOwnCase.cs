using TransitionLab.Api.Experiments;

namespace TransitionLab.Api.Course.Cases;

/// <summary>
/// An own case as stored, in its own collection <c>courseCases</c>: no catalogue import, verdict, export or
/// public list reads it, so it can never be published or counted.
/// </summary>
public sealed class StoredOwnCase
{
    /// <summary>Identifier.</summary>
    public Guid Id { get; init; }
    /// <summary>Cohort of the participant's key when it was registered.</summary>
    public string Cohort { get; init; } = "";
    /// <summary>Key id of the participant.</summary>
    public string ParticipantKeyId { get; init; } = "";
    /// <summary>When it was registered (UTC).</summary>
    public DateTime CreatedAt { get; init; }
    /// <summary>Title.</summary>
    public string Title { get; init; } = "";
    /// <summary>Municipality.</summary>
    public string Municipality { get; init; } = "";
    /// <summary>Summary.</summary>
    public string Summary { get; init; } = "";
    /// <summary>Region.</summary>
    public string? Region { get; init; }
    /// <summary>Theme slugs.</summary>
    public List<string> Themes { get; init; } = [];
    /// <summary>Status code.</summary>
    public string? Status { get; init; }
    /// <summary>Start date, yyyy-mm-dd.</summary>
    public string? StartDate { get; init; }
    /// <summary>Funding source.</summary>
    public string? FundingSource { get; init; }
    /// <summary>Funding end date, yyyy-mm-dd.</summary>
    public string? FundingEndDate { get; init; }
    /// <summary>Frontrunners.</summary>
    public List<string> Frontrunners { get; init; } = [];
    /// <summary>Partners.</summary>
    public List<string> Partners { get; init; } = [];
    /// <summary>Area goals.</summary>
    public List<StoredGoal> Goals { get; init; } = [];
    /// <summary>X-curve code.</summary>
    public string? XCurve { get; init; }
    /// <summary>Stage code.</summary>
    public string? Stage { get; init; }
    /// <summary>Longer description.</summary>
    public string? Body { get; init; }
}
