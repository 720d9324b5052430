using System.Diagnostics;
using Markdig;
using TransitionLab.Core.Content;
using TransitionLab.Core.Snapshots;
using YamlDotNet.Serialization;

// The floor under a site build: read and parse the same inputs (YAML front matter, Markdown bodies, the snapshot)
// and write the same bytes a build wrote, with nothing in between. No build can beat it on this machine, so the
// gap between it and a real build is what rendering, checking and planning cost.
// Usage: Floor <content-folder> <snapshot.json or -> <built-site-folder> <out-folder>
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: Floor <content-folder> <snapshot.json or -> <built-site-folder> <out-folder>");
    return 2;
}
var (content, snapshot, built, output) = (args[0], args[1], args[2], args[3]);

// What to write is read before the clock starts: the floor writes bytes, it does not make them.
var files = Directory.EnumerateFiles(built, "*", SearchOption.AllDirectories)
    .Select(f => (Path: Path.GetRelativePath(built, f), Bytes: File.ReadAllBytes(f)))
    .ToArray();

var clock = Stopwatch.StartNew();
var yaml = new DeserializerBuilder().Build();
var sources = Directory.GetFiles(content, "*.md", SearchOption.AllDirectories);
var parsed = 0L;
Parallel.ForEach(sources, file =>
{
    var text = File.ReadAllText(file);
    var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
    var front = yaml.Deserialize<Dictionary<string, object>>(text[3..end]);
    var html = Markdown.ToHtml(text[(end + 4)..], ContentMarkdown.Pipeline);
    Interlocked.Add(ref parsed, front.Count + html.Length);
});
var reflections = 0;
if (snapshot != "-")
{
    using var stream = File.OpenRead(snapshot);
    reflections = PlatformSnapshot.Read(stream).Reflections.Count;
}
var read = clock.Elapsed;

foreach (var folder in files.Select(f => Path.GetDirectoryName(f.Path)!).Distinct())
    Directory.CreateDirectory(Path.Combine(output, folder));
Parallel.ForEach(files, file => File.WriteAllBytes(Path.Combine(output, file.Path), file.Bytes));
var total = clock.Elapsed;

Console.WriteLine($"read and parsed {sources.Length} files and {reflections} reflections in {read.TotalMilliseconds:0} ms, " +
                  $"wrote {files.Length} files ({files.Sum(f => (long)f.Bytes.Length) / 1_048_576.0:0.0} MiB) in {(total - read).TotalMilliseconds:0} ms");
return parsed > 0 ? 0 : 1;
