using TransitionLab.Core.Agenda;

namespace TransitionLab.Api.Course.AgendaDrafts;

/// <summary>
/// A participant's practice draft of a transition-agenda item, in its own collection <c>agendaDrafts</c>: the
/// agenda, its proposals, exports and pages never read it, so it can never be published or reach a verdict.
/// </summary>
public sealed class StoredAgendaDraft
{
    public Guid Id { get; init; }
    /// <summary>Cohort of the participant's key when it was filed.</summary>
    public string Cohort { get; init; } = "";
    /// <summary>Slug of the course module it was practised in.</summary>
    public string Module { get; init; } = "";
    /// <summary>Key id of the participant: the participant is known by their key only.</summary>
    public string ParticipantKeyId { get; init; } = "";
    /// <summary>When it was stored (UTC).</summary>
    public DateTime RecordedAt { get; init; }
    /// <summary>The regime belemmering to change.</summary>
    public string Belemmering { get; init; } = "";
    /// <summary>The level that can change it.</summary>
    public ChangeLevel Level { get; init; }
    /// <summary>The organisation or role that would own the change; never a person.</summary>
    public string Owner { get; init; } = "";
    /// <summary>The next decision moment: a budget round, an ordinance, a law.</summary>
    public string DecisionMoment { get; init; } = "";
    /// <summary>What should change.</summary>
    public string Change { get; init; } = "";
}
