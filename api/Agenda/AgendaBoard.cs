using TransitionLab.Api.Experiments;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Site;
using TransitionLab.Api.Store;
using TransitionLab.Core.Agenda;
using TransitionLab.Core.Catalogue;

namespace TransitionLab.Api.Agenda;

/// <summary>
/// The transition agenda as it stands now, and the one write path for it (the JSON API and the site's forms
/// both call it): every change is checked against the steward's scope, journaled through the
/// <see cref="StoreWriter"/> and audited.
/// </summary>
public sealed class AgendaBoard(ImportedCatalogue catalogue, PublicData records, StoreWriter writer, TimeProvider time)
{
    /// <summary>The catalogue the agenda is composed against.</summary>
    public ContentCatalogue Catalogue => catalogue.Published();

    /// <summary>Today (UTC), for days open.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>Every item, stored and proposed, with its current experiments.</summary>
    public IReadOnlyList<AgendaItem> Items()
    {
        var (timelines, _) = records.ForSite();
        var (stored, _) = records.Tactical();
        return TransitionAgenda.Compose(catalogue.Published().Experiments, timelines, stored);
    }

    /// <summary>One item by id (also a dismissed or merged one); <c>null</c> when there is none.</summary>
    public AgendaItem? Find(string id) => Items().FirstOrDefault(i => i.Id == id);

    /// <summary>Whether <paramref name="caller"/> is a steward of the municipality of one of <paramref name="experimentSlugs"/>.</summary>
    public bool MayChange(Caller caller, IEnumerable<string> experimentSlugs) =>
        experimentSlugs.Select(catalogue.Published().FindExperiment).Any(e => e is not null && caller.MayDecideFor(e.Municipality));

    /// <summary>Replaces an item's fields (a proposal is accepted by it). <paramref name="ifMatch"/> is required.</summary>
    public async Task<AgendaWrite> UpdateAsync(string id, AgendaItemRequest request, Caller caller, string? ifMatch)
    {
        if (Find(id) is not { } item) return AgendaWrite.NotFound(id);
        if (!MayChange(caller, item.Experiments)) return AgendaWrite.Forbidden();
        if (string.IsNullOrEmpty(ifMatch)) return new(AgendaWriteStatus.PreconditionRequired, item);
        if (!Matches(ifMatch, item)) return new(AgendaWriteStatus.Stale, item);
        if (AgendaMapping.Validate(request, Catalogue, creating: false) is { Count: > 0 } errors) return new(AgendaWriteStatus.Invalid, item, errors);
        return await SaveAsync("agenda.update", caller, (item, item.Apply(request, Today)));
    }

    /// <summary>Creates an item a steward names, for experiments of which one lies in the steward's scope.</summary>
    public async Task<AgendaWrite> CreateAsync(AgendaItemRequest request, Caller caller)
    {
        if (AgendaMapping.Validate(request, Catalogue, creating: true) is { Count: > 0 } errors) return new(AgendaWriteStatus.Invalid, null, errors);
        if (!MayChange(caller, request.Experiments!)) return AgendaWrite.Forbidden();
        var taken = Items().Select(i => i.Id).Concat(Enum.GetValues<Core.Reflections.BarrierKind>().Select(k => Core.Language.EnumCode.ToCode(k))).ToHashSet(StringComparer.Ordinal);
        var id = FreeId(Slugs.From(request.Title!), taken);
        var empty = new AgendaItem { Id = id, Title = request.Title!.Trim() };
        return await SaveAsync("agenda.create", caller, (empty, empty.Apply(request, Today)));
    }

    /// <summary>Accepts a proposal onto the agenda as it is (status gesignaleerd).</summary>
    public async Task<AgendaWrite> AcceptAsync(string id, Caller caller)
    {
        if (Find(id) is not { } item) return AgendaWrite.NotFound(id);
        if (!MayChange(caller, item.Experiments)) return AgendaWrite.Forbidden();
        if (item.Disposition != AgendaDisposition.Proposed) return new(AgendaWriteStatus.Conflict, item, Detail: "Dit punt staat al op de agenda of is al afgehandeld.");
        return await SaveAsync("agenda.accept", caller, (item, item with { Disposition = AgendaDisposition.Accepted }));
    }

