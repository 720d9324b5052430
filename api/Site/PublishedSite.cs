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
    // One build at a time: a full build swaps the folder, a partial one writes into it.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SiteContext? _current;
    // The search index whose files the folder holds, so a rebuild writes only what changed; null when unknown (a failed rebuild).
    private FullTextIndex? _search;

    /// <summary>Folder of the built site, inside the data folder: it is derived from the store.</summary>
    public string Folder { get; } = Path.Combine(store.DataFolder, "site");

    /// <summary>Whether an earlier run left a complete site in <see cref="Folder"/> (builds replace it whole).</summary>
    public bool HasBuild => File.Exists(Path.Combine(Folder, "index.html"));

    /// <summary>The context of the last build; built on first use.</summary>
    public SiteContext Current => Volatile.Read(ref _current) ?? Remember(new SiteContext(Input()));

    /// <summary>Builds the whole site from the catalogue and the store, replacing the folder atomically.</summary>
    public async Task<SiteBuildReport> BuildAllAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var site = new SiteContext(Input());
            var report = await SiteGenerator.BuildAsync(site, Folder, cancellationToken);
            Remember(site);
            _search = FullTextIndex.For(site);
            logger.LogInformation("Built the site: {Files} files in {Elapsed} ms", report.Files, (int)report.Elapsed.TotalMilliseconds);
            return report;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Re-renders the pages that show <paramref name="experimentSlugs"/> (their own pages, lists,
    /// verdict pages) and the site-wide files that list every experiment. Each file is replaced whole.
    /// </summary>
    public async Task<IncrementalReport> RebuildAsync(IReadOnlyCollection<string> experimentSlugs, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var site = new SiteContext(Input());
            // The index first, before the site is the current one, so the server's /zoeken/ answers from it at once
            // instead of indexing the whole catalogue again on the first query.
            var search = _search?.Update(site, experimentSlugs);
            _search = null;
            Remember(site);
            var report = await IncrementalBuild.RunAsync(site, experimentSlugs, Folder, search, cancellationToken);
            _search = FullTextIndex.For(site);
            return report;
        }
        finally
        {
            _gate.Release();
        }
    }

    private SiteContext Remember(SiteContext site)
    {
        Volatile.Write(ref _current, site);
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
