namespace TransitionLab.Api.Experiments;

/// <summary>An experiment as stored; its id is the slug. Dates are <see cref="DateTime"/> because LiteDB has no date-only type.</summary>
public sealed class StoredExperiment
{
    /// <summary>Slug.</summary>
    public string Id { get; init; } = "";
    /// <summary>Title.</summary>
    public string Title { get; init; } = "";
    /// <summary>Summary.</summary>
    public string Summary { get; init; } = "";
    /// <summary>Municipality.</summary>
    public string Municipality { get; init; } = "";
    /// <summary>Region.</summary>
    public string Region { get; init; } = "";
    /// <summary>Theme slugs.</summary>
    public List<string> Themes { get; init; } = [];
    /// <summary>Concept slugs.</summary>
    public List<string> Concepts { get; init; } = [];
    /// <summary>Status code.</summary>
    public string Status { get; init; } = "";
    /// <summary>Start date at midnight UTC.</summary>
    public DateTime StartDate { get; init; }
    /// <summary>Funding source.</summary>
    public string FundingSource { get; init; } = "";
    /// <summary>Funding end date at midnight UTC, if any.</summary>
    public DateTime? FundingEndDate { get; init; }
    /// <summary>Frontrunner organisations.</summary>
    public List<string> Frontrunners { get; init; } = [];
    /// <summary>Partners.</summary>
    public List<string> Partners { get; init; } = [];
    /// <summary>Area goals.</summary>
    public List<StoredGoal> Goals { get; init; } = [];
    /// <summary>X-curve code.</summary>
    public string XCurve { get; init; } = "";
    /// <summary>Stage code.</summary>
    public string Stage { get; init; } = "";
    /// <summary>Links.</summary>
    public List<StoredLink> Links { get; init; } = [];
    /// <summary>Body HTML.</summary>
    public string BodyHtml { get; init; } = "";
    /// <summary>Body text.</summary>
    public string BodyText { get; init; } = "";
    /// <summary><c>content</c> for the catalogue, <c>draft</c> for an API registration.</summary>
    public string Source { get; init; } = "";
    /// <summary>Content file or key id that supplied it.</summary>
    public string Origin { get; init; } = "";
    /// <summary>Last change.</summary>
    public DateTime Updated { get; init; }
    /// <summary>When frontrunners registered it through the intake, at midnight UTC; <c>null</c> for the catalogue.</summary>
    public DateTime? RegisteredOn { get; init; }
    /// <summary>When the editors approved it, at midnight UTC; <c>null</c> when not recorded.</summary>
    public DateTime? ReviewedOn { get; init; }
}

/// <summary>A stored area goal.</summary>
public sealed class StoredGoal
{
    /// <summary>Goal id.</summary>
    public string Id { get; init; } = "";
    /// <summary>Description.</summary>
    public string Description { get; init; } = "";
    /// <summary>Target group.</summary>
    public string TargetGroup { get; init; } = "";
    /// <summary>Unit.</summary>
    public string Unit { get; init; } = "";
    /// <summary>Baseline.</summary>
    public decimal Baseline { get; init; }
    /// <summary>Target.</summary>
    public decimal Target { get; init; }
}

/// <summary>A stored link.</summary>
public sealed class StoredLink
{
    /// <summary>Title.</summary>
    public string Title { get; init; } = "";
    /// <summary>Absolute URL.</summary>
    public string Url { get; init; } = "";
}
