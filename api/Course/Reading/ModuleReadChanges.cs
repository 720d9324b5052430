using TransitionLab.Api.Audit;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Course.Reading;

/// <summary>
/// A participant marks a module read, or takes the mark back, as journaled. Marking an already read module changes
/// nothing and is not audited again, so the first date stays the one the teacher sees.
/// </summary>
public sealed record MarkModuleReadChange : StoreChange
{
    /// <summary>Cohort of the participant.</summary>
    public required string Cohort { get; init; }
    /// <summary>Slug of the module.</summary>
    public required string Module { get; init; }
    /// <summary><c>true</c> marks the module read; <c>false</c> takes the mark back.</summary>
    public required bool Read { get; init; }

    /// <inheritdoc />
    protected override ChangeOutcome ApplyChange(Database db)
    {
        var id = StoredModuleRead.IdOf(KeyId, Module);
        var current = db.ModuleReads.FindById(id);
        if (!Read)
        {
            if (current is null) return new ChangeOutcome(ChangeStatus.NotFound, id);
            db.ModuleReads.Delete(id);
            db.AppendAudit(KeyId, At, "course-module.unread", id);
            return new ChangeOutcome(ChangeStatus.Updated, id);
        }
        if (current is not null) return new ChangeOutcome(ChangeStatus.Repeated, id, current);
        var mark = new StoredModuleRead { Id = id, Cohort = Cohort, ParticipantKeyId = KeyId, Module = Module, ReadAt = Dates.ToStored(At) };
        db.ModuleReads.Insert(mark);
        db.AppendAudit(KeyId, At, "course-module.read", id);
        return new ChangeOutcome(ChangeStatus.Created, id, mark);
    }
}
