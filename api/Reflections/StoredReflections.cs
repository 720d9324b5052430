using LiteDB;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Store;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Api.Reflections;

/// <summary>Reads and writes reflections; a correction adds a revision and never overwrites one.</summary>
public sealed class StoredReflections(Database db, StoredExperiments experiments, StoreWriter writer, TimeProvider time)
{
    /// <summary>Largest page.</summary>
    public const int MaxLimit = 100;

    /// <summary>The latest revision of a reflection.</summary>
    public Reflection? Latest(Guid id) =>
        HeadOf(db, id) is { } head
            ? db.ReflectionRevisions.FindById(ReflectionMapping.RevisionKey(id, head.LatestRevision))?.ToDomain()
            : null;

    /// <summary>The head of reflection <paramref name="id"/>: its creation number and latest revision.</summary>
    internal static StoredReflectionHead? HeadOf(Database db, Guid id) =>
        db.ReflectionHeads.FindOne(Query.EQ(nameof(StoredReflectionHead.ReflectionId), id));

    /// <summary>Every revision of a reflection, oldest first.</summary>
    public IReadOnlyList<Reflection> Revisions(Guid id) =>
        db.ReflectionRevisions.Find(Query.StartsWith("_id", ReflectionMapping.RevisionKeyPrefix(id))).Select(r => r.ToDomain()).OrderBy(r => r.Revision).ToArray();

    /// <summary>Latest revisions for an experiment, newest first, after <paramref name="cursor"/> (a creation number).</summary>
    public (IReadOnlyList<Reflection> Items, long? Next) Page(string slug, long? cursor, int limit)
    {
        var query = db.ReflectionHeads.Query().Where(h => h.ExperimentSlug == slug);
        if (cursor is { } before) query = query.Where(h => h.Id < before);
        var heads = query.OrderByDescending(h => h.Id)
            .Limit(limit + 1)
            .ToList();
        var page = heads.Take(limit).ToArray();
        var items = page.Select(h => db.ReflectionRevisions.FindById(ReflectionMapping.RevisionKey(h.ReflectionId, h.LatestRevision)).ToDomain()).ToArray();
        return (items, heads.Count > limit ? page[^1].Id : null);
    }

    /// <summary>Latest revisions of all reflections of an experiment, in creation order.</summary>
    public IReadOnlyList<Reflection> ForExperiment(string slug) => ForExperiment(db, slug);

    private static Reflection[] ForExperiment(Database db, string slug) =>
        db.ReflectionHeads.Find(h => h.ExperimentSlug == slug).OrderBy(h => h.Id)
            .Select(h => db.ReflectionRevisions.FindById(ReflectionMapping.RevisionKey(h.ReflectionId, h.LatestRevision)).ToDomain())
            .ToArray();

    /// <summary>Whether any reflection is stored at all.</summary>
    public bool Any() => db.ReflectionHeads.Count() > 0;

    /// <summary>
    /// Files a reflection for <paramref name="slug"/> on behalf of <paramref name="caller"/>: checks the experiment,
    /// the key's rights and the content, then makes it durable. Completes only once the reflection is on disk
    /// and readable. The JSON endpoint and the HTML form both come through here.
    /// </summary>
    /// <param name="slug">Experiment slug from the route.</param>
    /// <param name="request">What the frontrunner sent.</param>
    /// <param name="caller">The key behind the request.</param>
    /// <param name="idempotencyKey">
    /// The client's Idempotency-Key, if any: a retry with the same key and request gets the original reflection
    /// (<see cref="ReflectionWriteStatus.Repeated"/>) instead of a second one.
    /// </param>
    public async Task<ReflectionWrite> CreateAsync(string slug, ReflectionRequest request, Caller caller, string? idempotencyKey = null)
    {
        if (experiments.Find(slug) is not { } experiment) return ReflectionWrite.Fail(ReflectionWriteStatus.NotFound, $"Er is geen experiment '{slug}'.");
        if (!caller.MayWriteFor(slug)) return ReflectionWrite.Fail(ReflectionWriteStatus.Forbidden, $"Deze sleutel mag geen reflecties vastleggen voor '{slug}'.");
        if (IdempotencyKeys.Problem(idempotencyKey) is { } badKey) return ReflectionWrite.Fail(ReflectionWriteStatus.BadIdempotencyKey, badKey);

        var now = time.GetUtcNow();
        // Time-ordered (version 7) ids: a new revision's key then sorts after the ones before it, so LiteDB's
        // index inserts touch the last few index pages instead of a random page each, which halved the CPU
        // time of a stored reflection under load (bench/RESULTS.md).
        var (reflection, missing) = request.ToDomain(Guid.CreateVersion7(now), slug);
        if (Validate(reflection, missing, experiment, now) is { } errors) return ReflectionWrite.Invalid(errors);

        var outcome = await writer.WriteAsync(new CreateReflectionChange
        {
            ChangeId = Guid.NewGuid(), KeyId = caller.KeyId, At = now, Reflection = reflection,
            Idempotency = IdempotencyKeys.Claim(idempotencyKey, $"POST /api/experiments/{slug}/reflections", request),
        });
        return Outcome(outcome);
    }

