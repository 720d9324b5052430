using TransitionLab.Api.Durability;

namespace TransitionLab.Api.Store;

/// <summary>
/// The one way anything is written to the store: a change is fsync'd in the journal together with the
/// changes of concurrent requests (group commit), the whole batch is then applied to LiteDB in one
/// transaction, and only then does <see cref="WriteAsync"/> complete. So an acknowledged write is on disk and
/// a read right after it finds it.
/// </summary>
public sealed class StoreWriter : IAsyncDisposable, IDisposable
{
    private readonly Database _db;
    private readonly DurableJournal<StoreChange> _journal;
    private long _sinceCheckpoint;
    private long _applyTicks;
    private long _version;

    /// <summary>Opens the journal of the store; <see cref="Database.Open(StoreOptions)"/> has already replayed it.</summary>
    public StoreWriter(Database db, StoreOptions options)
    {
        _db = db;
        _journal = DurableJournal<StoreChange>.Open(options.JournalPath, ApplyBatch, StoreChange.Json);
    }

    /// <summary>How often the journal was forced to disk.</summary>
    public long FsyncCount => _journal.FsyncCount;

    /// <summary>Makes <paramref name="change"/> durable and applies it; returns what applying did.</summary>
    public async Task<ChangeOutcome> WriteAsync(StoreChange change)
    {
        // Not cancellable: once a request has been read, whether it is filed must not depend on the client
        // staying connected for the few milliseconds of the batch.
        await _journal.AppendAsync(change).ConfigureAwait(false);
        Interlocked.Increment(ref _sinceCheckpoint);
        return change.Outcome ?? throw new InvalidOperationException("The journal completed a change that was not applied.");
    }

    /// <summary>
    /// Puts everything written so far into LiteDB's data file on disk and empties the journal, with no write in
    /// between; <paramref name="whileQuiet"/> runs at that point with the data file's path (a backup copies it).
    /// </summary>
    public async Task CheckpointAsync(Action<string>? whileQuiet = null)
    {
        // Forcing LiteDB's files onto the device is the slow part of a checkpoint (a quarter of a second after 30 s
        // of heavy writes) and needs no quiet, so it runs first, on its own thread, while writes go on. The quiet
        // step then only forces what was written since, and every write waits milliseconds instead of the whole flush.
        await Task.Factory.StartNew(_db.FlushToDisk, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)
            .ConfigureAwait(false);
        await _journal.ResetAsync(() =>
        {
            _db.Checkpoint(whileQuiet);
            Interlocked.Exchange(ref _sinceCheckpoint, 0);
            return Task.CompletedTask;
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// Raised with every batch once it is committed, before its writers hear back and before any other write
    /// can commit; each change's <see cref="StoreChange.Outcome"/> says what it stored. Handlers must be quick.
    /// </summary>
    public event Action<IReadOnlyList<StoreChange>>? Applied;

    /// <summary>
    /// Increases with every committed batch, before its writers hear back: a cache of something derived from the
    /// store is current while the version it was computed at is still the version.
    /// </summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>Time spent applying batches to LiteDB, for the benchmark.</summary>
    public TimeSpan ApplyTime => TimeSpan.FromTicks(Interlocked.Read(ref _applyTicks));

    /// <summary>Changes written since the last checkpoint.</summary>
    public long SinceCheckpoint => Interlocked.Read(ref _sinceCheckpoint);

    private Task ApplyBatch(IReadOnlyList<StoreChange> batch)
    {
        // The journal holds the batch on disk already, so LiteDB's commit need not be forced as well.
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        _db.Exclusive(() =>
        {
            _db.InTransaction(() =>
            {
                foreach (var change in batch) change.Apply(_db);
                return batch.Count;
            }, flushToDisk: false);
            Interlocked.Increment(ref _version);
            Applied?.Invoke(batch);
            return batch.Count;
        });
        Interlocked.Add(ref _applyTicks, System.Diagnostics.Stopwatch.GetElapsedTime(started).Ticks);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _journal.DisposeAsync();

    /// <inheritdoc />
    public void Dispose() => _journal.DisposeAsync().AsTask().GetAwaiter().GetResult();
}

/// <summary>Bounds the journal: every second with writes, the store is checkpointed and the journal emptied.</summary>
internal sealed class JournalCheckpoints(StoreWriter writer, ILogger<JournalCheckpoints> logger) : BackgroundService
{
    // Often, so that each checkpoint has little to force onto the device: a flush of 30 s of heavy writes held up
    // every write for over 200 ms, while one of a second's writes takes about 10 ms (bench/RESULTS.md).
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            if (writer.SinceCheckpoint == 0) continue;
            try
            {
                await writer.CheckpointAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or LiteDB.LiteException)
            {
                // The journal keeps its entries when a checkpoint fails, so nothing is lost; try again next tick.
                logger.LogError(e, "Checkpoint of the store failed");
            }
        }
    }
}
