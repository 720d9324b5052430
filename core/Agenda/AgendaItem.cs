using System.Text.Json.Serialization;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Core.Agenda;

/// <summary>
/// One item of the transition agenda: a regime belemmering to change, the experiments where it blocks, the
/// level that can change it, who owns the change, where it stands and when the next decision falls. The
/// store keeps what stewards decided; <see cref="TransitionAgenda.Compose(IEnumerable{Experiments.Experiment}, Verdicts.ReflectionTimelines, IEnumerable{AgendaItem})"/> adds what the reflections say now.
/// </summary>
public sealed record AgendaItem
{
    /// <summary>Stable identifier (lowercase with hyphens); a proposal's id is its belemmering's code.</summary>
    public required string Id { get; init; }
    /// <summary>The belemmering to change, in plain Dutch.</summary>
    public required string Title { get; init; }
    /// <summary>The belemmering kinds from the reflections this item gathers.</summary>
    public IReadOnlyList<BarrierKind> Kinds { get; init; } = [];
    /// <summary>The experiments where it blocks, in slug order.</summary>
    public IReadOnlyList<Blockage> Blocks { get; init; } = [];
    /// <summary>The level that can change it.</summary>
    public ChangeLevel Level { get; init; }
    /// <summary>The organisation or role that owns the change; never a person.</summary>
    public string? Owner { get; init; }
    /// <summary>Where it stands.</summary>
    public AgendaStatus Status { get; init; }
    /// <summary>Why it stands there (required when it stays).</summary>
    public string? StatusReason { get; init; }
    /// <summary>The next decision moment: a budget round, an ordinance, a law.</summary>
    public string? DecisionMoment { get; init; }
    /// <summary>What changed so far (required when solved).</summary>
    public string? Changes { get; init; }
    /// <summary>Proposed, accepted, dismissed or merged.</summary>
    public AgendaDisposition Disposition { get; init; }
    /// <summary>The item this one was merged into.</summary>
    public string? MergedInto { get; init; }
    /// <summary>Increases with every stored change; 0 for a proposal not stored yet.</summary>
    public int Version { get; init; }
    /// <summary>When a steward last changed it; <c>null</c> for a proposal.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
    /// <summary>The day it was marked solved or staying; the days open of its experiments stop counting then.</summary>
    public DateOnly? ClosedOn { get; init; }

    /// <summary>Slugs of the experiments where it blocks.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Experiments => Blocks.Select(b => b.ExperimentSlug).ToArray();

    /// <summary>Whether its status is final: solved or staying.</summary>
    [JsonIgnore]
    public bool Closed => Status is AgendaStatus.Solved or AgendaStatus.Stays;

    /// <summary>Whether it shows on the agenda: a proposal or an accepted item.</summary>
    [JsonIgnore]
    public bool Listed => Disposition is AgendaDisposition.Proposed or AgendaDisposition.Accepted;

    /// <summary>Days the belemmering has been open in one experiment, counted to <paramref name="today"/> or to the day the item closed.</summary>
    public int DaysOpen(Blockage block, DateOnly today) => Math.Max(0, (ClosedOn ?? today).DayNumber - block.FirstSeen.DayNumber);
}

/// <summary>Where an agenda item blocks one experiment.</summary>
/// <param name="ExperimentSlug">The experiment.</param>
/// <param name="FirstSeen">When its reflections first named the belemmering.</param>
/// <param name="Cycles">Reflections in a row, counting back from the latest, that name it as still standing.</param>
public sealed record Blockage(string ExperimentSlug, DateOnly FirstSeen, int Cycles);
