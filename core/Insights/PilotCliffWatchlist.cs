using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;

namespace TransitionLab.Core.Insights;

/// <summary>One experiment on the pilot-cliff watchlist.</summary>
/// <param name="Slug">Experiment slug.</param>
/// <param name="Title">Experiment title.</param>
/// <param name="Municipality">Municipality that runs it.</param>
/// <param name="FundingEndDate">When the money stops.</param>
/// <param name="DaysLeft">Days from the verdict's day to <paramref name="FundingEndDate"/>; negative when the money already stopped.</param>
/// <param name="Plan">Status of the structural plan (never agreed here).</param>
public sealed record PilotCliffEntry(string Slug, string Title, string Municipality, DateOnly FundingEndDate, int DaysLeft, StructuralPlanStatus Plan);

/// <summary>Experiments about to fall off the pilot cliff, soonest first.</summary>
public static class PilotCliffWatchlist
{
    /// <summary>
    /// The entries whose verdict carries <see cref="VerdictFlag.PilotCliff"/>, ordered by funding end
    /// date, then slug.
    /// </summary>
    public static IReadOnlyList<PilotCliffEntry> From(IEnumerable<CatalogueEntry> entries) =>
        entries
            .Where(e => e.Verdict.Has(VerdictFlag.PilotCliff) && e.Verdict.Facts.FundingEndDate is not null)
            .Select(e => new PilotCliffEntry(
                e.Experiment.Slug,
                e.Experiment.Title,
                e.Experiment.Municipality,
                e.Verdict.Facts.FundingEndDate!.Value,
                e.Verdict.Facts.DaysUntilFundingEnd!.Value,
                e.Verdict.Facts.StructuralPlan))
            .OrderBy(e => e.FundingEndDate)
            .ThenBy(e => e.Slug, StringComparer.Ordinal)
            .ToArray();
}
