// Acknowledged durable writes per second and their latency: N clients append as fast as they can for a fixed
// time through the journal's group commit; every batch is applied to a real LiteDB file in one transaction.
// Usage: dotnet run -c Release --project bench/journal -- [clients=32] [seconds=10] [mode=api] [folder]
//   mode litedb-fsync: raw documents, LiteDB opened by file name (it fsyncs its log on every commit)
//   mode deferred:     raw documents, LiteDB on DeferredFsyncStream (the journal's fsync is the only one)
//   mode api:          the API's own path: Database.Open + StoreWriter + CreateReflectionChange
using System.Diagnostics;
using LiteDB;
using LiteDB.Engine;
using TransitionLab.Api.Durability;
using TransitionLab.Api.Reflections;
using TransitionLab.Api.Store;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Reflections;

int clients = args.Length > 0 ? int.Parse(args[0]) : 32;
int seconds = args.Length > 1 ? int.Parse(args[1]) : 10;
string mode = args.Length > 2 ? args[2] : "api";
string folder = Path.GetFullPath(args.Length > 3 ? args[3] : Path.Combine("bench", "work", "journal"));
if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
Directory.CreateDirectory(folder);

var storeTime = new Stopwatch();
Func<int, int, Task> append;
Func<long> fsyncs;
Func<TimeSpan> applyTime = () => storeTime.Elapsed;
IAsyncDisposable owner;
if (mode == "parts")
{
    using var pdb = Database.Open(new StoreOptions(folder));
    var sw = new Stopwatch();
    var parts = new Dictionary<string, TimeSpan>();
    void Time(string name, Action a) { sw.Restart(); a(); parts[name] = parts.GetValueOrDefault(name) + sw.Elapsed; }
    for (int b = 0; b < 100; b++)
    {
        pdb.InTransaction(() =>
        {
            for (int i = 0; i < 16; i++)
            {
                var r = Sample($"experiment-{i}-{b / 3}");
                Time("toStored", () => r.ToStored());
                Time("applied.find", () => pdb.AppliedChanges.FindById(Guid.NewGuid()));
                Time("revision.insert", () => pdb.ReflectionRevisions.Insert((r with { Id = Guid.NewGuid() }).ToStored()));
                Time("head.insert", () => pdb.ReflectionHeads.Insert(new StoredReflectionHead { ReflectionId = r.Id, ExperimentSlug = r.ExperimentSlug, LatestRevision = 1 }));
                Time("audit.insert", () => pdb.Audit.Insert(new TransitionLab.Api.Audit.AuditEntry { KeyId = "k", At = DateTime.UtcNow, Action = "a", Target = "t" }));
                Time("applied.insert", () => pdb.AppliedChanges.Insert(new AppliedChange { Id = Guid.NewGuid(), At = DateTime.UtcNow }));
            }
            return 0;
        }, flushToDisk: false);
    }
    foreach (var (k, v) in parts) Console.WriteLine($"{k}: {v.TotalMilliseconds / 1600:F3} ms per write");
    return;
}
if (mode == "api")
{
    var db = Database.Open(new StoreOptions(folder));
    var writer = new StoreWriter(db, new StoreOptions(folder));
    append = (client, n) => writer.WriteAsync(new CreateReflectionChange
    {
        ChangeId = Guid.NewGuid(), KeyId = $"key_{client}", At = DateTimeOffset.UtcNow, Reflection = Sample($"experiment-{client}-{n / 20}"),
    });
    fsyncs = () => writer.FsyncCount;
    applyTime = () => writer.ApplyTime;
    owner = new Both(writer, db);
}
else
{
    string database = Path.Combine(folder, "bench.db");
    var streams = mode == "deferred" ? (DeferredFsyncStream.Open(database), DeferredFsyncStream.Open(Path.Combine(folder, "bench-log.db"))) : default;
    var store = mode == "deferred"
        ? new LiteDatabase(new LiteEngine(new EngineSettings { DataStream = streams.Item1, LogStream = streams.Item2 }))
        : new LiteDatabase(new ConnectionString { Filename = database, Connection = ConnectionType.Direct });
    ILiteCollection<BsonDocument> reflections = store.GetCollection("reflections");
    var journal = DurableJournal<BenchReflection>.Open(Path.Combine(folder, "bench.journal"), batch =>
    {
        storeTime.Start();
        store.BeginTrans();
        foreach (BenchReflection entry in batch)
            reflections.Upsert(new BsonDocument { ["_id"] = entry.Id, ["revision"] = entry.Revision, ["observed"] = entry.Observed });
        store.Commit();
        storeTime.Stop();
        return Task.CompletedTask;
    });
    append = (client, n) => journal.AppendAsync(new BenchReflection($"c{client}-{n}", 1, "wachtlijst jeugdhulp korter na inzet buurtteam"));
    fsyncs = () => journal.FsyncCount;
    owner = journal;
}

