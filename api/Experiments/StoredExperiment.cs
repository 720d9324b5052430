namespace TransitionLab.Api.Experiments;

/// <summary>An experiment as stored; its id is the slug. Dates are <see cref="DateTime"/> because LiteDB has no date-only type.</summary>
public sealed record StoredExperiment
{
    public string Id { get; init; } = "";
    public string Title { get; init; } = "";
    public string Summary { get; init; } = "";
    public string Municipality { get; init; } = "";
    public string Region { get; init; } = "";
    /// <summary>Theme slugs.</summary>
    public List<string> Themes { get; init; } = [];
    /// <summary>Concept slugs.</summary>
    public List<string> Concepts { get; init; } = [];
    /// <summary>Status code.</summary>
    public string Status { get; init; } = "";
    /// <summary>Start date at midnight UTC.</summary>
    public DateTime StartDate { get; init; }
    public string FundingSource { get; init; } = "";
    /// <summary>Funding end date at midnight UTC, if any.</summary>
    public DateTime? FundingEndDate { get; init; }
    /// <summary>Frontrunner organisations.</summary>
    public List<string> Frontrunners { get; init; } = [];
    public List<string> Partners { get; init; } = [];
    public List<StoredGoal> Goals { get; init; } = [];
    /// <summary>X-curve code.</summary>
    public string XCurve { get; init; } = "";
    /// <summary>Stage code.</summary>
    public string Stage { get; init; } = "";
    public List<StoredLink> Links { get; init; } = [];
    public string BodyHtml { get; init; } = "";
    public string BodyText { get; init; } = "";
    /// <summary><c>content</c> for the catalogue, <c>draft</c> for an API registration.</summary>
    public string Source { get; init; } = "";
    /// <summary>Content file or key id that supplied it.</summary>
    public string Origin { get; init; } = "";
    public DateTime Updated { get; init; }
    /// <summary>When frontrunners registered it through the intake, at midnight UTC; <c>null</c> for the catalogue.</summary>
    public DateTime? RegisteredOn { get; init; }
    /// <summary>When the editors approved it, at midnight UTC; <c>null</c> when not recorded.</summary>
    public DateTime? ReviewedOn { get; init; }
}

/// <summary>A stored area goal.</summary>
public sealed class StoredGoal
{
    public string Id { get; init; } = "";
    public string Description { get; init; } = "";
    public string TargetGroup { get; init; } = "";
    public string Unit { get; init; } = "";
    public decimal Baseline { get; init; }
    public decimal Target { get; init; }
}

/// <summary>A stored link.</summary>
public sealed class StoredLink
{
    public string Title { get; init; } = "";
    /// <summary>Absolute URL.</summary>
    public string Url { get; init; } = "";
}
