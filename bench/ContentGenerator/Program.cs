using TransitionLab.Api.Experiments;
using TransitionLab.Bench.ContentGenerator;

// Usage: dotnet run --project bench/ContentGenerator -- <count> <out-folder> [seed]
//        dotnet run --project bench/ContentGenerator -- real <real-content> <count> <out-folder> <snapshot.json> [cycles] [seed] [--own-cycle-texts]
const int DefaultSeed = 20261124;
if (args is ["real", var realContent, var countText, var outFolder, var snapshot, ..] && int.TryParse(countText, out var realCount) && realCount > 0)
{
    var cycles = args.Length > 5 && int.TryParse(args[5], out var c) ? c : RealCorpus.DefaultCycles;
    var seed = args.Length > 6 && int.TryParse(args[6], out var s) ? s : DefaultSeed;
    var real = RealCorpus.Write(realContent, realCount, outFolder, snapshot, cycles, seed, ownCycleTexts: args.Contains("--own-cycle-texts"));
    Console.WriteLine($"wrote {real.Experiments} experiments from the real files to {outFolder} and {real.Reflections} reflections to {snapshot} (seed {seed})");
    return 0;
}
if (args.Length < 2 || !int.TryParse(args[0], out var count) || count < 1)
{
    Console.Error.WriteLine("usage: ContentGenerator <count> <out-folder> [seed]\n       ContentGenerator real <real-content> <count> <out-folder> <snapshot.json> [cycles] [seed]");
    return 2;
}
var generatedSeed = args.Length > 2 && int.TryParse(args[2], out var g) ? g : DefaultSeed;
var written = BenchContent.Write(count, args[1], generatedSeed);
Console.WriteLine($"wrote {written.Experiments} experiments, {written.Themes} themes, {written.Concepts} concepts to {args[1]} (seed {generatedSeed})");
return 0;
