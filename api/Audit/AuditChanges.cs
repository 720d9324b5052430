using TransitionLab.Api.Store;

namespace TransitionLab.Api.Audit;

/// <summary>
/// Removes the audit entries from before <see cref="Before"/>, as journaled. The cut is itself recorded, so the log
/// says when and up to which date it was shortened, and by the retention rather than by hand.
/// </summary>
public sealed record PruneAuditChange : StoreChange
{
    /// <summary>Entries from before this instant are removed; fixed by the caller, so a replay removes the same.</summary>
    public required DateTimeOffset Before { get; init; }

    /// <inheritdoc />
    protected override ChangeOutcome ApplyChange(Database db)
    {
        var cutoff = Dates.ToStored(Before);
        var removed = db.Audit.DeleteMany(a => a.At < cutoff);
        var target = $"{removed} before {Before:yyyy-MM-dd}";
        db.AppendAudit(KeyId, At, "audit.prune", target);
        return new ChangeOutcome(ChangeStatus.Updated, target);
    }
}
