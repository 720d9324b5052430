using TransitionLab.Core.Decisions;

namespace TransitionLab.Api.Keys;

/// <summary>What a key may do.</summary>
public enum KeyRole
{
    /// <summary>Files reflections and drafts for its own experiment(s).</summary>
    Frontrunner,
    /// <summary>Records decisions for experiments inside its scope: a municipality, a region or national.</summary>
    Steward,
    /// <summary>Manages keys and re-imports the catalogue.</summary>
    Admin,
    /// <summary>Course participant: files practice reflections in their cohort and reads their own.</summary>
    Participant,
    /// <summary>Course teacher: reads the practice reflections of their cohort.</summary>
    Teacher,
}

/// <summary>A key as stored: only the SHA-256 hash of the secret, never the secret itself.</summary>
public sealed class StoredKey
{
    /// <summary>Public identifier, shown in lists and audit entries.</summary>
    public string Id { get; init; } = "";
    /// <summary>Lowercase hex SHA-256 of the full key.</summary>
    public string Hash { get; init; } = "";
    public KeyRole Role { get; init; }
    /// <summary>Experiments a frontrunner key may write for.</summary>
    public List<string> Experiments { get; init; } = [];
    /// <summary>Municipality a municipal steward key may decide for.</summary>
    public string? Municipality { get; init; }
    /// <summary>Level a steward key decides at; municipality unless it is a regional or national key.</summary>
    public DecisionLevel Level { get; init; } = DecisionLevel.Municipality;
    /// <summary>Name of the region of a regional steward key.</summary>
    public string? Region { get; init; }
    /// <summary>Municipalities of the region of a regional steward key.</summary>
    public List<string> RegionMunicipalities { get; init; } = [];
    /// <summary>Course cohort of a participant or teacher key.</summary>
    public string? Cohort { get; init; }
    /// <summary>Free label, e.g. "demo".</summary>
    public string Label { get; init; } = "";
    /// <summary>When it was made.</summary>
    public DateTime CreatedAt { get; init; }
    /// <summary>When it was revoked; <c>null</c> while it works.</summary>
    public DateTime? RevokedAt { get; init; }
    /// <summary>An invitation's last moment of use while it has no experiment yet; <c>null</c> for any other key.</summary>
    public DateTime? ExpiresAt { get; init; }
    /// <summary>Key id of the steward who made this key as an invitation; <c>null</c> for any other key.</summary>
    public string? InvitedBy { get; init; }

    /// <summary>
    /// Whether the key works at <paramref name="now"/>: not revoked, and not an invitation left unused past its
    /// expiry. Once an invitation has registered its experiment it is that experiment's frontrunner key, without end.
    /// </summary>
    public bool WorksAt(DateTimeOffset now) =>
        RevokedAt is null && (ExpiresAt is not { } expires || Experiments.Count > 0 || now < Store.Dates.ToInstant(expires));

    /// <summary>Whether this is an invitation that has not registered its experiment yet.</summary>
    public bool IsOpenInvitation => InvitedBy is not null && Experiments.Count == 0;

    /// <summary>Where a steward key may decide; <c>null</c> for other roles and for a steward key without a municipality.</summary>
    public StewardScope? Scope() => Role != KeyRole.Steward ? null : Level switch
    {
        DecisionLevel.National => StewardScope.National,
        DecisionLevel.Region when !string.IsNullOrWhiteSpace(Region) => StewardScope.ForRegion(Region, RegionMunicipalities),
        DecisionLevel.Municipality when !string.IsNullOrWhiteSpace(Municipality) => StewardScope.ForMunicipality(Municipality),
        _ => null,
    };
}
