using TransitionLab.Api.Audit;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Intake;

/// <summary>A new invitation as journaled: the key record with the hash of its code, never the code itself.</summary>
public sealed record CreateInvitationChange : StoreChange
{
    /// <summary>The invitation key to store.</summary>
    public required StoredKey Invitation { get; init; }

    /// <inheritdoc />
    protected override bool NeedsMarker => false;

    /// <inheritdoc />
    protected override bool WasApplied(Database db) => db.Keys.FindById(Invitation.Id) is not null;

    /// <inheritdoc />
    protected override ChangeOutcome ApplyChange(Database db)
    {
        db.Keys.Insert(Invitation);
        db.KeysByHash.Forget();
        db.AppendAudit(KeyId, At, "invitation.create", Invitation.Id);
        return new ChangeOutcome(ChangeStatus.Created, Invitation.Id, Invitation);
    }
}

/// <summary>Revoking an invitation as journaled: its code stops working at once, also when it registered an experiment.</summary>
public sealed record RevokeInvitationChange : StoreChange
{
    /// <summary>Key id of the invitation.</summary>
    public required string InvitationId { get; init; }

    /// <inheritdoc />
    protected override ChangeOutcome ApplyChange(Database db)
    {
        if (db.Keys.FindById(InvitationId) is not { InvitedBy: not null }) return new ChangeOutcome(ChangeStatus.NotFound, InvitationId);
        ApiKeys.Revoke(db, InvitationId, At);
        db.AppendAudit(KeyId, At, "invitation.revoke", InvitationId);
        return new ChangeOutcome(ChangeStatus.Updated, InvitationId, db.Keys.FindById(InvitationId));
    }
}
