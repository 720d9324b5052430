using TransitionLab.Api.Agenda;
using TransitionLab.Api.Areas;
using TransitionLab.Api.Decisions;
using TransitionLab.Api.Reflections;
using TransitionLab.Api.Store;
using TransitionLab.Core.Agenda;
using TransitionLab.Core.Areas;
using TransitionLab.Core.Decisions;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Snapshots;
using TransitionLab.Core.Verdicts;

namespace TransitionLab.Api.Site;

/// <summary>
/// Everything public the store holds, frozen in one snapshot: what the served site is built from and
/// what a standalone static build downloads. Practice reflections of the course are not public and
/// are never part of it.
/// </summary>
/// <remarks>
/// The records are read from the store once, on first use, and from then on follow every committed batch of
/// the <see cref="StoreWriter"/> in memory. Reading the whole store again for every site rebuild cost time
/// and garbage that grew with the store, and competed with the writes it followed. Texts repeated within an
/// experiment are held once (<see cref="SharedTexts"/>): on a national store they were most of the memory.
/// </remarks>
public sealed class PublicData
{
    private readonly Database _db;
    private readonly TimeProvider _time;
    private List<Reflection>? _reflections;
    // What the site reads: the same revisions, kept as timelines, so a rebuild need not sort them all again.
    private LiveReflectionTimelines? _timelines;
    // Keyed by id; an update replaces the value in place, so the order stays that of creation.
    private Dictionary<Guid, ScalingDecision>? _decisions;
    private Dictionary<string, AgendaItem>? _agenda;
    private Dictionary<string, AreaGoalValue>? _areaValues;

    /// <summary>Follows <paramref name="writer"/> from now on.</summary>
    public PublicData(Database db, StoreWriter writer, TimeProvider time)
    {
        _db = db;
        _time = time;
        writer.Applied += Follow;
    }

    /// <summary>Every reflection revision and every decision, as of now.</summary>
    public PlatformSnapshot Snapshot() => _db.Exclusive(() =>
    {
        Load();
        return new PlatformSnapshot
        {
            Reflections = _reflections!.ToArray(),
            Decisions = _decisions!.Values.ToArray(),
            Agenda = _agenda!.Values.ToArray(),
            AreaValues = _areaValues!.Values.ToArray(),
            ExportedAt = _time.GetUtcNow(),
        };
    });

    /// <summary>The reflections as the site reads them, and every decision, as of now.</summary>
    public (ReflectionTimelines Reflections, IReadOnlyList<ScalingDecision> Decisions) ForSite() => _db.Exclusive(() =>
    {
        Load();
        return (_timelines!.Freeze(), (IReadOnlyList<ScalingDecision>)_decisions!.Values.ToArray());
    });

    /// <summary>The agenda items stewards stored and the areas' recorded goal values, as of now.</summary>
    public (IReadOnlyList<AgendaItem> Agenda, IReadOnlyList<AreaGoalValue> AreaValues) Tactical() => _db.Exclusive(() =>
    {
        Load();
        return ((IReadOnlyList<AgendaItem>)_agenda!.Values.ToArray(), (IReadOnlyList<AreaGoalValue>)_areaValues!.Values.ToArray());
    });

    private void Load()
    {
        if (_reflections is not null) return;
        _agenda = _db.Agenda.FindAll().Select(a => a.ToDomain()).ToDictionary(a => a.Id, StringComparer.Ordinal);
        _areaValues = _db.AreaValues.FindAll().ToDictionary(v => v.Id, v => v.ToDomain(), StringComparer.Ordinal);
        _reflections = [.. SharedTexts.PerExperiment(_db.ReadAll(_db.ReflectionRevisions, r => r.Id).Select(r => r.ToDomain()))];
        _timelines = new LiveReflectionTimelines(_reflections);
        _decisions = _db.Decisions.FindAll().Select(d => d.ToDomain()).ToDictionary(d => d.Id);
    }

    // Runs inside the writer's exclusive section, so it can neither miss a batch nor see one twice.
    private void Follow(IReadOnlyList<StoreChange> batch)
    {
        if (_reflections is null || _timelines is null || _decisions is null || _agenda is null || _areaValues is null) return;
        foreach (var change in batch)
        {
            switch (change.Outcome?.Written)
            {
                case Reflection written:
                    var (replaced, newest) = _timelines.Nearest(written);
                    var revision = new SharedTexts(replaced, newest).Share(written);
                    _reflections.Add(revision);
                    _timelines.Add(revision);
                    break;
                case ScalingDecision decision:
                    _decisions[decision.Id] = decision;
                    break;
                case IReadOnlyList<AgendaItem> items:
                    foreach (var item in items) _agenda[item.Id] = item;
                    break;
                case AreaGoalValue value:
                    _areaValues[StoredAreaValue.IdOf(value.Area, value.GoalId, value.Year)] = value;
                    break;
            }
        }
    }
}
