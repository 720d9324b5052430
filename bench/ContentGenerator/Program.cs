using TransitionLab.Bench.ContentGenerator;

// Usage: dotnet run --project bench/ContentGenerator -- <count> <out-folder> [seed]
if (args.Length < 2 || !int.TryParse(args[0], out var count) || count < 1)
{
    Console.Error.WriteLine("usage: ContentGenerator <count> <out-folder> [seed]");
    return 2;
}
var seed = args.Length > 2 && int.TryParse(args[2], out var s) ? s : 20261124;
var written = BenchContent.Write(count, args[1], seed);
Console.WriteLine($"wrote {written.Experiments} experiments, {written.Themes} themes, {written.Concepts} concepts to {args[1]} (seed {seed})");
return 0;
