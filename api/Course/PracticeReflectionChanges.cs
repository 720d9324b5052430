using TransitionLab.Api.Audit;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Course;

/// <summary>A participant's practice reflection as journaled; it is complete when journaled.</summary>
public sealed record CreatePracticeReflectionChange : StoreChange
{
    /// <summary>The checked practice reflection.</summary>
    public required StoredPracticeReflection Practice { get; init; }

    /// <inheritdoc />
    protected override bool NeedsMarker => false;

    /// <inheritdoc />
    protected override bool WasApplied(Database db) => db.PracticeReflections.FindById(Practice.Id) is not null;

    /// <inheritdoc />
    protected override ChangeOutcome ApplyChange(Database db)
    {
        db.PracticeReflections.Insert(Practice);
        db.AppendAudit(KeyId, At, "practice-reflection.create", Practice.Id.ToString());
        // No Experiment: a practice reflection is private and moves no public page or verdict.
        return new ChangeOutcome(ChangeStatus.Created, Practice.Id.ToString(), Practice);
    }
}
