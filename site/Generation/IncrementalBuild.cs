using System.Diagnostics;
using System.Text;
using TransitionLab.Site.Experiments;
using TransitionLab.Site.Learning;
using TransitionLab.Site.Search;

namespace TransitionLab.Site.Generation;

/// <summary>
/// After one experiment's records changed: re-render only the pages that show it and the site-wide
/// files that list every experiment, into the live output folder. Each file is written to a temporary
/// name and moved over the old one, so a reader never sees half a page; an unchanged file is left alone.
/// The search index goes first and, given the index whose files the folder holds, only its changed files:
/// a new reflection is findable before the many list pages that show it are re-rendered.
/// </summary>
public static class IncrementalBuild
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Re-renders what shows <paramref name="experimentSlugs"/>; returns what it did.</summary>
    public static Task<IncrementalReport> RunAsync(SiteContext site, IReadOnlyCollection<string> experimentSlugs, string outputFolder, CancellationToken cancellationToken = default) =>
        RunAsync(site, experimentSlugs, outputFolder, search: null, earlier: null, ownPagesDone: false, cancellationToken);

    /// <summary>
    /// Re-renders only the own pages (<see cref="SitePlan.OwnPages"/>) of <paramref name="experimentSlugs"/>: a few
    /// pages, whatever the size of the catalogue. Slugs the catalogue does not hold are skipped.
    /// </summary>
    public static async Task<IncrementalReport> RunOwnPagesAsync(SiteContext site, IReadOnlyCollection<string> experimentSlugs, string outputFolder,
        CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var pages = experimentSlugs.Select(site.Catalogue.FindExperiment).OfType<TransitionLab.Core.Experiments.Experiment>()
            .SelectMany(experiment => SitePlan.OwnPages(site, experiment)).ToArray();
        var written = await RenderAsync(site, pages, outputFolder, cancellationToken);
        return new IncrementalReport(pages.Length, written, clock.Elapsed) { RenderedPaths = pages.Select(p => p.Path).ToArray() };
    }

    /// <summary>
    /// Re-renders what shows <paramref name="experimentSlugs"/>, with <paramref name="search"/> already worked out from the
    /// index whose files <paramref name="outputFolder"/> holds (<see cref="FullTextIndex.Update"/>); without it the whole
    /// index of <paramref name="site"/> is compared with the folder. Given <paramref name="earlier"/>, the context whose pages
    /// the folder holds, a list page is re-rendered only when a changed experiment is on it or its list gained or lost
    /// one (<see cref="ListMoves"/>); without it every list page is. With <paramref name="ownPagesDone"/> the experiments'
    /// own pages are left out: <see cref="RunOwnPagesAsync"/> wrote them.
    /// </summary>
    public static async Task<IncrementalReport> RunAsync(SiteContext site, IReadOnlyCollection<string> experimentSlugs, string outputFolder,
        IndexUpdate? search, SiteContext? earlier, bool ownPagesDone, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var written = 0;
        if (search is null)
        {
            foreach (var (path, content) in SearchIndexFiles.Write(FullTextIndex.For(site)))
                if (await ReplaceAsync(outputFolder, path, content, cancellationToken)) written++;
        }
        else
        {
            foreach (var (path, content) in SearchIndexFiles.Write(search))
                if (content is null ? Delete(outputFolder, path) : await ReplaceAsync(outputFolder, path, content, cancellationToken)) written++;
        }
        var searchWritten = clock.Elapsed;
        // One plan serves both the pages to re-render and the sitemap.
        var plan = SitePlan.Pages(site).ToArray();
        // The experiment's own pages go first: the writer who just filed a reflection is looking at one of them, and
        // at national scale the lists and overviews that also show the experiment take seconds more.
        var moves = earlier is null ? null : ListMoves.Between(earlier, site, experimentSlugs);
        var pages = plan.Where(page => page switch
            {
                _ when ownPagesDone && SitePlan.IsOwnPage(page) => false,
                ExperimentIndexPage { ShowsCounts: false } list when moves is not null =>
                    moves.Moved(list.FirstPage) || list.Experiments.Any(e => experimentSlugs.Contains(e.Slug)),
                _ => experimentSlugs.Any(slug => SitePlan.Shows(page, slug)),
            })
            .OrderBy(page => SitePlan.IsOwnPage(page) ? 0 : 1)
            .ToArray();
        written += await RenderAsync(site, pages, outputFolder, cancellationToken);
        foreach (var (path, content) in SiteGenerator.SiteFiles(site, plan, withSearchIndex: false))
            if (await ReplaceAsync(outputFolder, path, content, cancellationToken)) written++;
        return new IncrementalReport(pages.Length, written, clock.Elapsed) { SearchWritten = searchWritten, RenderedPaths = pages.Select(p => p.Path).ToArray() };
    }

    private static async Task<int> RenderAsync(SiteContext site, IReadOnlyList<SitePage> pages, string outputFolder, CancellationToken cancellationToken)
    {
        var written = 0;
        await using var renderer = new PageRenderer(site);
        foreach (var page in pages)
            if (await ReplaceAsync(outputFolder, page.FilePath, Utf8.GetBytes(await renderer.RenderAsync(page)), cancellationToken)) written++;
        return written;
    }

    private static bool Delete(string outputFolder, string relativePath)
    {
        var path = Path.Combine(outputFolder, relativePath);
        if (!File.Exists(path)) return false;
        File.Delete(path);
        return true;
    }

    private static async Task<bool> ReplaceAsync(string outputFolder, string relativePath, byte[] content, CancellationToken cancellationToken)
    {
        var path = Path.Combine(outputFolder, relativePath);
        if (OutputFolder.SameContent(path, content)) return false;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, content, cancellationToken);
        File.Move(temporary, path, overwrite: true);
        return true;
    }
}

/// <summary>What an incremental build did.</summary>
/// <param name="PagesRendered">Pages that show the changed experiments.</param>
/// <param name="FilesWritten">Files whose content changed and were replaced.</param>
/// <param name="Elapsed">Time to render and write.</param>
public sealed record IncrementalReport(int PagesRendered, int FilesWritten, TimeSpan Elapsed)
{
    /// <summary>Time until the search index's files were written, the first step.</summary>
    public TimeSpan SearchWritten { get; init; }
    /// <summary>The site paths of the pages rendered, in the order they were written.</summary>
    public IReadOnlyList<string> RenderedPaths { get; init; } = [];
}
