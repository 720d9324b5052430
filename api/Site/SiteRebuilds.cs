using System.Diagnostics;
using System.Threading.Channels;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Site;

/// <summary>
/// Re-renders the pages an experiment appears on after the store committed a change to its public records
/// (<see cref="StoreWriter.Applied"/>, whichever endpoint or form wrote it). Commits only enqueue a slug; one background loop drains whatever queued up meanwhile
/// and rebuilds once, so a burst of writes costs one rebuild and never blocks an API request.
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
    private readonly Channel<string> _changed = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly PublishedSite _site;
    private readonly StoreWriter _writer;
    private readonly ILogger<SiteRebuilds> _logger;
    private long _completed;
    private long _requested;

    /// <summary>Follows <paramref name="writer"/> once started.</summary>
    public SiteRebuilds(PublishedSite site, StoreWriter writer, ILogger<SiteRebuilds> logger)
    {
        _site = site;
        _writer = writer;
        _logger = logger;
    }

    /// <summary>Number of rebuilds finished, so tests and benchmarks can wait for one.</summary>
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
        // is in the initial build, which hosted services finish before this one starts.
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
        foreach (var change in batch)
        {
            if (change.Outcome is not { Stored: true } outcome) continue;
            if (outcome.AllPages) ExperimentChanged(Everything);
            else if (outcome.Experiment is { } slug) ExperimentChanged(slug);
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await _changed.Reader.WaitToReadAsync(stoppingToken))
        {
            var slugs = new HashSet<string>(StringComparer.Ordinal);
            while (_changed.Reader.TryRead(out var slug)) slugs.Add(slug);
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
                    _logger.LogInformation("Re-rendered {Pages} pages for {Experiments}, replaced {Files} files, in {Elapsed} ms (render and write {Render} ms, search index written after {Search} ms)",
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
            // At least twice as long as the rebuild took: under a stream of writes rendering takes at most a third
            // of one core, and a write still reaches the served page well within a second.
            var rest = clock.Elapsed * 2;
            await Task.Delay(rest > Pause ? rest : Pause, stoppingToken);
        }
    }
}