    /// <summary>Dismisses a proposal or item with a reason; it is not proposed again.</summary>
    public async Task<AgendaWrite> DismissAsync(string id, string? reason, Caller caller)
    {
        if (Find(id) is not { } item) return AgendaWrite.NotFound(id);
        if (!MayChange(caller, item.Experiments)) return AgendaWrite.Forbidden();
        if (!item.Listed) return new(AgendaWriteStatus.Conflict, item, Detail: "Dit punt is al afgewezen of samengevoegd.");
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(reason)) errors["reason"] = ["Leg uit waarom dit punt niet op de agenda hoort."];
        else if (reason.Trim().Length > AgendaMapping.TextMax) errors["reason"] = [$"Gebruik hoogstens {AgendaMapping.TextMax} tekens."];
        foreach (var finding in Core.Text.FreeTextGuard.Check([("reason", reason)])) errors[finding.Path] = [finding.Message];
        if (errors.Count > 0) return new(AgendaWriteStatus.Invalid, item, errors);
        return await SaveAsync("agenda.dismiss", caller, (item, item with { Disposition = AgendaDisposition.Dismissed, StatusReason = reason!.Trim() }));
    }

    /// <summary>Merges an item into another: the other takes over its belemmeringen and experiments.</summary>
    public async Task<AgendaWrite> MergeAsync(string id, string? into, Caller caller)
    {
        if (Find(id) is not { } item) return AgendaWrite.NotFound(id);
        var items = Items();
        if (string.IsNullOrWhiteSpace(into) || into == id || items.FirstOrDefault(i => i.Id == into && i.Listed) is not { } target)
            return new(AgendaWriteStatus.Invalid, item, new Dictionary<string, string[]> { ["into"] = ["Kies een ander punt van de agenda om dit punt mee samen te voegen."] });
        if (!MayChange(caller, item.Experiments) || !MayChange(caller, target.Experiments)) return AgendaWrite.Forbidden();
        if (!item.Listed) return new(AgendaWriteStatus.Conflict, item, Detail: "Dit punt is al afgewezen of samengevoegd.");
        var merged = target with
        {
            Kinds = [.. target.Kinds.Union(item.Kinds)],
            Blocks = target.Blocks.Concat(item.Blocks.Where(b => target.Blocks.All(t => t.ExperimentSlug != b.ExperimentSlug)))
                .OrderBy(b => b.ExperimentSlug, StringComparer.Ordinal).ToArray(),
            Disposition = AgendaDisposition.Accepted,
        };
        var write = await SaveAsync("agenda.merge", caller, (target, merged), (item, item with { Disposition = AgendaDisposition.Merged, MergedInto = target.Id }));
        return write with { Item = write.Status == AgendaWriteStatus.Ok ? Find(target.Id) : write.Item };
    }

    private async Task<AgendaWrite> SaveAsync(string action, Caller caller, params (AgendaItem Before, AgendaItem After)[] changes)
    {
        var now = time.GetUtcNow();
        var outcome = await writer.WriteAsync(new SaveAgendaChange
        {
            ChangeId = Guid.NewGuid(), KeyId = caller.KeyId, At = now, Action = action,
            Items = changes.Select(c => new AgendaSave(c.After.ToStored(c.Before.Version + 1, caller.KeyId, now), c.Before.Version)).ToArray(),
        });
        if (outcome.Status == ChangeStatus.Stale) return new(AgendaWriteStatus.Stale, changes[0].Before);
        var saved = Find(changes[0].After.Id);
        return new(action == "agenda.create" ? AgendaWriteStatus.Created : AgendaWriteStatus.Ok, saved);
    }

    private static bool Matches(string ifMatch, AgendaItem item) =>
        ifMatch.Split(',').Select(t => t.Trim()).Any(t => t == "*" || t == item.ETag());

    private static string FreeId(string wanted, HashSet<string> taken)
    {
        var id = Slugs.IsValid(wanted) ? wanted[..Math.Min(wanted.Length, 70)].TrimEnd('-') : "agendapunt";
        if (!taken.Contains(id)) return id;
        for (var n = 2; ; n++)
            if (!taken.Contains($"{id}-{n}")) return $"{id}-{n}";
    }
}

/// <summary>How an agenda write ended.</summary>
public enum AgendaWriteStatus
{
    Ok,
    /// <summary>A new item was stored.</summary>
    Created,
    /// <summary>No such item.</summary>
    NotFound,
    /// <summary>The caller is no steward of any of the item's experiments.</summary>
    Forbidden,
    /// <summary>The request has errors by field.</summary>
    Invalid,
    /// <summary>If-Match is missing.</summary>
    PreconditionRequired,
    /// <summary>Someone changed the item since the caller read it.</summary>
    Stale,
    /// <summary>The item is not in a state that allows this.</summary>
    Conflict,
}

/// <summary>The result of an agenda write: the item as it now stands, or why nothing was stored.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Item">The item (after the write when it was stored).</param>
/// <param name="Errors">Errors by field when <see cref="AgendaWriteStatus.Invalid"/>.</param>
/// <param name="Detail">A Dutch explanation for other failures.</param>
public sealed record AgendaWrite(AgendaWriteStatus Status, AgendaItem? Item, IReadOnlyDictionary<string, string[]>? Errors = null, string? Detail = null)
{
    /// <summary>No item with this id.</summary>
    public static AgendaWrite NotFound(string id) => new(AgendaWriteStatus.NotFound, null, Detail: $"Er is geen agendapunt '{id}'.");

    /// <summary>Not the caller's to change.</summary>
    public static AgendaWrite Forbidden() => new(AgendaWriteStatus.Forbidden, null,
        Detail: "Alleen een regisseur (steward) van de gemeente van een van de experimenten van dit punt wijzigt het.");
}
