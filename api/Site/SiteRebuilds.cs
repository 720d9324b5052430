using System.Diagnostics;
using System.Threading.Channels;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Site;

/// <summary>
/// Re-renders the pages an experiment appears on after one of its reflections or decisions was stored.
/// Requests only enqueue a slug and return; one background loop drains whatever queued up meanwhile
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
    private readonly ILogger<SiteRebuilds> _logger;
    private long _completed;

    /// <summary>Follows <paramref name="changes"/> from now on.</summary>
    public SiteRebuilds(PublishedSite site, RecordChanges changes, ILogger<SiteRebuilds> logger)
    {
        _site = site;
        _logger = logger;
        changes.Changed += slug => ExperimentChanged(slug ?? Everything);
    }

    /// <summary>Number of rebuilds finished, so tests and benchmarks can wait for one.</summary>
    public long Completed => Interlocked.Read(ref _completed);

    /// <summary>Marks an experiment as changed; returns at once.</summary>
    public void ExperimentChanged(string slug) => _changed.Writer.TryWrite(slug);

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
                    _logger.LogInformation("Re-rendered {Pages} pages for {Experiments}, replaced {Files} files, in {Elapsed} ms (render and write {Render} ms)",
                        report.PagesRendered, string.Join(", ", slugs), report.FilesWritten, (int)clock.ElapsedMilliseconds, (int)report.Elapsed.TotalMilliseconds);
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
