using System.Runtime;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Store;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Search;

namespace TransitionLab.Api.Site;

/// <summary>
/// The generated site this API serves: where it lives, how to build it from the store, and the
/// site context of the last build, which request-time pages (a form shown again) reuse.
/// </summary>
public sealed class PublishedSite(ImportedCatalogue catalogue, PublicData records, StoreOptions store, IConfiguration configuration,
    TimeProvider time, ILogger<PublishedSite> logger)
{
    // A full build swaps the folder, so it holds both gates. The lists and an experiment's own pages are written by
    // two lanes, each one at a time, so a write's own page need not wait behind thousands of list pages.
    private readonly SemaphoreSlim _lists = new(1, 1);
    private readonly SemaphoreSlim _ownPages = new(1, 1);
    private readonly Lock _remembering = new();
    private SiteContext? _current;
    private long _currentGeneration;
    private long _generations;
    // The context whose list pages the folder holds, so a rebuild re-renders only the lists that changed; null when unknown.
    private SiteContext? _listed;
    // The search index whose files the folder holds, so a rebuild writes only what changed; null when unknown (a failed rebuild).
    private FullTextIndex? _search;

    /// <summary>Folder of the built site, inside the data folder: it is derived from the store.</summary>
    public string Folder { get; } = Path.Combine(store.DataFolder, "site");

    /// <summary>Whether an earlier run left a complete site in <see cref="Folder"/> (builds replace it whole).</summary>
    public bool HasBuild => File.Exists(Path.Combine(Folder, "index.html"));

    /// <summary>The newest context any build made; built on first use.</summary>
    public SiteContext Current => Volatile.Read(ref _current) ?? Judge();

    /// <summary>Builds the whole site from the catalogue and the store, replacing the folder atomically.</summary>
    public async Task<SiteBuildReport> BuildAllAsync(CancellationToken cancellationToken)
    {
        await _lists.WaitAsync(cancellationToken);
        try
        {
            await _ownPages.WaitAsync(cancellationToken);
            try
            {
                var site = Judge();
                _listed = null;
                var report = await SiteGenerator.BuildAsync(site, Folder, cancellationToken);
                _listed = site;
                _search = FullTextIndex.For(site);
                ReturnBuildMemory();
                logger.LogInformation("Built the site: {Files} files in {Elapsed} ms", report.Files, (int)report.Elapsed.TotalMilliseconds);
                return report;
            }
            finally
            {
                _ownPages.Release();
            }
        }
        finally
        {
            _lists.Release();
        }
    }

    // A full build runs at start and after a catalogue import, and at national scale leaves gigabytes of garbage that
    // the collector would otherwise keep committed for the life of the process (2.2 GiB resident after the build, of
    // which 1.25 GB live). One compacting collection right after it returns it: 1.4 GiB (bench/RESULTS.md).
    private static void ReturnBuildMemory()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    /// <summary>
    /// The fast lane: re-renders only the own pages of <paramref name="experimentSlugs"/> (the experiment page and its
    /// sheet), which is where whoever just wrote is looking. <see cref="RebuildAsync"/> does the rest afterwards.
    /// </summary>
    public async Task<IncrementalReport> RenderOwnPagesAsync(IReadOnlyCollection<string> experimentSlugs, CancellationToken cancellationToken)
    {
        await _ownPages.WaitAsync(cancellationToken);
        try
        {
            return await IncrementalBuild.RunOwnPagesAsync(Judge(), experimentSlugs, Folder, cancellationToken);
        }
        finally
        {
            _ownPages.Release();
        }
    }

    /// <summary>
    /// Re-renders the pages other than their own that show <paramref name="experimentSlugs"/> (lists, verdict pages)
    /// and the site-wide files that list every experiment. Each file is replaced whole. Call it after
    /// <see cref="RenderOwnPagesAsync"/> for the same experiments: their own pages are left to that lane, which may
    /// meanwhile have written them from newer records than this rebuild reads.
    /// </summary>
    public async Task<IncrementalReport> RebuildAsync(IReadOnlyCollection<string> experimentSlugs, CancellationToken cancellationToken)
    {
        await _lists.WaitAsync(cancellationToken);
        try
        {
            var site = Judge();
            // The index first, so the server's /zoeken/ answers from it at once instead of indexing the whole catalogue
            // again on the first query.
            var search = _search?.Update(site, experimentSlugs);
            var earlier = _listed;
            _search = null;
            _listed = null;
            var report = await IncrementalBuild.RunAsync(site, experimentSlugs, Folder, search, earlier, ownPagesDone: true, cancellationToken);
            _listed = site;
            _search = FullTextIndex.For(site);
            return report;
        }
        finally
        {
            _lists.Release();
        }
    }

    // Reads the records and judges the experiments whose records changed since the newest context. Records are read
    // in generation order, so the context of the highest generation holds the newest records; it becomes current
    // unless a newer one already did, and request-time pages never step back in time.
    private SiteContext Judge()
    {
        long generation;
        SiteInput input;
        lock (_remembering)
        {
            generation = ++_generations;
            input = Input();
        }
        var site = new SiteContext(input, Volatile.Read(ref _current));
        lock (_remembering)
        {
            if (generation > _currentGeneration)
            {
                _currentGeneration = generation;
                Volatile.Write(ref _current, site);
            }
        }
        return site;
    }

    private SiteInput Input()
    {
        var (reflections, decisions) = records.ForSite();
        var (agenda, areaValues) = records.Tactical();
        return new SiteInput(catalogue.Published(), reflections, decisions, Options()) { Agenda = agenda, AreaValues = areaValues };
    }

    private SiteOptions Options() => new()
    {
        BaseUrl = PublicUrl(configuration),
        ApiBaseUrl = "",
        BuildTime = time.GetUtcNow(),
    };

    /// <summary>
    /// The address people reach the site at: configuration key <c>PublicUrl</c>, else the first address
    /// the server listens on, for canonical links, Open Graph and the feed.
    /// </summary>
    private static Uri PublicUrl(IConfiguration configuration)
    {
        var configured = configuration["PublicUrl"] ?? configuration["urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        var text = string.IsNullOrWhiteSpace(configured) ? "http://localhost:5000/" : configured.Replace("://+", "://localhost").Replace("://*", "://localhost");
        return Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var uri) ? uri : new Uri("http://localhost:5000/");
    }
}
