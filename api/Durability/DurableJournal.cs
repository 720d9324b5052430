using System.Buffers;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Win32.SafeHandles;

namespace TransitionLab.Api.Durability;

/// <summary>
/// An append-only journal of JSON lines whose <see cref="AppendAsync"/> completes only once the entry is on
/// disk. Concurrent appends share one fsync (group commit): a single writer loop takes everything queued,
/// writes it, flushes it to disk once, hands the batch to the optional batch callback and then completes
/// every waiter of the batch.
/// </summary>
/// <typeparam name="T">The entry type, serialised with System.Text.Json.</typeparam>
public sealed class DurableJournal<T> : IAsyncDisposable
{
    // Bounds one batch so that a burst cannot make the first waiter of a batch wait for an arbitrarily
    // large write; what is left simply forms the next batch.
    private const int MaxBatchSize = 4096;

    private readonly SafeFileHandle _file;
    private readonly JsonSerializerOptions _json;
    private readonly Func<IReadOnlyList<T>, Task>? _onBatchDurable;
    private readonly Channel<JournalWork> _queue = Channel.CreateUnbounded<JournalWork>(
        new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = false });
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Task _writerLoop;
    private long _length;
    private long _lastSequence;
    private long _fsyncCount;
    private Exception? _broken;

    private DurableJournal(SafeFileHandle file, JournalContents<T> recovered, JsonSerializerOptions json, Func<IReadOnlyList<T>, Task>? onBatchDurable)
    {
        _file = file;
        _json = json;
        _onBatchDurable = onBatchDurable;
        Recovered = recovered;
        _length = recovered.ValidLength;
        _lastSequence = recovered.LastSequence;
        _writerLoop = Task.Run(WriteLoopAsync);
    }

    /// <summary>
    /// Opens or creates the journal at <paramref name="path"/>. A torn or corrupt tail is cut off (and the cut
    /// flushed to disk) before anything new is appended, so new lines never follow garbage.
    /// </summary>
    /// <param name="path">The journal file; its directory must exist.</param>
    /// <param name="onBatchDurable">
    /// Runs on the writer loop after each batch is on disk and before its waiters complete; the API inserts the
    /// batch into LiteDB here in one transaction. If it throws, the batch is cut from the journal again and
    /// every waiter of the batch receives the exception.
    /// </param>
    /// <param name="json">Serializer options for entries; <see cref="JsonSerializerOptions.Default"/> when null.</param>
    public static DurableJournal<T> Open(string path, Func<IReadOnlyList<T>, Task>? onBatchDurable = null, JsonSerializerOptions? json = null)
    {
        json ??= JsonSerializerOptions.Default;
        string fullPath = Path.GetFullPath(path);
        SafeFileHandle file = File.OpenHandle(fullPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        try
        {
            // The file's name must survive a power loss as well as its contents.
            Fsync.Directory(Path.GetDirectoryName(fullPath)!);
            JournalContents<T> recovered = JournalFile.Parse<T>(JournalFile.ReadBytes(file), json);
            if (recovered.DiscardedBytes > 0)
            {
                JournalFile.TruncateTo(file, recovered.ValidLength);
            }
            return new DurableJournal<T>(file, recovered, json, onBatchDurable);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>What the file held when it was opened, including how many bytes of a torn tail were cut off.</summary>
    public JournalContents<T> Recovered { get; }

    /// <summary>How many times the journal has been flushed to disk; fewer than the entries appended when batching works.</summary>
    public long FsyncCount => Interlocked.Read(ref _fsyncCount);

    /// <summary>
    /// Appends <paramref name="entry"/> and completes once it is on disk and the batch callback has run for it.
    /// </summary>
    /// <param name="entry">The entry to make durable.</param>
    /// <param name="cancellationToken">
    /// Cancels the append only while it is still queued; once the writer has taken it, the task reports the
    /// outcome of the write instead.
    /// </param>
    /// <exception cref="ObjectDisposedException">The journal has been disposed.</exception>
    /// <exception cref="IOException">This or an earlier write or fsync failed (see remarks).</exception>
    /// <remarks>
    /// After a failed write or fsync the journal refuses further appends: on Linux a failed fsync may drop the
    /// dirty pages and let the next fsync succeed, so nothing written afterwards could be trusted.
    /// </remarks>
    public Task AppendAsync(T entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }
        var append = new PendingAppend<T>(entry, JournalLine.Encode(entry, _json), cancellationToken);
        return Enqueue(append);
    }

    /// <summary>
    /// Empties the journal after <paramref name="makeStoreDurable"/> has made the store hold every entry appended
    /// so far durably (for LiteDB: checkpoint, then <see cref="Fsync"/> its files). No append is written while
    /// this runs, so no entry can slip in between the store's flush and the truncation.
    /// </summary>
    /// <param name="makeStoreDurable">Makes the store durable; if it throws, the journal is left as it was.</param>
    public Task ResetAsync(Func<Task> makeStoreDurable)
    {
        ArgumentNullException.ThrowIfNull(makeStoreDurable);
        return Enqueue(new PendingReset(makeStoreDurable));
    }

    /// <summary>Writes what is already queued, then closes the file.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writerLoop.ConfigureAwait(false);
        _file.Dispose();
    }

    private Task Enqueue(JournalWork work)
    {
        if (_broken is { } broken)
        {
            return Task.FromException(new IOException("The journal failed to write earlier and accepts no more entries.", broken));
        }
        if (!_queue.Writer.TryWrite(work))
        {
            return Task.FromException(new ObjectDisposedException(nameof(DurableJournal<T>)));
        }
        return work.Completion;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingAppend<T>>();
        ChannelReader<JournalWork> reader = _queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatchSize && reader.TryRead(out JournalWork? work))
            {
                if (work is PendingAppend<T> append)
                {
                    if (append.TryTake())
                    {
                        batch.Add(append);
                    }
                    continue;
                }

                // A reset must see every entry queued before it durable in the store, so the batch
                // gathered so far is committed first.
                await CommitAsync(batch).ConfigureAwait(false);
                batch.Clear();
                await ResetAsync((PendingReset)work).ConfigureAwait(false);
            }
            await CommitAsync(batch).ConfigureAwait(false);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<PendingAppend<T>> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }
        if (_broken is { } broken)
        {
            FailAll(batch, new IOException("The journal failed to write earlier and accepts no more entries.", broken));
            return;
        }

        long start = _length;
        _buffer.Clear();
        long sequence = _lastSequence;
        foreach (PendingAppend<T> append in batch)
        {
            JournalLine.Write(_buffer, ++sequence, append.Encoded);
        }

        try
        {
            // Synchronous write and fsync: this loop is the only writer and has nothing else to do while the
            // device works, and RandomAccess's async path on Linux would block a pool thread just the same.
            RandomAccess.Write(_file, _buffer.WrittenSpan, start);
            RandomAccess.FlushToDisk(_file);
            Interlocked.Increment(ref _fsyncCount);
        }
        catch (Exception error)
        {
            _broken = error;
            TryCutBack(start);
            FailAll(batch, error);
            return;
        }

        if (_onBatchDurable is not null)
        {
            try
            {
                await _onBatchDurable(batch.ConvertAll(append => append.Entry)).ConfigureAwait(false);
            }
            catch (Exception error)
            {
                // The store refused the batch, so its waiters hear "failed"; cutting the lines again keeps a
                // restart from replaying entries that the callers were told did not happen.
                TryCutBack(start);
                FailAll(batch, error);
                return;
            }
        }

        _length = start + _buffer.WrittenCount;
        _lastSequence = sequence;
        foreach (PendingAppend<T> append in batch)
        {
            append.Succeed();
        }
    }

    private async Task ResetAsync(PendingReset reset)
    {
        try
        {
            await reset.MakeStoreDurable().ConfigureAwait(false);
        }
        catch (Exception error)
        {
            // Nothing was cut: the journal still holds what the store may not, and stays usable.
            reset.Fail(error);
            return;
        }

        try
        {
            JournalFile.TruncateTo(_file, 0);
            _length = 0;
            reset.Succeed();
        }
        catch (Exception error)
        {
            // The file's length on disk is now unknown, so no further line could be placed safely.
            _broken = error;
            reset.Fail(error);
        }
    }

    private void TryCutBack(long length)
    {
        try
        {
            JournalFile.TruncateTo(_file, length);
        }
        catch (Exception error)
        {
            _broken ??= error;
        }
    }

    private static void FailAll(List<PendingAppend<T>> batch, Exception error)
    {
        foreach (PendingAppend<T> append in batch)
        {
            append.Fail(error);
        }
    }
}