var deadline = Stopwatch.StartNew();
var latencies = new List<double>[clients];
await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
{
    var mine = latencies[client] = [];
    for (int n = 0; deadline.Elapsed.TotalSeconds < seconds; n++)
    {
        long started = Stopwatch.GetTimestamp();
        await append(client, n);
        mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
})));
double elapsed = deadline.Elapsed.TotalSeconds;
long fsyncCount = fsyncs();
await owner.DisposeAsync();

double[] all = latencies.SelectMany(list => list).Order().ToArray();
double Percentile(double p) => all[Math.Min(all.Length - 1, (int)(p * all.Length))];
Console.WriteLine($"mode {mode}, clients {clients}, {elapsed:F1} s, {all.Length} acknowledged writes, {all.Length / elapsed:F0}/s, " +
    $"{fsyncCount} journal fsyncs ({(double)all.Length / fsyncCount:F1} writes per fsync)");
Console.WriteLine($"time in the LiteDB batch insert: {applyTime().TotalSeconds:F2} s of {elapsed:F1} s");
Console.WriteLine($"latency ms: p50 {Percentile(0.50):F2}, p90 {Percentile(0.90):F2}, p99 {Percentile(0.99):F2}, max {all[^1]:F2}");

static Reflection Sample(string slug) => new()
{
    Id = Guid.NewGuid(), ExperimentSlug = slug, Cycle = 1, Date = new DateOnly(2025, 6, 30), PeriodStart = new DateOnly(2025, 1, 1), PeriodEnd = new DateOnly(2025, 6, 30),
    RolesPresent = [ParticipantRole.Frontrunner, ParticipantRole.Resident], Stage = LifecycleStage.Pilot, XCurve = XCurvePosition.TakeOff,
    Hypothesis = new Hypothesis("Een netwerkberaad voorkomt uithuisplaatsing.", "Netwerkberaden in twee wijken.", "Uithuisplaatsingen per jaar.", "Een kwart minder.", HypothesisResult.PartlyConfirmed),
    Loop = new LearningLoop("Gezinnen nodigen veel mensen uit.", "De gespreksleider maakt het verschil.", "Meer gespreksleiders trainen.", LoopDecision.Persevere),
    PeopleReached = 42, DataReliability = DataReliability.Medium, EvidenceLevel = EvidenceLevel.TheoryOfChange,
    WorkingCore = new WorkingCore("Een getrainde gespreksleider.", "Plek en tijd."),
    Barriers = Environment.GetEnvironmentVariable("NOB") is not null ? [] : [new ReportedBarrier(BarrierKind.ShortTermFunding, BarrierLevel.Regime, BarrierStatus.Open, "Het geld stopt in 2027.", default)],
    Route = new MainstreamRoute(ScalingRoute.FitAndConform, [], "Minder losse indicaties."),
    Sustainment = new Sustainment("Projectsubsidie", new DateOnly(2027, 3, 31), "Wijkteam", StructuralPlanStatus.InPreparation),
    Lessons = new Lessons("Hulp vragen is moeilijk.", "Tijd.", "Training.", "Begin klein."),
};

internal sealed record BenchReflection(string Id, int Revision, string Observed);

internal sealed class Both(StoreWriter writer, Database db) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        await writer.DisposeAsync();
        db.Dispose();
    }
}