    /// <summary>Stores <paramref name="request"/> as the next revision of reflection <paramref name="id"/>; earlier revisions stay.</summary>
    public async Task<ReflectionWrite> CorrectAsync(Guid id, ReflectionRequest request, Caller caller)
    {
        if (Latest(id) is not { } current) return ReflectionWrite.Fail(ReflectionWriteStatus.NotFound, $"Er is geen reflectie {id}.");
        if (!caller.MayWriteFor(current.ExperimentSlug)) return ReflectionWrite.Fail(ReflectionWriteStatus.Forbidden, $"Deze sleutel mag geen reflecties corrigeren voor '{current.ExperimentSlug}'.");

        var now = time.GetUtcNow();
        var experiment = experiments.Find(current.ExperimentSlug)!;
        var (reflection, missing) = request.ToDomain(id, current.ExperimentSlug);
        if (Validate(reflection, missing, experiment, now) is { } errors) return ReflectionWrite.Invalid(errors);

        return Outcome(await writer.WriteAsync(new CorrectReflectionChange { ChangeId = Guid.NewGuid(), KeyId = caller.KeyId, At = now, Correction = reflection }));
    }

    /// <summary>
    /// Stores a reflection directly, outside the journal, forced to disk; for start-up seeding only, before
    /// requests arrive. Requests use <see cref="CreateAsync"/>.
    /// </summary>
    public Reflection Create(Reflection reflection, string keyId, DateTimeOffset now) => db.InTransaction(() =>
    {
        var change = new CreateReflectionChange { ChangeId = Guid.NewGuid(), KeyId = keyId, At = now, Reflection = reflection };
        return (Reflection)change.Apply(db).Written!;
    });

    private ReflectionWrite Outcome(ChangeOutcome outcome) => outcome.Status switch
    {
        ChangeStatus.Created or ChangeStatus.Updated => new ReflectionWrite(ReflectionWriteStatus.Stored, (Reflection)outcome.Written!, null, null),
        ChangeStatus.Repeated => new ReflectionWrite(ReflectionWriteStatus.Repeated, Read(outcome.Target), null, null),
        ChangeStatus.KeyReused => ReflectionWrite.Fail(ReflectionWriteStatus.IdempotencyKeyReused,
            "Deze Idempotency-Key is al gebruikt voor een ander verzoek; gebruik een nieuwe sleutel voor een nieuwe reflectie."),
        _ => ReflectionWrite.Fail(ReflectionWriteStatus.NotFound, "De reflectie bestaat niet (meer)."),
    };

    // Target is "reflectionId/revision".
    private Reflection? Read(string target)
    {
        var slash = target.LastIndexOf('/');
        return Guid.TryParse(target.AsSpan(0, slash), out var id) && int.TryParse(target.AsSpan(slash + 1), out var revision)
            ? db.ReflectionRevisions.FindById(ReflectionMapping.RevisionKey(id, revision))?.ToDomain()
            : null;
    }

    internal static Dictionary<string, string[]>? Validate(Reflection reflection, IReadOnlyDictionary<string, string[]> missing, StoredExperiment experiment, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var errors = missing.ToDictionary(StringComparer.Ordinal);
        foreach (var (path, messages) in ReflectionRules.Validate(reflection, experiment.ToDomain(), today))
            errors.TryAdd(path, messages);
        foreach (var (path, message) in Plausibility(reflection))
            errors.TryAdd(path, [message]);
        return errors.Count == 0 ? null : errors;
    }

    /// <summary>Earliest date the API stores: the decentralisations date from 2015, so earlier dates are typos.</summary>
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);

    /// <summary>Latest funding end the API stores.</summary>
    public static readonly DateOnly LatestFundingEnd = new(2100, 12, 31);

    /// <summary>Largest goal value; people, cases or euros in one municipality stay far below it.</summary>
    public const decimal MaxGoalValue = 1_000_000_000m;

    // Bounds the content rules leave open and that only a mistake or an attack would cross.
    private static IEnumerable<(string Path, string Message)> Plausibility(Reflection r)
    {
        foreach (var (path, date) in new[] { ("date", r.Date), ("periodStart", r.PeriodStart), ("periodEnd", r.PeriodEnd) })
            if (date < EarliestDate) yield return (path, $"Een datum vóór {EarliestDate:yyyy-MM-dd} kan niet kloppen.");
        if (r.Sustainment.FundingEndDate is { } end && (end < EarliestDate || end > LatestFundingEnd))
            yield return ("sustainment.fundingEndDate", $"Kies een einddatum tussen {EarliestDate:yyyy-MM-dd} en {LatestFundingEnd:yyyy-MM-dd}.");
        for (var i = 0; i < r.Goals.Count; i++)
            foreach (var (field, value) in new[] { ("baseline", r.Goals[i].Baseline), ("target", r.Goals[i].Target), ("current", r.Goals[i].Current) })
                if (value is < 0 or > MaxGoalValue) yield return ($"goals[{i}].{field}", $"Een doelwaarde ligt tussen 0 en {MaxGoalValue:N0}.");
    }

    // A barrier (kind + level) or question already reported in another reflection of the experiment keeps
    // its earliest date, so a regime problem open for many cycles shows how long it has been open.
    internal static Reflection WithFirstSeen(Database db, Reflection r, bool isNew)
    {
        if (!isNew)
        {
            db.FirstSeen.Remove(r.ExperimentSlug);
            return FirstSeenIndex.Of(ForExperiment(db, r.ExperimentSlug).Where(o => o.Id != r.Id)).Apply(r);
        }
        if (!db.FirstSeen.TryGetValue(r.ExperimentSlug, out var index))
            db.FirstSeen[r.ExperimentSlug] = index = FirstSeenIndex.Of(ForExperiment(db, r.ExperimentSlug));
        var stored = index.Apply(r);
        index.Add(stored);
        return stored;
    }
}
