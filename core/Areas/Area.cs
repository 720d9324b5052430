namespace TransitionLab.Core.Areas;

/// <summary>
/// An area transition management works in: a municipality or a region (Walcheren, a youth-care region).
/// Its shared goals are set at the area's level; experiments belong to it through their municipality.
/// </summary>
public sealed record Area
{
    /// <summary>URL-safe identifier; the area is served at <c>/gebieden/{Slug}/</c>.</summary>
    public required string Slug { get; init; }
    /// <summary>Dutch name of the area.</summary>
    public required string Title { get; init; }
    /// <summary>One or two plain sentences.</summary>
    public required string Summary { get; init; }
    /// <summary>Municipalities that make up the area, as experiments name them.</summary>
    public required IReadOnlyList<string> Municipalities { get; init; }
    /// <summary>Goals the area's organisations share, with baseline and target.</summary>
    public required IReadOnlyList<SharedGoal> Goals { get; init; }
    /// <summary>Organisations in the transition arena with their role; never persons.</summary>
    public required IReadOnlyList<ArenaMember> Arena { get; init; }
    /// <summary>Whether the area is an illustration rather than a description of what the place agreed.</summary>
    public bool Example { get; init; }
    /// <summary>The shared vision, Markdown rendered to HTML.</summary>
    public string BodyHtml { get; init; } = "";
    /// <summary>The content file it was read from, relative to the content folder.</summary>
    public string Source { get; init; } = "";

    /// <summary>Whether <paramref name="municipality"/> lies in the area (names compare without case).</summary>
    public bool Holds(string municipality) =>
        Municipalities.Any(m => string.Equals(m.Trim(), municipality.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>A goal an area sets at its own level: outcomes, not output.</summary>
/// <param name="Id">Identifier within the area (lowercase with hyphens).</param>
/// <param name="Description">What should change, in plain Dutch.</param>
/// <param name="Unit">Unit of the numbers (e.g. "aantal per jaar", "%").</param>
/// <param name="Baseline">Value when the area set the goal.</param>
/// <param name="Target">Value the area aims for.</param>
public sealed record SharedGoal(string Id, string Description, string Unit, decimal Baseline, decimal Target);

/// <summary>An organisation in the area's transition arena.</summary>
/// <param name="Organisation">Organisation name.</param>
/// <param name="Role">What it brings to the arena.</param>
public sealed record ArenaMember(string Organisation, string Role);

/// <summary>A steward's recorded value of one shared goal for one year.</summary>
/// <param name="Area">Area slug.</param>
/// <param name="GoalId">Goal id within the area.</param>
/// <param name="Year">Calendar year the value is about.</param>
/// <param name="Value">The value, in the goal's unit.</param>
/// <param name="RecordedAt">When it was recorded (a later record for the same year replaces it).</param>
public sealed record AreaGoalValue(string Area, string GoalId, int Year, decimal Value, DateTimeOffset RecordedAt);
