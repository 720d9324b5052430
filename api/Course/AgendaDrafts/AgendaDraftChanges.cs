using TransitionLab.Api.Audit;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Course.AgendaDrafts;

/// <summary>A participant's practice draft of an agenda item as journaled; it is complete when journaled.</summary>
public sealed record CreateAgendaDraftChange : StoreChange
{
    /// <summary>The checked draft.</summary>
    public required StoredAgendaDraft Draft { get; init; }

    /// <inheritdoc />
    protected override bool NeedsMarker => false;

    /// <inheritdoc />
    protected override bool WasApplied(Database db) => db.AgendaDrafts.FindById(Draft.Id) is not null;

    /// <inheritdoc />
    protected override ChangeOutcome ApplyChange(Database db)
    {
        db.AgendaDrafts.Insert(Draft);
        db.AppendAudit(KeyId, At, "agenda-draft.create", Draft.Id.ToString());
        // No page: a practice draft is private and moves no public page or verdict.
        return new ChangeOutcome(ChangeStatus.Created, Draft.Id.ToString(), Draft);
    }
}
