using System.Diagnostics;
using System.Text;
using TransitionLab.Core.Insights;
using TransitionLab.Site.Assets;
using TransitionLab.Site.Feeds;
using TransitionLab.Site.Search;

namespace TransitionLab.Site.Generation;

/// <summary>Builds the static site from validated content and the API's records.</summary>
public static class SiteGenerator
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Renderers working side by side. HtmlRenderer's dispatcher runs one render at a time, so one
    /// renderer keeps one core busy however many pages wait; one renderer per core lets every core
    /// render. On a 2-core machine shared with other builds (load 9), 1 and 2 renderers rendered
    /// 10,000 experiments in about the same time; more cores gain more, so one per core stays.
    /// </summary>
    private static int Renderers => Environment.ProcessorCount;

    /// <summary>
    /// Builds the whole site into <paramref name="outputFolder"/>. The folder is replaced only when
    /// every file was written; on failure or cancellation the previous output stays as it was. Files
    /// whose content did not change keep their modification time.
    /// </summary>
    public static Task<SiteBuildReport> BuildAsync(SiteInput input, string outputFolder, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var site = new SiteContext(input);                                     // join reflections and decisions, judge each experiment
        return BuildAsync(site, outputFolder, clock, [new BuildStep("verdicts", clock.Elapsed)], cancellationToken);
    }

    /// <summary>
    /// Builds the whole site of <paramref name="site"/>, as <see cref="BuildAsync(SiteInput, string, CancellationToken)"/> does;
    /// for a caller that keeps the context, and with it the search index the folder then holds.
    /// </summary>
    public static Task<SiteBuildReport> BuildAsync(SiteContext site, string outputFolder, CancellationToken cancellationToken = default) =>
        BuildAsync(site, outputFolder, Stopwatch.StartNew(), [], cancellationToken);

    private static async Task<SiteBuildReport> BuildAsync(SiteContext site, string outputFolder, Stopwatch clock, List<BuildStep> steps, CancellationToken cancellationToken)
    {
        T Step<T>(string name, Func<T> work)
        {
            var start = clock.Elapsed;
            var result = work();
            steps.Add(new BuildStep(name, clock.Elapsed - start));
            return result;
        }

        var pages = Step("plan", () => SitePlan.Pages(site).ToArray());        // decide every page
        using var output = new OutputFolder(outputFolder);
        var start = clock.Elapsed;
        var written = await RenderPagesAsync(site, pages, output, cancellationToken);   // render and write pages
        steps.Add(new BuildStep("render+write", clock.Elapsed - start));
        start = clock.Elapsed;
        var files = 0;
        foreach (var (path, content) in SiteFiles(site, pages))     // feed, sitemap, robots, search index, exports, assets
        {
            output.Write(path, content);
            files++;
        }
        steps.Add(new BuildStep("files", clock.Elapsed - start));
        start = clock.Elapsed;
        output.Commit();                                                      // swap the finished site in
        steps.Add(new BuildStep("commit", clock.Elapsed - start));
        return new SiteBuildReport(output.Target, written, pages.Length + files, output.Unchanged, clock.Elapsed, steps);
    }

    private static async Task<IReadOnlyList<string>> RenderPagesAsync(SiteContext site, IReadOnlyList<SitePage> pages, OutputFolder output, CancellationToken cancellationToken)
    {
        var written = new string[pages.Count];
        var next = -1;
        // On the current scheduler, not the thread pool's: the API renders on threads of lower priority than its requests.
        var workers = Enumerable.Range(0, Math.Clamp(Renderers, 1, Math.Max(1, pages.Count))).Select(_ => Task.Factory.StartNew(async () =>
        {
            await using var renderer = new PageRenderer(site);
            // One buffer per worker, reused: a page is rendered straight into bytes, compared and written.
            using var buffer = new MemoryStream(64 * 1024);
            await using var writer = new StreamWriter(buffer, Utf8, bufferSize: 16 * 1024, leaveOpen: true);
            int i;
            while ((i = Interlocked.Increment(ref next)) < pages.Count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                buffer.SetLength(0);
                await renderer.RenderToAsync(pages[i], writer);
                writer.Flush();
                output.Write(pages[i].FilePath, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
                written[i] = pages[i].Path;
            }
        }, cancellationToken, TaskCreationOptions.DenyChildAttach, TaskScheduler.Current).Unwrap()).ToArray();
        await Task.WhenAll(workers);
        return written;
    }

    private static IReadOnlyList<FeedEntry> Feed(SiteContext site, IEnumerable<Core.Experiments.Experiment> experiments) =>
        FeedItem.Newest(site, site.FeedItems, experiments, AtomFeed.Newest);

    private static IEnumerable<Core.Experiments.Experiment> FeedExperiments(SiteContext site, SitePage page) => page switch
    {
        Themes.ThemePage theme => theme.Experiments,
        Municipalities.MunicipalityPage municipality => municipality.Municipality.Experiments,
        _ => [],
    };

    /// <summary>The site's files besides its pages, made as they are enumerated, so a caller that writes each one holds few at a time.</summary>
    internal static IEnumerable<(string Path, byte[] Content)> SiteFiles(SiteContext site, IReadOnlyList<SitePage> pages, bool withSearchIndex = true)
    {
        Func<(string Path, byte[] Content)>[] files =
        [
            () => ("feed.xml", Utf8.GetBytes(AtomFeed.Write(site, Feed(site, site.Catalogue.Experiments), "/feed.xml", Text.Dutch.FeedTitle, Core.Catalogue.SiteUrls.Experiments))),
            () => ("sitemap.xml", Utf8.GetBytes(Sitemap.Write(site, pages))),
            () => ("robots.txt", Utf8.GetBytes(Sitemap.Robots(site))),
            () => ("zoekindex.json", Utf8.GetBytes(SearchIndex.Write(site))),
            () => (Core.Catalogue.SiteUrls.ExportCsv.TrimStart('/'), CatalogueExport.ToCsv(site.Entries, site.Catalogue.Themes)),
            () => (Core.Catalogue.SiteUrls.ExportJson.TrimStart('/'), Utf8.GetBytes(CatalogueExport.ToJson(site.Entries))),
            () => (Core.Catalogue.SiteUrls.AgendaCsv.TrimStart('/'), Core.Agenda.AgendaExport.ToCsv(site.Agenda, site.Catalogue, site.Today)),
            () => (Core.Catalogue.SiteUrls.AgendaJson.TrimStart('/'), Utf8.GetBytes(Core.Agenda.AgendaExport.ToJson(site.Agenda, site.Catalogue, site.Today))),
        ];
        // One after the other, each written before the next is made. Side by side they took about as long as the
        // slowest (0.8 s for the feed at 10,000 experiments), but each allocates up to 650 MB on the way, and together
        // they set the build's peak memory: 1,044 MiB against 944 to 1,017 MiB one at a time (single runs, bench/RESULTS.md).
        foreach (var file in files) yield return file();
        foreach (var page in pages.Where(p => p.FeedPath is not null))
            yield return (page.FeedPath!.TrimStart('/'),
                Utf8.GetBytes(AtomFeed.Write(site, Feed(site, FeedExperiments(site, page)), page.FeedPath!, Text.LearningText.FeedPageTitle(page.Title), page.Path)));
        if (withSearchIndex)
            foreach (var file in SearchIndexFiles.Write(FullTextIndex.For(site))) yield return file;
        foreach (var asset in StaticAssets.All) yield return (asset.Path, Utf8.GetBytes(asset.Text));
    }
}
