using System.Diagnostics;
using System.Threading.Channels;
using TransitionLab.Api.Hosting;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Site;

/// <summary>
/// Re-renders the pages an experiment appears on after the store committed a change to its public records
/// (<see cref="StoreWriter.Applied"/>, whichever endpoint or form wrote it). Commits only enqueue a slug, so a write
/// never waits for rendering. Two background lanes drain what queued up meanwhile, so a burst of writes costs one
/// rebuild: the first re-renders the experiments' own pages at once, the second then the lists and overviews that
/// show them, which at national scale are thousands of pages and take far longer than one page should wait.
/// </summary>
public sealed class SiteRebuilds : BackgroundService
{
    // A change that names no experiment (a catalogue import) rebuilds everything.
    private const string Everything = "*";

    /// <summary>
    /// Shortest rest after each rebuild. A lone write is rendered at once; under a stream of writes the
    /// rest lets changes pile up into one rebuild, so the writes keep most of the two cores.
    /// </summary>
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(250);
    /// <summary>Shortest rest of the own-pages lane, which lets a burst of writes arrive before it renders.</summary>
    private static readonly TimeSpan OwnPagesPause = TimeSpan.FromMilliseconds(20);
    private readonly Channel<string> _changed = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    // What the own-pages lane handed on to the lists lane.
    private readonly Channel<IReadOnlyCollection<string>> _forLists =
        Channel.CreateUnbounded<IReadOnlyCollection<string>>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly PublishedSite _site;
    private readonly RenderingThreads _rendering;
    private readonly StoreWriter _writer;
    private readonly CatalogueReadiness _readiness;
    private readonly ILogger<SiteRebuilds> _logger;
    private long _completed;
    private long _requested;

    /// <summary>Follows <paramref name="writer"/> once started; renders on <paramref name="rendering"/>.</summary>
    public SiteRebuilds(PublishedSite site, RenderingThreads rendering, StoreWriter writer, CatalogueReadiness readiness, ILogger<SiteRebuilds> logger)
    {
        _site = site;
        _rendering = rendering;
        _writer = writer;
        _readiness = readiness;
        _logger = logger;
    }

    /// <summary>
    /// Number of rebuilds finished, lists included, so tests and benchmarks can wait for one; a rebuild's own pages
    /// were written before it counts.
    /// </summary>
    public long Completed => Interlocked.Read(ref _completed);

    /// <summary>Number of changes that asked for a rebuild, so a test can tell that a write asked for none.</summary>
    public long Requested => Interlocked.Read(ref _requested);

    /// <summary>Marks an experiment as changed; returns at once.</summary>
    public void ExperimentChanged(string slug)
    {
        Interlocked.Increment(ref _requested);
        _changed.Writer.TryWrite(slug);
    }

    /// <inheritdoc />
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // From start on, not from construction: what the start-up work wrote (the catalogue import, demo data)
        // is in the initial build, which starts once that work is done (Follow skips it when it runs behind a restart).
        _writer.Applied += Follow;
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    public override Task StopAsync(CancellationToken cancellationToken)
    {
        _writer.Applied -= Follow;
        return base.StopAsync(cancellationToken);
    }

    // Runs on the writer inside its exclusive section: it only enqueues.
    private void Follow(IReadOnlyList<StoreChange> batch)
    {
        // The start's own import behind the last run's site: the initial build waits for it, and the endpoints that
        // write wait for it too, so what it wrote needs no rebuild of its own.
        if (!_readiness.Ready.IsCompleted) return;
        foreach (var change in batch)
        {
            if (change.Outcome is not { Stored: true } outcome) continue;
            if (outcome.AllPages) ExperimentChanged(Everything);
            else if (outcome.Experiment is { } slug) ExperimentChanged(slug);
        }
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_rendering.Run(() => RenderOwnPagesAsync(stoppingToken)), _rendering.Run(() => RebuildListsAsync(stoppingToken)));

    private async Task RenderOwnPagesAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _changed.Reader.WaitToReadAsync(stoppingToken))
            {
                var slugs = new HashSet<string>(StringComparer.Ordinal);
                while (_changed.Reader.TryRead(out var slug)) slugs.Add(slug);
                var clock = Stopwatch.StartNew();
                // A full build writes every page; it waits for nothing here.
                if (!slugs.Contains(Everything))
                {
                    try
                    {
                        var report = await _site.RenderOwnPagesAsync(slugs, stoppingToken);
                        _logger.LogInformation("Re-rendered the own pages of {Experiments}: {Pages} pages, {Files} files replaced, in {Elapsed} ms",
                            string.Join(", ", slugs), report.PagesRendered, report.FilesWritten, (int)clock.ElapsedMilliseconds);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // The last good pages stay served; the next change of these experiments tries again.
                        _logger.LogError(e, "Re-rendering the own pages of {Experiments} failed", string.Join(", ", slugs));
                    }
                }
                _forLists.Writer.TryWrite(slugs);
                // As long as the rendering took: under a stream of writes this lane takes at most half a core.
                var rest = clock.Elapsed;
                await Task.Delay(rest > OwnPagesPause ? rest : OwnPagesPause, stoppingToken);
            }
        }
        finally
        {
            _forLists.Writer.TryComplete();
        }
    }

    private async Task RebuildListsAsync(CancellationToken stoppingToken)
    {
        while (await _forLists.Reader.WaitToReadAsync(stoppingToken))
        {
            var slugs = new HashSet<string>(StringComparer.Ordinal);
            while (_forLists.Reader.TryRead(out var batch)) slugs.UnionWith(batch);
            var clock = Stopwatch.StartNew();
            try
            {
                if (slugs.Contains(Everything))
                {
                    await _site.BuildAllAsync(stoppingToken);
                }
                else
                {
                    var report = await _site.RebuildAsync(slugs, stoppingToken);
                    _logger.LogInformation("Re-rendered {Pages} pages that list {Experiments}, replaced {Files} files, in {Elapsed} ms (render and write {Render} ms, search index written after {Search} ms)",
                        report.PagesRendered, string.Join(", ", slugs), report.FilesWritten, (int)clock.ElapsedMilliseconds, (int)report.Elapsed.TotalMilliseconds,
                        (int)(clock.Elapsed - report.Elapsed + report.SearchWritten).TotalMilliseconds);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The last good pages stay served; the next change tries again.
                _logger.LogError(e, "Re-rendering the pages of {Experiments} failed", string.Join(", ", slugs));
            }
            Interlocked.Increment(ref _completed);
            // At least twice as long as the rebuild took: under a stream of writes the lists take at most a third of
            // one core, and the writes and the own-pages lane keep the rest.
            var rest = clock.Elapsed * 2;
            await Task.Delay(rest > Pause ? rest : Pause, stoppingToken);
        }
    }
}
