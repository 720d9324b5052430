using TransitionLab.Core.Experiments;
using TransitionLab.Core.Language;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;

namespace TransitionLab.Core.Agenda;

/// <summary>
/// The tactical layer: which regime belemmeringen block experiments now, and what stewards decided about
/// them. A regime belemmering still standing (open or only worked around) in two or more experiments, or in
/// two or more cycles of one, is proposed as an item automatically; stored items keep their experiments and
/// gain the ones whose reflections report their belemmering later, until they are solved or stay.
/// </summary>
public static class TransitionAgenda
{
    /// <summary>Experiments, or cycles of one experiment, from which a standing regime belemmering is proposed.</summary>
    public const int ProposalThreshold = 2;

    /// <summary>
    /// The agenda now: every stored item (also dismissed and merged ones; see
    /// <see cref="AgendaItem.Listed"/>) with its current experiments, followed by the new proposals. Listed
    /// items come first, open before closed, most experiments first.
    /// </summary>
    /// <param name="experiments">Catalogue experiments; reflections about others are ignored.</param>
    /// <param name="timelines">Their reflections (latest revisions, in cycle order).</param>
    /// <param name="stored">What stewards stored, one entry per item id.</param>
    public static IReadOnlyList<AgendaItem> Compose(IEnumerable<Experiment> experiments, ReflectionTimelines timelines, IEnumerable<AgendaItem> stored) =>
        Compose(StandingByKind(experiments, timelines), stored);

