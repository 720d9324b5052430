namespace TransitionLab.Api.Durability;

/// <summary>A unit of work queued for the journal's single writer loop.</summary>
internal abstract class JournalWork
{
    private protected readonly TaskCompletionSource Done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the work is durable, or faults or is cancelled.</summary>
    public Task Completion => Done.Task;

    public void Succeed() => Done.TrySetResult();

    public void Fail(Exception error) => Done.TrySetException(error);
}

/// <summary>An entry waiting to be written; its caller may give up on it only until the writer takes it.</summary>
/// <remarks>
/// Once the writer has taken an entry into a batch, cancellation is ignored: the caller then learns whether
/// the entry became durable, instead of being told "cancelled" about an entry that is on disk.
/// </remarks>
internal sealed class PendingAppend<T> : JournalWork
{
    private const int Queued = 0;
    private const int Taken = 1;
    private const int Cancelled = 2;

    private readonly CancellationToken _cancellationToken;
    private readonly CancellationTokenRegistration _registration;
    private int _state;

    public PendingAppend(T entry, EncodedEntry encoded, CancellationToken cancellationToken)
    {
        Entry = entry;
        Encoded = encoded;
        _cancellationToken = cancellationToken;
        _registration = cancellationToken.Register(static state => ((PendingAppend<T>)state!).TryCancel(), this);
    }

    public T Entry { get; }

    public EncodedEntry Encoded { get; }

    /// <summary>Claims the entry for a batch; false if its caller cancelled first.</summary>
    public bool TryTake()
    {
        if (Interlocked.CompareExchange(ref _state, Taken, Queued) != Queued)
        {
            return false;
        }
        _registration.Dispose();
        return true;
    }

    private void TryCancel()
    {
        if (Interlocked.CompareExchange(ref _state, Cancelled, Queued) == Queued)
        {
            Done.TrySetCanceled(_cancellationToken);
        }
    }
}

/// <summary>A request to empty the journal once the store holds everything in it durably.</summary>
internal sealed class PendingReset(Func<Task> makeStoreDurable) : JournalWork
{
    public Func<Task> MakeStoreDurable { get; } = makeStoreDurable;
}
