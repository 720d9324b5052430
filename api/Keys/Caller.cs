using System.Security.Claims;
using TransitionLab.Core.Decisions;
using TransitionLab.Core.Language;

namespace TransitionLab.Api.Keys;

/// <summary>The key behind a request, read from the claims the key handler set.</summary>
public sealed record Caller(string KeyId, KeyRole Role, KeyExperiments Experiments, string? Municipality, string? Cohort = null, StewardScope? Scope = null)
{
    /// <summary>Claim type of the experiments a frontrunner key may write for (<see cref="KeyExperiments"/>).</summary>
    public const string ExperimentsClaim = "tl:experiments";
    /// <summary>Claim type of a steward's municipality.</summary>
    public const string MunicipalityClaim = "tl:municipality";
    /// <summary>Claim type of the course cohort of a participant or teacher.</summary>
    public const string CohortClaim = "tl:cohort";
    /// <summary>Claim type of the level a steward decides at (a <see cref="DecisionLevel"/> code).</summary>
    public const string LevelClaim = "tl:level";
    /// <summary>Claim type of a regional steward's region.</summary>
    public const string RegionClaim = "tl:region";
    /// <summary>Claim type of a municipality in a regional steward's region.</summary>
    public const string RegionMunicipalityClaim = "tl:region-municipality";

    /// <summary>Reads the caller from an authenticated principal.</summary>
    public static Caller From(ClaimsPrincipal user)
    {
        _ = EnumCode.TryParse<KeyRole>(user.FindFirstValue(ClaimTypes.Role), out var role);
        var municipality = user.FindFirstValue(MunicipalityClaim);
        return new Caller(
            user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
            role,
            new KeyExperiments(user.FindFirstValue(ExperimentsClaim) ?? ""),
            municipality,
            user.FindFirstValue(CohortClaim),
            role != KeyRole.Steward ? null : new StoredKey
            {
                Role = role,
                Level = EnumCode.TryParse<DecisionLevel>(user.FindFirstValue(LevelClaim), out var level) ? level : DecisionLevel.Municipality,
                Municipality = municipality,
                Region = user.FindFirstValue(RegionClaim),
                RegionMunicipalities = user.FindAll(RegionMunicipalityClaim).Select(c => c.Value).ToList(),
            }.Scope());
    }

    /// <summary>Frontrunners write reflections and drafts for their own experiments only.</summary>
    public bool MayWriteFor(string experimentSlug) =>
        Role == KeyRole.Frontrunner && Experiments.Contains(experimentSlug);

    /// <summary>Stewards decide for experiments inside their scope: their municipality, their region, or any at national level.</summary>
    public bool MayDecideFor(string municipality) => Role == KeyRole.Steward && Scope?.Covers(municipality) == true;

    /// <summary>Course participants file practice reflections for their own cohort; the key id is the participant.</summary>
    public bool MayPractise => Role == KeyRole.Participant && !string.IsNullOrWhiteSpace(Cohort);

    /// <summary>Teachers read the practice reflections of their own cohort only.</summary>
    public bool Teaches(string cohort) =>
        Role == KeyRole.Teacher && string.Equals(Cohort?.Trim(), cohort.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Participants and the teacher of a cohort share its own cases and shared hand-ins; nobody else sees them.</summary>
    public bool InCohort(string cohort) =>
        Role is KeyRole.Participant or KeyRole.Teacher && !string.IsNullOrWhiteSpace(Cohort)
        && string.Equals(Cohort.Trim(), cohort.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether this is a teacher key with a cohort.</summary>
    public bool IsTeacher => Role == KeyRole.Teacher && !string.IsNullOrWhiteSpace(Cohort);

    /// <summary>
    /// The identity of a key, for any scheme that authenticates with one (bearer header or session
    /// cookie), so both carry exactly the same rights.
    /// </summary>
    public static ClaimsPrincipal PrincipalOf(StoredKey key, string scheme)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, key.Id), new(ClaimTypes.Role, key.Role.ToCode()) };
        if (key.Experiments.Count > 0) claims.Add(new Claim(ExperimentsClaim, KeyExperiments.Of(key).Slugs));
        if (key.Municipality is not null) claims.Add(new Claim(MunicipalityClaim, key.Municipality));
        if (key.Role == KeyRole.Steward)
        {
            claims.Add(new Claim(LevelClaim, key.Level.ToCode()));
            if (key.Region is not null) claims.Add(new Claim(RegionClaim, key.Region));
            claims.AddRange(key.RegionMunicipalities.Select(m => new Claim(RegionMunicipalityClaim, m)));
        }
        if (key.Cohort is not null) claims.Add(new Claim(CohortClaim, key.Cohort));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
