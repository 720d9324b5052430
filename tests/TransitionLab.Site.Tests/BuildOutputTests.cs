using System.Text;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Content;
using TransitionLab.Core.Decisions;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Snapshots;
using TransitionLab.Site.Cli;
using TransitionLab.Site.Generation;

namespace TransitionLab.Site.Tests;

/// <summary>Pagination, rebuilds into an existing folder, the snapshot format and the snapshot options of the command line.</summary>
public sealed class BuildOutputTests
{
    [Fact]
    public async Task Index_and_facet_pages_are_paginated_at_100_and_every_pagination_link_resolves()
    {
        using var tree = new ContentTree();
        for (var i = 1; i < 250; i++)
            tree.Write($"experiments/e-{i:000}.md", ContentTree.Experiment.Replace("slug: netwerkberaden", $"slug: netwerkberaden-{i:000}"));
        using var site = await BuiltSite.BuildAsync(tree.Path);

        string[] pages = [SiteUrls.Experiments, "/experimenten/pagina/2/", "/experimenten/pagina/3/"];
        var cards = pages.Select(p => site.Page(p).QuerySelectorAll("main .card h3 a").Select(a => a.GetAttribute("href")!).ToArray()).ToArray();
        Assert.Equal([100, 100, 50], cards.Select(c => c.Length));
        Assert.Equal(250, cards.SelectMany(c => c).Distinct().Count());
        Assert.False(site.Exists("/experimenten/pagina/4/"));
        Assert.True(site.Exists("/experimenten/thema/jeugd/pagina/3/"));
        Assert.Equal("/experimenten/pagina/2/", site.Page(SiteUrls.Experiments).QuerySelector("nav.pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("3", site.Page("/experimenten/pagina/3/").QuerySelector("nav.pagination a[aria-current=page]")!.TextContent);
        Assert.Equal("250", site.Page("/experimenten/pagina/2/").QuerySelector("[data-filter-count]")!.TextContent);

        var links = site.HtmlPaths().SelectMany(p => site.Page(p).QuerySelectorAll("nav.pagination a").Select(a => a.GetAttribute("href")!)).Distinct().ToArray();
        Assert.Contains("/experimenten/thema/jeugd/pagina/2/", links);
        Assert.All(links, href => Assert.True(site.Exists(href), href));
    }

    [Fact]
    public async Task Rebuild_into_an_existing_folder_leaves_unchanged_files_untouched_and_rewrites_the_changed_ones()
    {
        using var temp = new TempFolder();
        var content = temp.File("content");
        FolderTree.Copy(Repository.Fixture("site"), content);
        var output = temp.File("site");
        var options = new SiteOptions { BaseUrl = BuiltSite.BaseUrl, BuildTime = BuiltSite.BuildTime };
        await SiteGenerator.BuildAsync(SiteInput.FromCatalogue(ContentLoader.Load(content).Catalogue, options), output);
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, old);

        var mentor = Path.Combine(content, "experiments", "jouw-ingebrachte-mentor.md");
        File.WriteAllText(mentor, File.ReadAllText(mentor).Replace("title: Jouw Ingebrachte Mentor", "title: Jouw Eigen Mentor"));
        var report = await SiteGenerator.BuildAsync(SiteInput.FromCatalogue(ContentLoader.Load(content).Catalogue, options), output);

        DateTime Written(string path) => File.GetLastWriteTimeUtc(Path.Combine(output, path));
        Assert.Equal(old, Written("toegankelijkheid/index.html"));
        Assert.Equal(old, Written("style.css"));
        Assert.Equal(old, Written("experimenten/netwerkberaden-walcheren/index.html"));
        Assert.True(Written("experimenten/jouw-ingebrachte-mentor/index.html") > old);
        Assert.True(Written("experimenten/index.html") > old);
        Assert.Contains("Jouw Eigen Mentor", File.ReadAllText(Path.Combine(output, "experimenten/jouw-ingebrachte-mentor/index.html")));
        Assert.InRange(report.Unchanged, 1, report.Files - 2);
        Assert.Equal(["content", "site"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Snapshot_round_trips_through_json_with_codes_and_iso_dates()
    {
        using var file = File.OpenRead(FixtureSiteWithSnapshot.SnapshotFile);
        var snapshot = PlatformSnapshot.Read(file) with
        {
            Decisions =
            [
                new ScalingDecision
                {
                    Id = Guid.NewGuid(), ExperimentSlug = "netwerkberaden-walcheren", Kind = DecisionKind.Mainstreamed, DecidedBy = "college van B&W",
                    DecidedOn = new DateOnly(2026, 6, 30), Rationale = "Het werkt.", Owner = "Sociaal Domein Walcheren", BudgetLine = "6.71", StartDate = new DateOnly(2027, 1, 1),
                },
            ],
        };

        var first = Write(snapshot);
        var again = PlatformSnapshot.Read(new MemoryStream(first));

        Assert.Equal(first, Write(again));
        Assert.Equal(5, again.Reflections.Count);
        Assert.Equal(EvidenceLevel.TheoryOfChange, again.Reflections[0].EvidenceLevel);
        Assert.Equal(new DateOnly(2024, 9, 1), again.Reflections[0].PeriodStart);
        Assert.Equal(BarrierKind.ShortTermFunding, again.Reflections[3].Barriers[0].Kind);
        Assert.Equal(snapshot.Decisions[0], again.Decisions[0]);
        var json = Encoding.UTF8.GetString(first);
        Assert.Contains("\"evidenceLevel\": \"theory-of-change\"", json);
        Assert.Contains("\"decidedOn\": \"2026-06-30\"", json);
        Assert.Contains("\"kind\": \"mainstreamed\"", json);
    }

    [Fact]
    public async Task Build_with_a_snapshot_file_shows_its_verdicts_and_prints_timings()
    {
        using var temp = new TempFolder();
        var output = temp.File("site");
        var (code, stdout, _) = await RunAsync("build", "--content", Repository.Fixture("site"), "--out", output, "--snapshot", FixtureSiteWithSnapshot.SnapshotFile, "--timings");

        Assert.Equal(0, code);
        Assert.Contains("data-verdict=\"ready-to-scale-fit-and-conform\"", File.ReadAllText(Path.Combine(output, "experimenten", "netwerkberaden-walcheren", "index.html")));
        foreach (var step in new[] { "load", "snapshot", "verdicts", "plan", "render+write", "files" })
            Assert.Contains($"  {step} ", stdout);
    }

    [Fact]
    public async Task Build_with_an_api_that_does_not_answer_exits_with_1_says_so_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var (code, _, stderr) = await RunAsync("build", "--content", Repository.Fixture("site"), "--out", temp.File("site"), "--api", "http://127.0.0.1:9");

        Assert.Equal(1, code);
        Assert.Contains("cannot fetch the snapshot from http://127.0.0.1:9/api/snapshot", stderr);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public async Task Build_with_a_snapshot_file_that_is_not_a_snapshot_exits_with_1()
    {
        using var temp = new TempFolder();
        var bad = temp.File("bad.json");
        await File.WriteAllTextAsync(bad, "{\"reflections\": 3}");
        var (code, _, stderr) = await RunAsync("build", "--content", Repository.Fixture("site"), "--out", temp.File("site"), "--snapshot", bad);

        Assert.Equal(1, code);
        Assert.Contains($"cannot read snapshot {bad}", stderr);
    }

    private static byte[] Write(PlatformSnapshot snapshot)
    {
        using var stream = new MemoryStream();
        snapshot.Write(stream);
        return stream.ToArray();
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await SiteCommand.RunAsync(args, stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
