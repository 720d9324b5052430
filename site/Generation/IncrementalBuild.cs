using System.Diagnostics;
using System.Text;

namespace TransitionLab.Site.Generation;

/// <summary>
/// After one experiment's records changed: re-render only the pages that show it and the site-wide
/// files that list every experiment, into the live output folder. Each file is written to a temporary
/// name and moved over the old one, so a reader never sees half a page; an unchanged file is left alone.
/// </summary>
public static class IncrementalBuild
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Re-renders what shows <paramref name="experimentSlugs"/>; returns what it did.</summary>
    public static async Task<IncrementalReport> RunAsync(SiteContext site, IReadOnlyCollection<string> experimentSlugs, string outputFolder, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        // One plan serves both the pages to re-render and the sitemap.
        var plan = SitePlan.Pages(site).ToArray();
        var pages = plan.Where(page => experimentSlugs.Any(slug => SitePlan.Shows(page, slug))).ToArray();
        var written = 0;
        // The search index first: a new reflection is findable before the many list pages that show it are re-rendered.
        // Experiments come first in the index and keep their ids, so mostly the changed document, its stems' shards and the manifest are replaced.
        foreach (var (path, content) in Search.SearchIndexFiles.Write(Search.FullTextIndex.For(site)))
            if (await ReplaceAsync(outputFolder, path, content, cancellationToken)) written++;
        await using (var renderer = new PageRenderer(site))
        {
            foreach (var page in pages)
                if (await ReplaceAsync(outputFolder, page.FilePath, Utf8.GetBytes(await renderer.RenderAsync(page)), cancellationToken)) written++;
        }
        foreach (var (path, content) in SiteGenerator.SiteFiles(site, plan, withSearchIndex: false))
            if (await ReplaceAsync(outputFolder, path, content, cancellationToken)) written++;
        return new IncrementalReport(pages.Length, written, clock.Elapsed);
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
public sealed record IncrementalReport(int PagesRendered, int FilesWritten, TimeSpan Elapsed);
