using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using TransitionLab.Core.Agenda;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Text;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Api.Agenda;

/// <summary>An item of the transition agenda as returned.</summary>
public sealed record AgendaItemDto(
    [property: Description("Identifier; a proposal's id is the code of its belemmering")] string Id,
    [property: Description("The regime belemmering to change")] string Title,
    [property: Description("Belemmering kinds from the reflections this item gathers")] BarrierKind[] BarrierKinds,
    [property: Description("Slugs of the experiments where it blocks")] string[] Experiments,
    [property: Description("Per experiment: since when and for how many cycles it blocks")] AgendaBlockDto[] Blocks,
    [property: Description("Slugs of the areas of those experiments")] string[] Areas,
    [property: Description("municipality, region or national: the level that can change it")] ChangeLevel Level,
    [property: Description("Organisation or role that owns the change (never a person)")] string? Owner,
    [property: Description("signalled, on-agenda, changing, solved or stays")] AgendaStatus Status,
    [property: Description("Why it stands there; required when it stays")] string? StatusReason,
    [property: Description("Next decision moment: a budget round, an ordinance, a law")] string? DecisionMoment,
    [property: Description("What changed so far; required when solved")] string? Changes,
    [property: Description("proposed (computed, not yet handled), accepted, dismissed or merged")] AgendaDisposition Disposition,
    [property: Description("The item it was merged into")] string? MergedInto,
    [property: Description("Version; the ETag is derived from it (0 for a proposal)")] int Version,
    [property: Description("When a steward last changed it")] DateTimeOffset? UpdatedAt);

/// <summary>Where an item blocks one experiment.</summary>
public sealed record AgendaBlockDto(
    [property: Description("Experiment slug")] string Experiment,
    [property: Description("The experiment's municipality")] string Municipality,
    [property: Description("When its reflections first named the belemmering")] DateOnly FirstSeen,
    [property: Description("Days open, to today or to the day the item closed")] int DaysOpen,
    [property: Description("Reflections in a row that name it as still standing")] int Cycles);

/// <summary>An agenda item as a steward sends it (PUT replaces these fields; POST creates an item).</summary>
public sealed record AgendaItemRequest
{
    [Required, MinLength(1), MaxLength(AgendaMapping.NameMax), Description("The regime belemmering to change")] public string? Title { get; init; }
    [Required, Description("municipality, region or national")] public ChangeLevel? Level { get; init; }
    [MaxLength(AgendaMapping.NameMax), Description("Organisation or role that owns the change; required from on-agenda on (never a person)")] public string? Owner { get; init; }
    [Required, Description("signalled, on-agenda, changing, solved or stays")] public AgendaStatus? Status { get; init; }
    [MaxLength(AgendaMapping.TextMax), Description("Why it stands there; required for stays")] public string? StatusReason { get; init; }
    [MaxLength(AgendaMapping.NameMax), Description("Next decision moment (a budget round, an ordinance, a law); required for on-agenda and changing")] public string? DecisionMoment { get; init; }
    [MaxLength(AgendaMapping.TextMax), Description("What changed; required for solved")] public string? Changes { get; init; }
    [Description("Slugs of experiments where it blocks (at least one when creating); those whose reflections report its belemmering are added automatically")] public string[]? Experiments { get; init; }
}

/// <summary>Why a steward dismisses a proposal.</summary>
public sealed record AgendaDismissRequest
{
    [Required, MinLength(1), MaxLength(AgendaMapping.TextMax), Description("Why it does not belong on the agenda")] public string? Reason { get; init; }
}

/// <summary>Which item a proposal or item is merged into.</summary>
public sealed record AgendaMergeRequest
{
    [Required, MinLength(1), Description("Id of the item that takes over its belemmeringen and experiments")] public string? Into { get; init; }
}

/// <summary>Agenda rules and the mapping to the DTO.</summary>
public static class AgendaMapping
{
    /// <summary>Longest title, owner or decision moment.</summary>
    public const int NameMax = 150;
    /// <summary>Longest reason or description of what changed.</summary>
    public const int TextMax = 2000;

