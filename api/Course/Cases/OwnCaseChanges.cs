using TransitionLab.Api.Audit;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Course.Cases;

/// <summary>A new own case as journaled; complete when journaled.</summary>
public sealed record CreateOwnCaseChange : StoreChange
{
    /// <summary>The case to store.</summary>
    public required StoredOwnCase Case { get; init; }

    /// <inheritdoc />
    protected override bool NeedsMarker => false;

    /// <inheritdoc />
    protected override bool WasApplied(Database db) => db.CourseCases.FindById(Case.Id) is not null;

    /// <inheritdoc />
    protected override ChangeOutcome ApplyChange(Database db)
    {
        db.CourseCases.Insert(Case);
        db.Record(KeyId, At, "course-case.create", Case.Id.ToString());
        return new ChangeOutcome(ChangeStatus.Created, Case.Id.ToString(), Case);
    }
}
