using TransitionLab.Api.Audit;
using Barrier = TransitionLab.Core.Reflections.Barrier;
using TransitionLab.Api.Store;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Api.Reflections;

/// <summary>Reads and writes reflections; a correction adds a revision and never overwrites one.</summary>
public sealed class ReflectionRecords(Database db)
{
    /// <summary>Largest page.</summary>
    public const int MaxLimit = 100;

    /// <summary>The latest revision of a reflection.</summary>
    public Reflection? Latest(Guid id) =>
        db.ReflectionHeads.FindOne(h => h.ReflectionId == id) is { } head
            ? db.ReflectionRevisions.FindById(ReflectionMapping.RevisionKey(id, head.LatestRevision))?.ToDomain()
            : null;

    /// <summary>Every revision of a reflection, oldest first.</summary>
    public IReadOnlyList<Reflection> Revisions(Guid id) =>
        db.ReflectionRevisions.Find(r => r.ReflectionId == id).Select(r => r.ToDomain()).OrderBy(r => r.Revision).ToArray();

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
    public IReadOnlyList<Reflection> ForExperiment(string slug) =>
        db.ReflectionHeads.Find(h => h.ExperimentSlug == slug).OrderBy(h => h.Id)
            .Select(h => db.ReflectionRevisions.FindById(ReflectionMapping.RevisionKey(h.ReflectionId, h.LatestRevision)).ToDomain())
            .ToArray();

    /// <summary>Whether any reflection is stored at all.</summary>
    public bool Any() => db.ReflectionHeads.Count() > 0;

    /// <summary>Stores a new reflection as revision 1, with server-set firstSeen dates.</summary>
    public Reflection Create(Reflection reflection, string keyId, DateTimeOffset now) => db.InTransaction(() =>
    {
        var stored = WithFirstSeen(reflection) with { Revision = 1, RecordedAt = Dates.AsStored(now), RecordedBy = keyId };
        db.ReflectionRevisions.Insert(stored.ToStored());
        db.ReflectionHeads.Insert(new StoredReflectionHead { ReflectionId = stored.Id, ExperimentSlug = stored.ExperimentSlug, LatestRevision = 1 });
        db.Record(keyId, now, "reflection.create", $"{stored.Id}/1");
        return stored;
    });

    /// <summary>Stores a correction as the next revision; earlier revisions stay as they were.</summary>
    public Reflection Correct(Reflection correction, string keyId, DateTimeOffset now) => db.InTransaction(() =>
    {
        var head = db.ReflectionHeads.FindOne(h => h.ReflectionId == correction.Id);
        var stored = WithFirstSeen(correction) with { Revision = head.LatestRevision + 1, RecordedAt = Dates.AsStored(now), RecordedBy = keyId };
        db.ReflectionRevisions.Insert(stored.ToStored());
        db.ReflectionHeads.Update(new StoredReflectionHead { Id = head.Id, ReflectionId = head.ReflectionId, ExperimentSlug = head.ExperimentSlug, LatestRevision = stored.Revision });
        db.Record(keyId, now, "reflection.correct", $"{stored.Id}/{stored.Revision}");
        return stored;
    });

    // A barrier (kind + level) or question already reported in another reflection of the experiment keeps
    // its earliest date, so a regime problem open for many cycles shows how long it has been open.
    private Reflection WithFirstSeen(Reflection r)
    {
        var others = ForExperiment(r.ExperimentSlug).Where(o => o.Id != r.Id).ToArray();
        var barrierSeen = others.SelectMany(o => o.Barriers).GroupBy(b => (b.Kind, b.Level)).ToDictionary(g => g.Key, g => g.Min(b => b.FirstSeen));
        var questionSeen = others.SelectMany(o => o.LearningQuestions).GroupBy(q => Normalise(q.Question)).ToDictionary(g => g.Key, g => g.Min(q => q.FirstSeen));
        return r with
        {
            Barriers = r.Barriers.Select(b => b with { FirstSeen = Earliest(barrierSeen.GetValueOrDefault((b.Kind, b.Level)), r.Date) }).ToArray(),
            LearningQuestions = r.LearningQuestions.Select(q => q with { FirstSeen = Earliest(questionSeen.GetValueOrDefault(Normalise(q.Question)), r.Date) }).ToArray(),
        };
    }

    private static DateOnly Earliest(DateOnly seen, DateOnly date) => seen == default || date < seen ? date : seen;

    private static string Normalise(string question) => string.Join(' ', question.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('?', '.').ToLowerInvariant();
}