    /// <summary>Errors by JSON path; empty when the item is complete for its status.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(AgendaItemRequest r, ContentCatalogue catalogue, bool creating)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Required(string path, object? value, string why)
        {
            if (value is null || value is string s && string.IsNullOrWhiteSpace(s)) errors[path] = [why];
        }
        void AtMost(string path, string? value, int max)
        {
            if (value is not null && value.Trim().Length > max) errors[path] = [$"Gebruik hoogstens {max} tekens."];
        }
        Required("title", r.Title, "Noem de belemmering die moet veranderen.");
        Required("level", r.Level, "Kies wie het kan veranderen: gemeente, regio of Rijk.");
        Required("status", r.Status, "Kies een status.");
        if (r.Status is AgendaStatus.OnAgenda or AgendaStatus.Changing)
        {
            Required("owner", r.Owner, "Noem wie de verandering trekt: een organisatie of rol, geen persoon.");
            Required("decisionMoment", r.DecisionMoment, "Noem het volgende besluitmoment, bijvoorbeeld de voorjaarsnota.");
        }
        if (r.Status is AgendaStatus.Stays) Required("statusReason", r.StatusReason, "Leg uit waarom de belemmering blijft staan.");
        if (r.Status is AgendaStatus.Solved) Required("changes", r.Changes, "Beschrijf wat er veranderd is.");
        AtMost("title", r.Title, NameMax);
        AtMost("owner", r.Owner, NameMax);
        AtMost("decisionMoment", r.DecisionMoment, NameMax);
        AtMost("statusReason", r.StatusReason, TextMax);
        AtMost("changes", r.Changes, TextMax);
        var unknown = (r.Experiments ?? []).Where(slug => catalogue.FindExperiment(slug) is null).ToArray();
        if (unknown.Length > 0) errors["experiments"] = [$"Deze experimenten staan niet in de catalogus: {string.Join(", ", unknown)}."];
        else if (creating && (r.Experiments ?? []).Length == 0) errors["experiments"] = ["Noem minstens één experiment waar de belemmering speelt."];
        foreach (var finding in FreeTextGuard.Check([("title", r.Title), ("owner", r.Owner), ("statusReason", r.StatusReason), ("decisionMoment", r.DecisionMoment), ("changes", r.Changes)]))
            errors[finding.Path] = [finding.Message];
        return errors;
    }

    /// <summary>The item with the request's fields (after <see cref="Validate"/>), accepted onto the agenda.</summary>
    public static AgendaItem Apply(this AgendaItem item, AgendaItemRequest r, DateOnly today)
    {
        var status = r.Status!.Value;
        var closed = status is AgendaStatus.Solved or AgendaStatus.Stays;
        var blocks = item.Blocks.ToList();
        foreach (var slug in (r.Experiments ?? []).Distinct(StringComparer.Ordinal).Where(slug => blocks.All(b => b.ExperimentSlug != slug)))
            blocks.Add(new Blockage(slug, today, 0));
        return item with
        {
            Title = r.Title!.Trim(), Level = r.Level!.Value, Owner = Clean(r.Owner), Status = status, StatusReason = Clean(r.StatusReason),
            DecisionMoment = Clean(r.DecisionMoment), Changes = Clean(r.Changes), Disposition = AgendaDisposition.Accepted,
            Blocks = blocks.OrderBy(b => b.ExperimentSlug, StringComparer.Ordinal).ToArray(),
            ClosedOn = closed ? item.ClosedOn ?? today : null,
        };
    }

    /// <summary>Domain → DTO on <paramref name="today"/>.</summary>
    public static AgendaItemDto AsDto(this AgendaItem item, ContentCatalogue catalogue, DateOnly today)
    {
        var blocks = item.Blocks.Select(b => new AgendaBlockDto(b.ExperimentSlug, catalogue.FindExperiment(b.ExperimentSlug)?.Municipality ?? "",
            b.FirstSeen, item.DaysOpen(b, today), b.Cycles)).ToArray();
        var areas = item.Blocks.Select(b => catalogue.FindExperiment(b.ExperimentSlug)).OfType<Core.Experiments.Experiment>()
            .SelectMany(catalogue.AreasOf).Select(a => a.Slug).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return new AgendaItemDto(item.Id, item.Title, [.. item.Kinds], [.. item.Experiments], blocks, areas, item.Level, item.Owner, item.Status,
            item.StatusReason, item.DecisionMoment, item.Changes, item.Disposition, item.MergedInto, item.Version, item.UpdatedAt);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
