using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using TransitionLab.Api.Agenda;
using TransitionLab.Api.Store;
using TransitionLab.Core.Agenda;

namespace TransitionLab.Api.Course.AgendaDrafts;

/// <summary>A practice draft of a transition-agenda item as a participant sends it; every field is required.</summary>
public sealed record AgendaDraftRequest
{
    [Required, MinLength(1), MaxLength(AgendaMapping.NameMax), Description("The regime belemmering to change")] public string? Belemmering { get; init; }
    [Required, Description("municipality, region or national: the level that can change it")] public ChangeLevel? Level { get; init; }
    [Required, MinLength(1), MaxLength(AgendaMapping.NameMax), Description("Organisation or role that would own the change (never a person)")] public string? Owner { get; init; }
    /// <summary>Decision moment.</summary>
    [Required, MinLength(1), MaxLength(AgendaMapping.NameMax), Description("Next decision moment: a budget round, an ordinance, a law")] public string? DecisionMoment { get; init; }
    [Required, MinLength(1), MaxLength(AgendaMapping.TextMax), Description("What should change")] public string? Change { get; init; }
}

/// <summary>A practice draft as returned: only ever to its participant and the teacher of their cohort.</summary>
public sealed record AgendaDraftDto(
    [property: Description("Identifier")] Guid Id,
    [property: Description("Slug of the course module")] string Module,
    [property: Description("Cohort of the participant")] string Cohort,
    [property: Description("Key id of the participant")] string ParticipantKeyId,
    [property: Description("When it was stored (UTC)")] DateTimeOffset RecordedAt,
    [property: Description("The regime belemmering to change")] string Belemmering,
    [property: Description("municipality, region or national")] ChangeLevel Level,
    [property: Description("Organisation or role that would own the change")] string Owner,
    [property: Description("Next decision moment")] string DecisionMoment,
    [property: Description("What should change")] string Change);

/// <summary>The one place where practice drafts change shape.</summary>
public static class AgendaDraftMapping
{
    /// <summary>Validated request → stored; text is kept as written, only trimmed at the ends.</summary>
    public static StoredAgendaDraft ToStored(this AgendaDraftRequest r, Guid id, string module, string cohort, string participantKeyId, DateTimeOffset at) => new()
    {
        Id = id, Module = module, Cohort = cohort, ParticipantKeyId = participantKeyId, RecordedAt = Dates.ToStored(at),
        Belemmering = r.Belemmering!.Trim(), Level = r.Level!.Value, Owner = r.Owner!.Trim(), DecisionMoment = r.DecisionMoment!.Trim(), Change = r.Change!.Trim(),
    };

    /// <summary>Stored → DTO.</summary>
    public static AgendaDraftDto AsDto(this StoredAgendaDraft d) =>
        new(d.Id, d.Module, d.Cohort, d.ParticipantKeyId, Dates.ToInstant(d.RecordedAt), d.Belemmering, d.Level, d.Owner, d.DecisionMoment, d.Change);
}
