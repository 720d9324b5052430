using System.Security.Cryptography;
using System.Text;
using TransitionLab.Api.Store;
using TransitionLab.Core.Decisions;

namespace TransitionLab.Api.Keys;

/// <summary>A new key: the secret is in <see cref="Secret"/> and nowhere else, so show it once.</summary>
public sealed record IssuedKey(StoredKey Stored, string Secret);

/// <summary>Making, finding and revoking keys; shared by the HTTP API and the command line.</summary>
public static class ApiKeys
{
    /// <summary>Prefix of every key, so a leaked key is recognisable.</summary>
    public const string Prefix = "tl_";

    /// <summary>Lowercase hex SHA-256 of a key.</summary>
    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>A new key and its secret, not stored yet: for a write that stores it through the journal (which holds only the hash).</summary>
    public static IssuedKey Make(KeyRole role, IReadOnlyList<string> experiments, string? municipality, DateTimeOffset now, string label = "", string? cohort = null,
        DateTimeOffset? expiresAt = null, string? invitedBy = null, StewardScope? scope = null)
    {
        var secret = Prefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var stored = new StoredKey
        {
            Id = "key_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)),
            Hash = HashOf(secret),
            Role = role,
            Experiments = experiments.ToList(),
            Municipality = scope is null || scope.Level == DecisionLevel.Municipality ? scope?.Name ?? municipality : null,
            Level = scope?.Level ?? DecisionLevel.Municipality,
            Region = scope?.Level == DecisionLevel.Region ? scope.Name : null,
            RegionMunicipalities = scope?.Level == DecisionLevel.Region ? [.. scope.Municipalities] : [],
            Cohort = cohort,
            Label = label,
            CreatedAt = Dates.ToStored(now),
            ExpiresAt = expiresAt is { } expires ? Dates.ToStored(expires) : null,
            InvitedBy = invitedBy,
        };
        return new IssuedKey(stored, secret);
    }

    /// <summary>The working key for <paramref name="secret"/> at <paramref name="now"/> (default: the system clock), or <c>null</c>.</summary>
    public static StoredKey? Find(Database db, string secret, DateTimeOffset? now = null)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var hash = HashOf(secret);
        var key = db.KeysByHash.Find(hash);
        // The lookup already matched; the fixed-time compare keeps timing independent of the secret.
        if (key is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(key.Hash), Encoding.ASCII.GetBytes(hash))) return null;
        return key.WorksAt(now ?? DateTimeOffset.UtcNow) ? key : null;
    }

    /// <summary>Revokes a key at once; <c>false</c> when there is no such key.</summary>
    public static bool Revoke(Database db, string id, DateTimeOffset now)
    {
        var key = db.Keys.FindById(id);
        if (key is null) return false;
        if (key.RevokedAt is null) db.Keys.Update(key.With(revokedAt: Dates.ToStored(now)));
        db.KeysByHash.Forget();
        return true;
    }

    /// <summary>A copy of <paramref name="key"/> with its revocation or experiments changed (stored keys are immutable records).</summary>
    public static StoredKey With(this StoredKey key, DateTime? revokedAt = null, IReadOnlyList<string>? experiments = null) => new()
    {
        Id = key.Id, Hash = key.Hash, Role = key.Role, Experiments = (experiments ?? key.Experiments).ToList(), Municipality = key.Municipality,
        Cohort = key.Cohort, Label = key.Label, CreatedAt = key.CreatedAt, RevokedAt = revokedAt ?? key.RevokedAt,
        ExpiresAt = key.ExpiresAt, InvitedBy = key.InvitedBy, Level = key.Level, Region = key.Region, RegionMunicipalities = key.RegionMunicipalities,
    };

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
