using TransitionLab.Api.Audit;
using TransitionLab.Api.Store;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Api.Reflections;

/// <summary>A new reflection as journaled; revision 1 and firstSeen are set when it is applied.</summary>
public sealed record CreateReflectionChange : StoreChange
{
    /// <summary>The validated reflection as sent, with its new id.</summary>
    public required Reflection Reflection { get; init; }

    /// <inheritdoc />
    protected override bool NeedsMarker => false;

    /// <inheritdoc />
    protected override bool WasApplied(Database db) => db.ReflectionRevisions.FindById(ReflectionMapping.RevisionKey(Reflection.Id, 1)) is not null;

    /// <inheritdoc />
    protected override ChangeOutcome ApplyChange(Database db)
    {
        var stored = StoredReflections.WithFirstSeen(db, Reflection, isNew: true) with { Revision = 1, RecordedAt = Dates.AsStored(At), RecordedBy = KeyId };
        var document = stored.ToStored();
        db.ReflectionRevisions.Insert(document);
        db.ReflectionHeads.Insert(new StoredReflectionHead { ReflectionId = stored.Id, ExperimentSlug = stored.ExperimentSlug, LatestRevision = 1 });
        var target = $"{stored.Id}/1";
        db.AppendAudit(KeyId, At, "reflection.create", target);
        // Mapped back from the stored document, so it equals what a later read of the store returns.
        return new ChangeOutcome(ChangeStatus.Created, target, document.ToDomain()) { Experiment = stored.ExperimentSlug };
    }
}

/// <summary>A correction as journaled; its revision number is the latest one plus one when it is applied.</summary>
public sealed record CorrectReflectionChange : StoreChange
{
    /// <summary>The validated correction, with the id of the reflection it corrects.</summary>
    public required Reflection Correction { get; init; }

    /// <inheritdoc />
    protected override ChangeOutcome ApplyChange(Database db)
    {
        if (StoredReflections.HeadOf(db, Correction.Id) is not { } head) return new ChangeOutcome(ChangeStatus.NotFound, Correction.Id.ToString());
        var stored = StoredReflections.WithFirstSeen(db, Correction, isNew: false) with { Revision = head.LatestRevision + 1, RecordedAt = Dates.AsStored(At), RecordedBy = KeyId };
        var document = stored.ToStored();
        db.ReflectionRevisions.Insert(document);
        db.ReflectionHeads.Update(new StoredReflectionHead { Id = head.Id, ReflectionId = head.ReflectionId, ExperimentSlug = head.ExperimentSlug, LatestRevision = stored.Revision });
        var target = $"{stored.Id}/{stored.Revision}";
        db.AppendAudit(KeyId, At, "reflection.correct", target);
        return new ChangeOutcome(ChangeStatus.Updated, target, document.ToDomain()) { Experiment = stored.ExperimentSlug };
    }
}
