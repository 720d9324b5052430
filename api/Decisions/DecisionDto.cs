using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using TransitionLab.Api.Store;
using TransitionLab.Core.Decisions;
using TransitionLab.Core.Text;

namespace TransitionLab.Api.Decisions;

/// <summary>A steward decision as returned.</summary>
public sealed record DecisionDto(
    [property: Description("Identifier")] Guid Id,
    [property: Description("Experiment slug")] string ExperimentSlug,
    [property: Description("mark-for-scaling, mainstreamed, stop, external-evaluation or databank-recognition")] DecisionKind Kind,
    [property: Description("Who decided (a role or body, not a person's private data)")] string DecidedBy,
    [property: Description("Date of the decision")] DateOnly DecidedOn,
    [property: Description("Why")] string Rationale,
    [property: Description("Structural owner (scaling, mainstreaming)")] string? Owner,
    [property: Description("Budget line (scaling, mainstreaming)")] string? BudgetLine,
    [property: Description("Start of the structural form (scaling, mainstreaming)")] DateOnly? StartDate,
    [property: Description("Lessons (stop)")] string? Lessons,
    [property: Description("When this version was stored")] DateTimeOffset RecordedAt,
    [property: Description("Key id that stored it")] string RecordedBy,
    [property: Description("Version; the ETag is derived from it")] int Version,
    [property: Description("Level decided at: municipality, region or national (the scope of the steward's key)")] DecisionLevel Level = DecisionLevel.Municipality,
    [property: Description("Municipality or region decided for; 'Nederland' at national level")] string? Area = null,
    [property: Description("Link to the evaluation or the databank entry (external-evaluation, databank-recognition)")] string? SourceUrl = null,
    [property: Description("Rung (1-5) the databank recognised (databank-recognition)")] int? RecognisedLevel = null);

/// <summary>A decision as sent by a steward.</summary>
public sealed record DecisionRequest
{
    [Required, Description("mark-for-scaling, mainstreamed, stop, external-evaluation (a research report) or databank-recognition (a recognition by a Dutch intervention databank)")] public DecisionKind? Kind { get; init; }
    [Required, MinLength(1), Description("Who decided, e.g. 'college van B&W'")] public string? DecidedBy { get; init; }
    [Required, Description("Date of the decision")] public DateOnly? DecidedOn { get; init; }
    [Required, MinLength(1), Description("Why")] public string? Rationale { get; init; }
    [Description("Structural owner; required for mark-for-scaling and mainstreamed")] public string? Owner { get; init; }
    [Description("Budget line; required for mark-for-scaling and mainstreamed")] public string? BudgetLine { get; init; }
    [Description("Start of the structural form; required for mark-for-scaling and mainstreamed")] public DateOnly? StartDate { get; init; }
    [Description("Lessons; required for stop")] public string? Lessons { get; init; }
    [Description("Link (http or https) to the evaluation or the databank entry; required for external-evaluation and databank-recognition")] public string? SourceUrl { get; init; }
    [Description("Rung the databank recognised: 1 goed beschreven, 2 goed onderbouwd, 3 to 5 effectief volgens eerste, goede or sterke aanwijzingen; required for databank-recognition")] public int? RecognisedLevel { get; init; }
}

/// <summary>Decision rules and the one mapping between decision shapes.</summary>
public static class DecisionMapping
{
    private const int TextMax = 4000;
    private static readonly DateOnly Earliest = new(2000, 1, 1);
    private static readonly DateOnly Latest = new(2100, 12, 31);

    /// <summary>Errors by JSON path; empty when the decision is complete for its kind.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(DecisionRequest d) => Validate(d, DateOnly.FromDateTime(DateTime.UtcNow));

