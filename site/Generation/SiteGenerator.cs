using System.Collections.Concurrent;
using System.Diagnostics;
using TransitionLab.Site.Assets;
using TransitionLab.Site.Feeds;
using TransitionLab.Site.Search;

namespace TransitionLab.Site.Generation;

/// <summary>Builds the static site from validated content and the API's records.</summary>
public static class SiteGenerator
{
    /// <summary>
    /// Builds the whole site into <paramref name="outputFolder"/>. The folder is replaced only when
    /// every file was written; on failure or cancellation the previous output stays as it was.
    /// </summary>
    public static async Task<SiteBuildReport> BuildAsync(SiteInput input, string outputFolder, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var site = new SiteContext(input);                      // join reflections and decisions to the catalogue
        var pages = SitePlan.Pages(site).ToArray();             // decide every page
        using var output = new OutputFolder(outputFolder);
        var written = await RenderPagesAsync(site, pages, output, cancellationToken);   // render and write pages
        var files = SiteFiles(site, pages).ToArray();           // feed, sitemap, robots, search index, assets
        foreach (var (path, text) in files) await output.WriteAsync(path, text, cancellationToken);
        output.Commit();                                        // swap the finished site in
        return new SiteBuildReport(output.Target, written, pages.Length + files.Length, clock.Elapsed);
    }

    /// <summary>
    /// Re-renders <paramref name="pages"/> in place into an existing output folder (e.g. the pages of
    /// <see cref="SitePlan.PagesShowing"/> after one experiment changed). Each file is replaced whole.
    /// </summary>
    public static async Task RenderIntoAsync(SiteInput input, IEnumerable<SitePage> pages, string outputFolder, CancellationToken cancellationToken = default)
    {
        var site = new SiteContext(input);
        await using var renderer = new PageRenderer(site);
        foreach (var page in pages)
        {
            var html = await renderer.RenderAsync(page);
            var path = Path.Combine(outputFolder, page.FilePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + ".tmp";
            await File.WriteAllTextAsync(temporary, html, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
    }

    private static async Task<IReadOnlyList<string>> RenderPagesAsync(SiteContext site, IReadOnlyList<SitePage> pages, OutputFolder output, CancellationToken cancellationToken)
    {
        await using var renderer = new PageRenderer(site);
        var written = new ConcurrentQueue<string>();
        // Rendering itself is serialised by the renderer's dispatcher; running pages concurrently still
        // overlaps one page's file write with the next page's rendering.
        await Parallel.ForEachAsync(pages, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (page, token) =>
            {
                var html = await renderer.RenderAsync(page);
                await output.WriteAsync(page.FilePath, html, token);
                written.Enqueue(page.Path);
            });
        return written.ToArray();
    }

    private static IEnumerable<(string Path, string Text)> SiteFiles(SiteContext site, IReadOnlyList<SitePage> pages)
    {
        yield return ("feed.xml", AtomFeed.Write(site));
        yield return ("sitemap.xml", Sitemap.Write(site, pages));
        yield return ("robots.txt", Sitemap.Robots(site));
        yield return ("zoekindex.json", SearchIndex.Write(site));
        foreach (var asset in StaticAssets.All) yield return (asset.Path, asset.Text);
    }
}
