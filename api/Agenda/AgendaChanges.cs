using TransitionLab.Api.Audit;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Agenda;

/// <summary>
/// Stores new versions of one or more agenda items together (a merge changes two). Each names the version it
/// was made from; that is compared when the change is applied, so two stewards working from one version cannot
/// both win, and a merge is stored whole or not at all.
/// </summary>
public sealed record SaveAgendaChange : StoreChange
{
    /// <summary>What the steward did: <c>agenda.update</c>, <c>agenda.create</c>, <c>agenda.accept</c>, <c>agenda.dismiss</c>, <c>agenda.merge</c>.</summary>
    public required string Action { get; init; }
    /// <summary>The new versions, each with the version it replaces (0: not stored yet).</summary>
    public required IReadOnlyList<AgendaSave> Items { get; init; }

    /// <inheritdoc />
    protected override ChangeOutcome ApplyChange(Database db)
    {
        var target = string.Join(",", Items.Select(i => i.Item.Id));
        foreach (var save in Items)
            if ((db.Agenda.FindById(save.Item.Id)?.Version ?? 0) != save.Replaces) return new ChangeOutcome(ChangeStatus.Stale, save.Item.Id);
        foreach (var save in Items)
        {
            db.Agenda.Upsert(save.Item);
            db.AppendAudit(KeyId, At, Action, $"{save.Item.Id}/{save.Item.Version}");
        }
        return new ChangeOutcome(Items.All(i => i.Replaces == 0) ? ChangeStatus.Created : ChangeStatus.Updated, target,
            Items.Select(i => i.Item.ToDomain()).ToArray()) { AllPages = true };
    }
}

/// <summary>A new version of one agenda item.</summary>
/// <param name="Item">The item as it is to be stored (its version is <paramref name="Replaces"/> + 1).</param>
/// <param name="Replaces">The version it was made from; 0 for an item not stored yet.</param>
public sealed record AgendaSave(StoredAgendaItem Item, int Replaces);