    /// <summary>Errors by JSON path; empty when the decision is complete for its kind and its dates are plausible on <paramref name="today"/>.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(DecisionRequest d, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Required(string path, object? value)
        {
            if (value is null || value is string s && string.IsNullOrWhiteSpace(s)) errors[path] = ["Dit veld is verplicht voor dit soort besluit."];
            else if (value is string t && t.Length > TextMax) errors[path] = [$"Gebruik hoogstens {TextMax} tekens."];
        }
        Required("kind", d.Kind);
        Required("decidedBy", d.DecidedBy);
        Required("decidedOn", d.DecidedOn);
        Required("rationale", d.Rationale);
        if (d.Kind is DecisionKind.MarkForScaling or DecisionKind.Mainstreamed)
        {
            Required("owner", d.Owner);
            Required("budgetLine", d.BudgetLine);
            Required("startDate", d.StartDate);
        }
        if (d.Kind is DecisionKind.Stop) Required("lessons", d.Lessons);
        if (d.Kind is DecisionKind.ExternalEvaluation or DecisionKind.DatabankRecognition)
        {
            Required("sourceUrl", d.SourceUrl);
            if (!string.IsNullOrWhiteSpace(d.SourceUrl) && !(Uri.TryCreate(d.SourceUrl.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
                errors["sourceUrl"] = ["Geef een volledige link die begint met https:// of http://."];
        }
        if (d.Kind is DecisionKind.DatabankRecognition)
        {
            Required("recognisedLevel", d.RecognisedLevel);
            if (d.RecognisedLevel is { } level && level is < 1 or > 5) errors["recognisedLevel"] = ["Het erkende niveau loopt van 1 tot en met 5."];
        }
        // A decision is recorded once it is made; its structural form starts within a plausible horizon.
        if (d.DecidedOn is { } on && (on < Earliest || on > today.AddDays(1))) errors["decidedOn"] = [$"Kies een datum tussen {Earliest:yyyy-MM-dd} en morgen."];
        if (d.StartDate is { } start && (start < Earliest || start > Latest)) errors["startDate"] = [$"Kies een datum tussen {Earliest:yyyy-MM-dd} en {Latest:yyyy-MM-dd}."];
        if (d.SourceUrl is { Length: > TextMax }) errors["sourceUrl"] = [$"Gebruik hoogstens {TextMax} tekens."];
        foreach (var finding in FreeTextGuard.Check([("decidedBy", d.DecidedBy), ("rationale", d.Rationale), ("owner", d.Owner), ("budgetLine", d.BudgetLine), ("lessons", d.Lessons)]))
            errors[finding.Path] = [finding.Message];
        return errors;
    }

    /// <summary>Request → stored (after <see cref="Validate"/>), decided at <paramref name="level"/> for <paramref name="area"/>.</summary>
    public static StoredDecision ToStored(this DecisionRequest d, Guid id, string slug, int version, string keyId, DateTimeOffset now, DecisionLevel level, string? area) => new()
    {
        Id = id, ExperimentSlug = slug, Level = level, Area = area, Kind = d.Kind!.Value, DecidedBy = d.DecidedBy!.Trim(), DecidedOn = Dates.ToStored(d.DecidedOn!.Value),
        Rationale = d.Rationale!.Trim(), Owner = d.Owner, BudgetLine = d.BudgetLine, StartDate = Dates.ToStored(d.StartDate), Lessons = d.Lessons,
        SourceUrl = string.IsNullOrWhiteSpace(d.SourceUrl) ? null : d.SourceUrl.Trim(), RecognisedLevel = (Core.Reflections.EvidenceLevel?)d.RecognisedLevel,
        RecordedAt = Dates.ToStored(now), RecordedBy = keyId, Version = version,
    };

    /// <summary>Stored → domain.</summary>
    public static ScalingDecision ToDomain(this StoredDecision s) => new()
    {
        Id = s.Id, ExperimentSlug = s.ExperimentSlug, Kind = s.Kind, Level = s.Level, Area = s.Area, DecidedBy = s.DecidedBy, DecidedOn = Dates.ToDomain(s.DecidedOn),
        Rationale = s.Rationale, Owner = s.Owner, BudgetLine = s.BudgetLine, StartDate = Dates.ToDomain(s.StartDate), Lessons = s.Lessons, SourceUrl = s.SourceUrl, RecognisedLevel = s.RecognisedLevel,
        RecordedAt = Dates.ToInstant(s.RecordedAt),
    };

    /// <summary>Stored → DTO.</summary>
    public static DecisionDto AsDto(this StoredDecision s)
    {
        var d = s.ToDomain();
        return new DecisionDto(d.Id, d.ExperimentSlug, d.Kind, d.DecidedBy, d.DecidedOn, d.Rationale, d.Owner, d.BudgetLine, d.StartDate, d.Lessons, d.RecordedAt, s.RecordedBy, s.Version, d.Level, d.Area, d.SourceUrl, (int?)d.RecognisedLevel);
    }

    /// <summary>Strong ETag of one version of a decision.</summary>
    public static string ETag(this StoredDecision s) => $"\"{s.Id:N}-{s.Version}\"";
}
