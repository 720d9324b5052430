using TransitionLab.Core.Reflections;

namespace TransitionLab.Core.Verdicts;

/// <summary>
/// A regime belemmering that a steward marked solved on the transition agenda for one experiment: the rule, the
/// money or the procurement changed. From rule set 2027-01 on the verdict counts it (a rule change made).
/// </summary>
/// <param name="ExperimentSlug">The experiment the item blocked.</param>
/// <param name="Kind">The belemmering kind the item gathers.</param>
/// <param name="ItemId">The agenda item.</param>
/// <param name="ItemTitle">The agenda item's title, for the reason's text.</param>
/// <param name="SolvedOn">The day the item was marked solved.</param>
public sealed record AgendaSolution(string ExperimentSlug, BarrierKind Kind, string ItemId, string ItemTitle, DateOnly SolvedOn)
{
    /// <summary>
    /// Whether the solution outdates a report of its belemmering in a reflection held on <paramref name="reportedOn"/>:
    /// a reflection on or before the day it was solved could not know yet; one held later that still reports the
    /// belemmering saw it standing after the change, and that newer report counts.
    /// </summary>
    public bool Outdates(DateOnly reportedOn) => reportedOn <= SolvedOn;
}
