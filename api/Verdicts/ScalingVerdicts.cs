using TransitionLab.Api.Decisions;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Reflections;
using TransitionLab.Api.Site;
using TransitionLab.Api.Store;
using TransitionLab.Core.Agenda;
using TransitionLab.Core.Insights;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;

namespace TransitionLab.Api.Verdicts;

/// <summary>Every experiment with its verdict, and the reflections the verdicts were computed from.</summary>
/// <param name="Entries">Experiments with their verdicts, ordered by slug.</param>
/// <param name="Reflections">Latest revisions of the frontrunners' reflections.</param>
/// <param name="Today">The day the verdicts were computed for.</param>
public sealed record VerdictBoard(IReadOnlyList<CatalogueEntry> Entries, IReadOnlyList<Reflection> Reflections, DateOnly Today);

/// <summary>
/// Computes verdicts from what is stored now: the frontrunners' reflections (through
/// <see cref="StoredReflections"/>, so practice reflections never count), the steward decisions and the
/// belemmeringen solved on the transition agenda (read as the site reads them, so page and API agree).
/// The board of all verdicts is cached per store version and day: a committed batch moves the version
/// before its writers' answers are sent, so a verdict still changes the moment a reflection or decision is stored.
/// </summary>
public sealed class ScalingVerdicts(Database db, StoredExperiments experiments, StoredReflections records, PublicData platform, StoreWriter writer, TimeProvider time)
{
    private sealed record Cached(long Version, VerdictBoard Board);
    private Cached? _board;

    /// <summary>Today as the verdicts count it: the UTC date of the injected clock, as reflection validation does.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>The verdict of one experiment, or <c>null</c> when there is no such experiment.</summary>
    public CatalogueEntry? For(string slug)
    {
        if (experiments.Find(slug) is not { } stored) return null;
        var experiment = stored.ToDomain();
        var decisions = db.Decisions.Find(d => d.ExperimentSlug == slug).Select(d => d.ToDomain());
        return new CatalogueEntry(experiment, VerdictEngine.Compute(experiment, records.ForExperiment(slug), decisions, Today, Solutions()));
    }

    /// <summary>Every experiment's verdict, computed for one and the same day.</summary>
    public VerdictBoard All()
    {
        var version = writer.Version;
        var today = Today;
        if (Volatile.Read(ref _board) is { } cached && cached.Version == version && cached.Board.Today == today) return cached.Board;
        var board = Compute(today);
        Volatile.Write(ref _board, new Cached(version, board));
        return board;
    }

    private VerdictBoard Compute(DateOnly today)
    {
        var decisions = db.Decisions.FindAll().Select(d => d.ToDomain()).ToLookup(d => d.ExperimentSlug, StringComparer.Ordinal);
        var solutions = Solutions().ToLookup(s => s.ExperimentSlug, StringComparer.Ordinal);
        var reflections = new List<Reflection>();
        var entries = new List<CatalogueEntry>();
        foreach (var experiment in experiments.BySlug().Values.Select(e => e.ToDomain()).OrderBy(e => e.Slug, StringComparer.Ordinal))
        {
            var own = records.ForExperiment(experiment.Slug);
            reflections.AddRange(own);
            entries.Add(new CatalogueEntry(experiment, VerdictEngine.Compute(experiment, own, decisions[experiment.Slug], today, solutions[experiment.Slug])));
        }
        return new VerdictBoard(entries, reflections, today);
    }

    private IReadOnlyList<AgendaSolution> Solutions() => TransitionAgenda.Solutions(platform.Tactical().Agenda);
}
