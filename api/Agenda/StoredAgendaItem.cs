using TransitionLab.Api.Store;
using TransitionLab.Core.Agenda;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Api.Agenda;

/// <summary>An agenda item as stored once a steward handled it. <see cref="Version"/> feeds the ETag.</summary>
public sealed class StoredAgendaItem
{
    /// <summary>Identifier (lowercase with hyphens).</summary>
    public string Id { get; init; } = "";
    /// <summary>The belemmering to change.</summary>
    public string Title { get; init; } = "";
    /// <summary>Belemmering kinds it gathers.</summary>
    public List<BarrierKind> Kinds { get; init; } = [];
    /// <summary>Experiments where it blocked when last stored.</summary>
    public List<StoredBlockage> Blocks { get; init; } = [];
    /// <summary>Level that can change it.</summary>
    public ChangeLevel Level { get; init; }
    /// <summary>Owner: an organisation or role.</summary>
    public string? Owner { get; init; }
    public AgendaStatus Status { get; init; }
    /// <summary>Why it stands there.</summary>
    public string? StatusReason { get; init; }
    /// <summary>Next decision moment.</summary>
    public string? DecisionMoment { get; init; }
    /// <summary>What changed.</summary>
    public string? Changes { get; init; }
    /// <summary>Accepted, dismissed or merged.</summary>
    public AgendaDisposition Disposition { get; init; }
    /// <summary>Item it was merged into.</summary>
    public string? MergedInto { get; init; }
    /// <summary>Version, from 1.</summary>
    public int Version { get; init; }
    /// <summary>When this version was stored.</summary>
    public DateTime UpdatedAt { get; init; }
    /// <summary>Key id that stored it.</summary>
    public string UpdatedBy { get; init; } = "";
    /// <summary>Day it was marked solved or staying (midnight UTC).</summary>
    public DateTime? ClosedOn { get; init; }
}

/// <summary>One blocked experiment as stored.</summary>
public sealed class StoredBlockage
{
    public string ExperimentSlug { get; init; } = "";
    /// <summary>First seen (midnight UTC).</summary>
    public DateTime FirstSeen { get; init; }
    /// <summary>Cycles in a row.</summary>
    public int Cycles { get; init; }
}

/// <summary>The one mapping between the stored and the domain agenda item.</summary>
public static class AgendaItemMapping
{
    /// <summary>Domain → stored, as version <paramref name="version"/> by <paramref name="keyId"/>.</summary>
    public static StoredAgendaItem ToStored(this AgendaItem item, int version, string keyId, DateTimeOffset at) => new()
    {
        Id = item.Id, Title = item.Title, Kinds = [.. item.Kinds],
        Blocks = item.Blocks.Select(b => new StoredBlockage { ExperimentSlug = b.ExperimentSlug, FirstSeen = Dates.ToStored(b.FirstSeen), Cycles = b.Cycles }).ToList(),
        Level = item.Level, Owner = item.Owner, Status = item.Status, StatusReason = item.StatusReason, DecisionMoment = item.DecisionMoment,
        Changes = item.Changes, Disposition = item.Disposition, MergedInto = item.MergedInto, Version = version,
        UpdatedAt = Dates.ToStored(at), UpdatedBy = keyId, ClosedOn = Dates.ToStored(item.ClosedOn),
    };

    /// <summary>Stored → domain.</summary>
    public static AgendaItem ToDomain(this StoredAgendaItem s) => new()
    {
        Id = s.Id, Title = s.Title, Kinds = [.. s.Kinds],
        Blocks = s.Blocks.Select(b => new Blockage(b.ExperimentSlug, Dates.ToDomain(b.FirstSeen), b.Cycles)).ToArray(),
        Level = s.Level, Owner = s.Owner, Status = s.Status, StatusReason = s.StatusReason, DecisionMoment = s.DecisionMoment,
        Changes = s.Changes, Disposition = s.Disposition, MergedInto = s.MergedInto, Version = s.Version,
        UpdatedAt = Dates.ToInstant(s.UpdatedAt), ClosedOn = Dates.ToDomain(s.ClosedOn),
    };

    /// <summary>Strong ETag of one version of an item; a proposal not stored yet is version 0.</summary>
    public static string ETag(this AgendaItem item) => $"\"{item.Id}-{item.Version}\"";
}
