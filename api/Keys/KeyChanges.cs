using TransitionLab.Api.Audit;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Keys;

/// <summary>
/// A new key as journaled: the record with the hash of its secret, never the secret itself. Keys that it replaces
/// (the previous demo key) are revoked in the same change, so a replay after a crash never leaves two demo keys
/// working, or none.
/// </summary>
public sealed record CreateKeyChange : StoreChange
{
    /// <summary>The key to store.</summary>
    public required StoredKey Key { get; init; }

    /// <summary>Ids of keys that stop working when this one is stored.</summary>
    public IReadOnlyList<string> Replaces { get; init; } = [];

    /// <inheritdoc />
    protected override bool NeedsMarker => false;

    /// <inheritdoc />
    protected override bool WasApplied(Database db) => db.Keys.FindById(Key.Id) is not null;

    /// <inheritdoc />
    protected override ChangeOutcome ApplyChange(Database db)
    {
        foreach (var id in Replaces)
            if (ApiKeys.Revoke(db, id, At)) db.AppendAudit(KeyId, At, "key.revoke", id);
        db.Keys.Insert(Key);
        db.KeysByHash.Forget();
        db.AppendAudit(KeyId, At, "key.create", Key.Id);
        return new ChangeOutcome(ChangeStatus.Created, Key.Id, Key);
    }
}

/// <summary>Revoking a key as journaled: it stops working at once and stays listed as revoked.</summary>
public sealed record RevokeKeyChange : StoreChange
{
    /// <summary>Id of the key to revoke.</summary>
    public required string RevokedKeyId { get; init; }

    /// <inheritdoc />
    protected override ChangeOutcome ApplyChange(Database db)
    {
        if (!ApiKeys.Revoke(db, RevokedKeyId, At)) return new ChangeOutcome(ChangeStatus.NotFound, RevokedKeyId);
        db.AppendAudit(KeyId, At, "key.revoke", RevokedKeyId);
        return new ChangeOutcome(ChangeStatus.Updated, RevokedKeyId, db.Keys.FindById(RevokedKeyId));
    }
}
