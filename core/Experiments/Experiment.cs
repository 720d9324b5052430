namespace TransitionLab.Core.Experiments;

/// <summary>
/// A pilot or frontrunner experiment as described in the content catalogue (or registered as a draft
/// through the API). Reflections and verdicts are kept apart: this is what the experiment <em>is</em>.
/// </summary>
public sealed record Experiment
{
    /// <summary>URL-safe identifier, unique in the catalogue.</summary>
    public required string Slug { get; init; }
    /// <summary>Title as the site shows it, in Dutch; at most 150 characters.</summary>
    public required string Title { get; init; }
    /// <summary>One or two plain Dutch sentences.</summary>
    public required string Summary { get; init; }
    /// <summary>Municipality that runs it (the first one, when several share it).</summary>
    public required string Municipality { get; init; }
    /// <summary>Region or province.</summary>
    public required string Region { get; init; }
    /// <summary>Slugs of the themes it belongs to (at least one).</summary>
    public required IReadOnlyList<string> Themes { get; init; }
    /// <summary>Slugs of transition concepts it illustrates.</summary>
    public IReadOnlyList<string> Concepts { get; init; } = [];
    /// <summary>Status as reported by its frontrunners.</summary>
    public required ExperimentStatus Status { get; init; }
    /// <summary>Date the experiment started.</summary>
    public required DateOnly StartDate { get; init; }
    /// <summary>Where the money comes from and until when.</summary>
    public required Funding Funding { get; init; }
    /// <summary>Organisations or roles that lead it (no personal data about clients).</summary>
    public required IReadOnlyList<string> Frontrunners { get; init; }
    /// <summary>Organisations that take part besides the frontrunners; may be empty.</summary>
    public IReadOnlyList<string> Partners { get; init; } = [];
    /// <summary>Concrete area goals (outcomes, not output).</summary>
    public required IReadOnlyList<AreaGoal> Goals { get; init; }
    /// <summary>Position on the X-curve as described in the catalogue.</summary>
    public required XCurvePosition XCurve { get; init; }
    /// <summary>Lifecycle stage as described in the catalogue.</summary>
    public required LifecycleStage Stage { get; init; }
    /// <summary>External sources and further reading.</summary>
    public IReadOnlyList<ExternalLink> Links { get; init; } = [];
    /// <summary>Markdown body rendered to HTML.</summary>
    public string BodyHtml { get; init; } = "";
    /// <summary>Plain text of the body, for search and feeds.</summary>
    public string BodyText { get; init; } = "";
    /// <summary>Where this experiment was read from (content file path, or <c>api</c> for a draft).</summary>
    public string Source { get; init; } = "";
    /// <summary>Last change of the source, for the feed and sitemap.</summary>
    public DateTimeOffset Updated { get; init; }
    /// <summary>When its frontrunners registered it through the intake; <c>null</c> when the editors wrote it into the catalogue.</summary>
    public DateOnly? RegisteredOn { get; init; }
    /// <summary>When the editors last checked what it says (approved it in the intake); <c>null</c> when not recorded.</summary>
    public DateOnly? ReviewedOn { get; init; }
}

/// <summary>Funding of an experiment: the pilot cliff is about its end date.</summary>
/// <param name="Source">Who pays (e.g. "projectsubsidie gemeente", "Rijksimpuls").</param>
/// <param name="EndDate">When the money stops; <c>null</c> when it is structural.</param>
public sealed record Funding(string Source, DateOnly? EndDate);

/// <summary>A concrete, measurable goal for an area, with its baseline and target.</summary>
/// <param name="Id">Short identifier, unique within the experiment; reflections refer to it.</param>
/// <param name="Description">What should change, in plain Dutch (e.g. "Geen huisuitzettingen in de wijk").</param>
/// <param name="TargetGroup">Who it is about (e.g. "jongeren 16-23 zonder vaste woonplek").</param>
/// <param name="Unit">Unit of the numbers (e.g. "aantal per jaar", "%").</param>
/// <param name="Baseline">Value when the experiment started.</param>
/// <param name="Target">Value the experiment aims for.</param>
public sealed record AreaGoal(string Id, string Description, string TargetGroup, string Unit, decimal Baseline, decimal Target);

/// <summary>A link to a source outside the site.</summary>
public sealed record ExternalLink(string Title, string Url);
