// Acknowledged durable writes per second and their latency: N clients append reflections as fast as
// they can for a fixed time; every batch is also inserted into a real LiteDB file in one transaction,
// as the API does. Usage: dotnet run -c Release --project bench/journal -- [clients=32] [seconds=10] [folder]
using System.Diagnostics;
using LiteDB;
using TransitionLab.Api.Durability;

int clients = args.Length > 0 ? int.Parse(args[0]) : 32;
int seconds = args.Length > 1 ? int.Parse(args[1]) : 10;
string folder = args.Length > 2 ? args[2] : Path.Combine("bench", "work", "journal");
Directory.CreateDirectory(folder);
string database = Path.Combine(folder, "bench.db");
string journalPath = Path.Combine(folder, "bench.journal");
File.Delete(database);
File.Delete(journalPath);

using var store = new LiteDatabase(new ConnectionString { Filename = database, Connection = ConnectionType.Direct });
ILiteCollection<BsonDocument> reflections = store.GetCollection("reflections");
var storeTime = new Stopwatch();
await using var journal = DurableJournal<BenchReflection>.Open(journalPath, batch =>
{
    storeTime.Start();
    store.BeginTrans();
    foreach (BenchReflection entry in batch)
    {
        reflections.Upsert(new BsonDocument { ["_id"] = entry.Id, ["revision"] = entry.Revision, ["observed"] = entry.Observed });
    }
    store.Commit();
    storeTime.Stop();
    return Task.CompletedTask;
});

var deadline = Stopwatch.StartNew();
var latencies = new List<double>[clients];
await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
{
    var mine = latencies[client] = [];
    for (int n = 0; deadline.Elapsed.TotalSeconds < seconds; n++)
    {
        long started = Stopwatch.GetTimestamp();
        await journal.AppendAsync(new BenchReflection($"c{client}-{n}", 1, "wachtlijst jeugdhulp korter na inzet buurtteam"));
        mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
})));
double elapsed = deadline.Elapsed.TotalSeconds;

double[] all = latencies.SelectMany(list => list).Order().ToArray();
double Percentile(double p) => all[Math.Min(all.Length - 1, (int)(p * all.Length))];
Console.WriteLine($"clients {clients}, {elapsed:F1} s, {all.Length} acknowledged writes, {all.Length / elapsed:F0}/s, " +
    $"{journal.FsyncCount} fsyncs ({(double)all.Length / journal.FsyncCount:F1} per fsync)");
Console.WriteLine($"time in the LiteDB batch insert: {storeTime.Elapsed.TotalSeconds:F2} s of {elapsed:F1} s");
Console.WriteLine($"latency ms: p50 {Percentile(0.50):F2}, p99 {Percentile(0.99):F2}, max {all[^1]:F2}");

internal sealed record BenchReflection(string Id, int Revision, string Observed);