    /// <summary>
    /// As <see cref="Compose(IEnumerable{Experiment}, ReflectionTimelines, IEnumerable{AgendaItem})"/>, from standing
    /// belemmeringen already gathered by kind (see <see cref="ByKind"/>).
    /// </summary>
    public static IReadOnlyList<AgendaItem> Compose(IReadOnlyDictionary<BarrierKind, IReadOnlyList<Blockage>> standing, IEnumerable<AgendaItem> stored)
    {
        var items = stored.ToList();
        var claimed = items.SelectMany(i => i.Kinds).ToHashSet();

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.Disposition != AgendaDisposition.Accepted || item.Closed) continue;
            var live = item.Kinds.SelectMany(k => standing.GetValueOrDefault(k, []));
            items[i] = item with { Blocks = Union(item.Blocks, live) };
        }

        foreach (var (kind, blocks) in standing.OrderBy(p => p.Key))
        {
            if (claimed.Contains(kind) || !IsProposal(blocks)) continue;
            items.Add(new AgendaItem
            {
                Id = kind.ToCode(), Title = DutchLabels.For(kind), Kinds = [kind], Blocks = Union([], blocks),
                Level = SuggestedLevel(kind), Status = AgendaStatus.Signalled, Disposition = AgendaDisposition.Proposed,
            });
        }

        return items
            .OrderBy(i => i.Listed ? 0 : 1)
            .ThenBy(i => i.Closed ? 1 : 0)
            .ThenByDescending(i => i.Blocks.Count)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Whether standing reports of one kind are enough for a proposal.</summary>
    public static bool IsProposal(IReadOnlyCollection<Blockage> blocks) =>
        blocks.Count >= ProposalThreshold || blocks.Any(b => b.Cycles >= ProposalThreshold);

    /// <summary>
    /// The level that usually changes a kind of belemmering, as a starting point for the steward: national
    /// rules at the Rijk, procurement at the region (purchasing is mostly regional), the rest at the municipality.
    /// </summary>
    public static ChangeLevel SuggestedLevel(BarrierKind kind) => kind switch
    {
        BarrierKind.NationalRulesBeatLocalTailoring or BarrierKind.PrivacyAsReasonNotToShare => ChangeLevel.National,
        BarrierKind.ProcurementAndMarketForces => ChangeLevel.Region,
        _ => ChangeLevel.Municipality,
    };

    /// <summary>
    /// Whether an experiment's latest reflection still reports one of the item's belemmeringen as standing in the
    /// regime: then its page says whether the verdict counts the solution anyway (see <see cref="AgendaSolution.Outdates"/>).
    /// </summary>
    public static bool StillReported(AgendaItem item, Reflection? latest) =>
        latest is not null && latest.Barriers.Any(b => StandsInRegime(b) && item.Kinds.Contains(b.Kind));

    /// <summary>
    /// What the verdict counts as a rule change made: per experiment a solved item blocked and per belemmering kind the
    /// item gathers, one solution. Only items on the agenda count (a dismissed or merged one is no longer the steward's
    /// word), and only those marked solved on a known day. An item a steward created without belemmering kinds names no
    /// kind the reflections report, so it changes no verdict.
    /// </summary>
    public static IReadOnlyList<AgendaSolution> Solutions(IEnumerable<AgendaItem> items) =>
        items.Where(i => i.Disposition == AgendaDisposition.Accepted && i.Status == AgendaStatus.Solved && i.ClosedOn is not null)
            .SelectMany(i => i.Blocks.SelectMany(b => i.Kinds.Select(kind => new AgendaSolution(b.ExperimentSlug, kind, i.Id, i.Title, i.ClosedOn!.Value))))
            .ToArray();

    /// <summary>Whether a reported barrier still stands in the regime: a workaround ends, the rule stays.</summary>
    public static bool StandsInRegime(ReportedBarrier barrier) =>
        barrier.Level == BarrierLevel.Regime && barrier.Status is BarrierStatus.Open or BarrierStatus.WorkedAround;

    /// <summary>Per kind, the experiments whose latest reflection reports it as standing in the regime.</summary>
    public static IReadOnlyDictionary<BarrierKind, IReadOnlyList<Blockage>> StandingByKind(IEnumerable<Experiment> experiments, ReflectionTimelines timelines) =>
        ByKind(experiments.Select(e => StandingIn(e.Slug, timelines.Of(e.Slug))));

    /// <summary>
    /// The regime belemmeringen that one experiment's latest reflection reports as standing, each kind once. It reads
    /// that experiment's timeline only, so a site rebuild keeps it for every experiment whose reflections did not change.
    /// </summary>
    public static IReadOnlyList<(BarrierKind Kind, Blockage Blockage)> StandingIn(string experimentSlug, IReadOnlyList<Reflection> timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        if (timeline.Count == 0) return [];
        return timeline[^1].Barriers.Where(StandsInRegime).Select(b => b.Kind).Distinct()
            .Select(kind =>
            {
                var (cycles, firstSeen) = Run(timeline, kind);
                return (kind, new Blockage(experimentSlug, firstSeen, cycles));
            })
            .ToArray();
    }

    /// <summary>Gathers the standing belemmeringen of experiments (<see cref="StandingIn"/>) by kind, in the order given.</summary>
    public static IReadOnlyDictionary<BarrierKind, IReadOnlyList<Blockage>> ByKind(IEnumerable<IReadOnlyList<(BarrierKind Kind, Blockage Blockage)>> perExperiment)
    {
        ArgumentNullException.ThrowIfNull(perExperiment);
        var byKind = new Dictionary<BarrierKind, List<Blockage>>();
        foreach (var standing in perExperiment)
        {
            foreach (var (kind, blockage) in standing)
            {
                if (!byKind.TryGetValue(kind, out var list)) byKind[kind] = list = [];
                list.Add(blockage);
            }
        }
        return byKind.ToDictionary(p => p.Key, p => (IReadOnlyList<Blockage>)p.Value);
    }

    // Counting back from the latest reflection: how many in a row name the kind as standing, and its earliest first-seen date.
    private static (int Cycles, DateOnly FirstSeen) Run(IReadOnlyList<Reflection> timeline, BarrierKind kind)
    {
        var cycles = 0;
        var firstSeen = DateOnly.MaxValue;
        for (var i = timeline.Count - 1; i >= 0; i--)
        {
            var reports = timeline[i].Barriers.Where(b => b.Kind == kind && StandsInRegime(b)).ToArray();
            if (reports.Length == 0) break;
            cycles++;
            foreach (var report in reports)
            {
                var seen = report.SeenSince(timeline[i].Date);
                if (seen < firstSeen) firstSeen = seen;
            }
        }
        return (cycles, firstSeen);
    }

    private static IReadOnlyList<Blockage> Union(IEnumerable<Blockage> kept, IEnumerable<Blockage> live)
    {
        var bySlug = new Dictionary<string, Blockage>(StringComparer.Ordinal);
        foreach (var block in kept) bySlug[block.ExperimentSlug] = block;
        foreach (var block in live)
            bySlug[block.ExperimentSlug] = bySlug.TryGetValue(block.ExperimentSlug, out var known) && known.FirstSeen < block.FirstSeen
                ? block with { FirstSeen = known.FirstSeen }
                : block;
        return bySlug.Values.OrderBy(b => b.ExperimentSlug, StringComparer.Ordinal).ToArray();
    }
}
