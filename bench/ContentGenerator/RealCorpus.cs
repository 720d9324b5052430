using System.Globalization;
using System.Text.RegularExpressions;
using Bogus;
using TransitionLab.Api.Demo;
using TransitionLab.Api.Reflections;
using TransitionLab.Core.Content;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Snapshots;

namespace TransitionLab.Bench.ContentGenerator;

/// <summary>
/// A corpus made of the real content files: every real page as it is, plus copies of the real experiment files
/// (their bodies, front matter and links) under new slugs, in made-up municipalities and with shifted dates, until
/// there are <c>count</c> experiments. A snapshot beside it holds reflections of consecutive cycles for each experiment
/// (<see cref="DefaultCycles"/> unless asked), told by the demo seeding's own stories, so pages carry lessons, goal
/// charts and timelines.
/// </summary>
internal static partial class RealCorpus
{
    public const int DefaultCycles = 6;

    public sealed record Written(int Experiments, int Reflections);

    /// <param name="ownCycleTexts">Whether each cycle's own texts are made unique to it (<see cref="OwnCycleTexts"/>).</param>
    public static Written Write(string realContent, int count, string outFolder, string snapshotFile, int cycles, int seed, bool ownCycleTexts = false)
    {
        Randomizer.Seed = new Random(seed);
        var faker = new Faker("nl") { Random = new Randomizer(seed) };
        CopyTree(realContent, outFolder);

        var originals = Directory.GetFiles(Path.Combine(realContent, "experiments"), "*.md").Order(StringComparer.Ordinal).ToArray();
        var municipalities = Enumerable.Range(0, Math.Max(40, count / 25)).Select(_ => faker.Address.City()).Distinct().ToArray();
        for (var i = originals.Length; i < count; i++)
        {
            var source = originals[i % originals.Length];
            var copy = Copy(File.ReadAllText(source), i, faker.PickRandom(municipalities), faker);
            File.WriteAllText(Path.Combine(outFolder, "experiments", $"{Path.GetFileNameWithoutExtension(source)}-{i:D5}.md"), copy);
        }

        var loaded = ContentLoader.Load(outFolder);
        if (!loaded.IsValid)
            throw new InvalidOperationException("the corpus does not load: " + string.Join("; ", loaded.Problems.Take(5)));
        var reflections = new List<Reflection>();
        var recordedAt = new DateTimeOffset(DemoData.Anchor.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        foreach (var experiment in loaded.Catalogue.Experiments)
        {
            var story = DemoData.StoryOf(experiment) ?? DemoData.Story.Early;
            // Each barrier and question gets its id and first date as the API's write path gives them, so pages show
            // the ages a real store gives, not ones counted from year 1.
            var firstSeen = FirstSeenIndex.Of([]);
            var told = DemoData.Reflections(experiment, story, faker, cycles)
                .Select(r => r with { RecordedBy = DemoReflections.RecordedBy, RecordedAt = recordedAt })
                .Select(r =>
                {
                    var filed = firstSeen.Apply(r);
                    firstSeen.Add(filed);
                    return filed;
                });
            reflections.AddRange(ownCycleTexts ? told.Select(OwnCycleTexts) : told);
        }
        using (var stream = File.Create(snapshotFile))
            new PlatformSnapshot { Reflections = reflections, Decisions = [], ExportedAt = recordedAt }.Write(stream);
        return new Written(loaded.Catalogue.Experiments.Count, reflections.Count);
    }

    /// <summary>
    /// The texts a frontrunner writes anew each cycle (what was observed, learned and decided, the period's
    /// challenges and lessons; the form starts them empty) made unique to the cycle by its number. The demo's stories
    /// draw them from a few phrases, so the cycles of one experiment would repeat them word for word, and a store
    /// that holds a repeated text once would look smaller than a real one.
    /// </summary>
    private static Reflection OwnCycleTexts(Reflection r)
    {
        string Own(string text) => text.Length == 0 ? text : $"{r.Cycle}. {text}";
        return r with
        {
            Loop = r.Loop with { Observed = Own(r.Loop.Observed), Learned = Own(r.Loop.Learned), Therefore = Own(r.Loop.Therefore) },
            Lessons = r.Lessons with { Challenges = Own(r.Lessons.Challenges), LessonsLearned = Own(r.Lessons.LessonsLearned) },
        };
    }

    /// <summary>
    /// The real file under a new slug and municipality, starting between 2016 and 2021 so ten half-year cycles fit
    /// before the demo's last reflection date. A planned experiment becomes a running one: it has cycles to show.
    /// </summary>
    private static string Copy(string text, int index, string municipality, Faker f)
    {
        var original = Field(text, "municipality");
        var start = new DateOnly(2016, 1, 1).AddDays(f.Random.Int(0, 5 * 365));
        text = text.Replace(original, municipality, StringComparison.Ordinal);
        text = SlugLine().Replace(text, m => $"slug: {m.Groups[1].Value}-{index:D5}", 1);
        text = StartLine().Replace(text, $"start_date: {start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", 1);
        text = EndLine().Replace(text, m => $"{m.Groups[1].Value}end_date: {start.AddMonths(f.Random.Int(64, 130)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", 1);
        return StatusLine().Replace(text, "status: running", 1);
    }

    private static string Field(string text, string name) =>
        Regex.Match(text, $"^{name}: (.+)$", RegexOptions.Multiline) is { Success: true } m
            ? m.Groups[1].Value.Trim()
            : throw new InvalidOperationException($"a real experiment file has no '{name}:' line");

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    [GeneratedRegex(@"^slug: (.+)$", RegexOptions.Multiline)]
    private static partial Regex SlugLine();

    [GeneratedRegex(@"^start_date: .+$", RegexOptions.Multiline)]
    private static partial Regex StartLine();

    [GeneratedRegex(@"^(\s+)end_date: .+$", RegexOptions.Multiline)]
    private static partial Regex EndLine();

    [GeneratedRegex(@"^status: planned$", RegexOptions.Multiline)]
    private static partial Regex StatusLine();
}
