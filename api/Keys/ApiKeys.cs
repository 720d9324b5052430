using System.Security.Cryptography;
using System.Text;
using TransitionLab.Api.Store;

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

    /// <summary>Creates and stores a key; the returned secret is not stored. <paramref name="cohort"/> is for participant and teacher keys.</summary>
    public static IssuedKey Issue(Database db, KeyRole role, IReadOnlyList<string> experiments, string? municipality, DateTimeOffset now, string label = "", string? cohort = null)
    {
        var secret = Prefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var stored = new StoredKey
        {
            Id = "key_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)),
            Hash = HashOf(secret),
            Role = role,
            Experiments = experiments.ToList(),
            Municipality = municipality,
            Cohort = cohort,
            Label = label,
            CreatedAt = Dates.ToStored(now),
        };
        db.Keys.Insert(stored);
        db.KeysByHash.Changed();
        return new IssuedKey(stored, secret);
    }

    /// <summary>The working (not revoked) key for <paramref name="secret"/>, or <c>null</c>.</summary>
    public static StoredKey? Find(Database db, string secret)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal)) return null;
        var hash = HashOf(secret);
        var key = db.KeysByHash.Find(hash);
        // The lookup already matched; the fixed-time compare keeps timing independent of the secret.
        if (key is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(key.Hash), Encoding.ASCII.GetBytes(hash))) return null;
        return key.RevokedAt is null ? key : null;
    }

    /// <summary>Revokes a key at once; <c>false</c> when there is no such key.</summary>
    public static bool Revoke(Database db, string id, DateTimeOffset now)
    {
        var key = db.Keys.FindById(id);
        if (key is null) return false;
        if (key.RevokedAt is null) db.Keys.Update(new StoredKey
        {
            Id = key.Id, Hash = key.Hash, Role = key.Role, Experiments = key.Experiments, Municipality = key.Municipality, Cohort = key.Cohort,
            Label = key.Label, CreatedAt = key.CreatedAt, RevokedAt = Dates.ToStored(now),
        });
        db.KeysByHash.Changed();
        return true;
    }

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
