using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TransitionLab.Core.Content;
using TransitionLab.Core.Decisions;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Snapshots;
using TransitionLab.Core.Verdicts;
using TransitionLab.Site.Generation;

namespace TransitionLab.Site.Tests;

/// <summary>A site built from a content folder into a temporary folder, with helpers to read its pages.</summary>
public sealed class BuiltSite : IDisposable
{
    public static readonly Uri BaseUrl = new("https://transitionlab.example/");
    public const string ApiBaseUrl = "https://api.transitionlab.example";

    private readonly TempFolder _folder;
    private readonly HtmlParser _parser = new();

    private BuiltSite(SiteBuildReport report, TempFolder folder)
    {
        Report = report;
        _folder = folder;
    }

    public SiteBuildReport Report { get; }
    public string Output => Report.OutputFolder;

    /// <summary>The build moment of every test site: verdicts, deadlines and ages count from this day.</summary>
    public static readonly DateTimeOffset BuildTime = new(2026, 9, 1, 12, 0, 0, TimeSpan.Zero);

    public static async Task<BuiltSite> BuildAsync(string contentFolder, IReadOnlyList<Reflection>? reflections = null, IReadOnlyList<ScalingDecision>? decisions = null,
        string apiBaseUrl = ApiBaseUrl, IReadOnlyList<Core.Agenda.AgendaItem>? agenda = null)
    {
        var loaded = ContentLoader.Load(contentFolder);
        Assert.Empty(loaded.Problems);
        var options = new SiteOptions { BaseUrl = BaseUrl, ApiBaseUrl = apiBaseUrl, BuildTime = BuildTime };
        var input = new SiteInput(loaded.Catalogue, ReflectionTimelines.From(reflections ?? []), decisions ?? [], options) { Agenda = agenda ?? [] };
        var folder = new TempFolder();
        var report = await SiteGenerator.BuildAsync(input, folder.File("site"));
        return new BuiltSite(report, folder);
    }

    /// <summary>The file a site path is served from.</summary>
    public string FileFor(string sitePath)
    {
        var relative = sitePath.TrimStart('/');
        if (sitePath.EndsWith('/')) relative += "index.html";
        return Path.Combine(Output, relative);
    }

    public bool Exists(string sitePath) => File.Exists(FileFor(sitePath));

    public string Text(string sitePath) => File.ReadAllText(FileFor(sitePath));

    public IDocument Page(string sitePath) => _parser.ParseDocument(Text(sitePath));

    /// <summary>Site paths of every HTML file written.</summary>
    public IEnumerable<string> HtmlPaths() => Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
        .Select(f => "/" + Path.GetRelativePath(Output, f).Replace('\\', '/'))
        .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) || p == "/index.html" ? p[..^"index.html".Length] : p);

    /// <summary>Every "page -> link" whose site-internal target (a path starting with /) was not written.</summary>
    public IReadOnlyList<string> BrokenInternalLinks()
    {
        var broken = new List<string>();
        foreach (var path in HtmlPaths())
        {
            var targets = Page(path).QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!);
            foreach (var target in targets.Where(t => t.StartsWith('/') && !t.StartsWith("//", StringComparison.Ordinal)))
            {
                if (!Exists(target.Split('#', '?')[0])) broken.Add($"{path} -> {target}");
            }
        }
        return broken;
    }

    public void Dispose() => _folder.Dispose();
}

/// <summary>The fixture site with the reflections of tests/fixtures/snapshot, built once for the verdict tests.</summary>
public sealed class FixtureSiteWithSnapshot : IAsyncLifetime
{
    public static string SnapshotFile => Path.Combine(Repository.Fixture("snapshot"), "platform-snapshot.json");

    public BuiltSite Site { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await using var stream = File.OpenRead(SnapshotFile);
        var snapshot = PlatformSnapshot.Read(stream);
        Site = await BuiltSite.BuildAsync(Repository.Fixture("site"), snapshot.Reflections, snapshot.Decisions);
    }

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The fixture site, built once for all golden tests.</summary>
public sealed class FixtureSite : IAsyncLifetime
{
    public BuiltSite Site { get; private set; } = null!;

    public async Task InitializeAsync() => Site = await BuiltSite.BuildAsync(Repository.Fixture("site"));

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }
}
