namespace TransitionLab.Api.Tests.Durability;

/// <summary>
/// A batch callback that holds the writer loop inside the first batch until released, so a test can queue
/// work while a batch is in flight and know exactly what the next batch will hold.
/// </summary>
internal sealed class FirstBatchGate
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The size of every batch the journal handed over, in order.</summary>
    public List<int> BatchSizes { get; } = [];

    /// <summary>Completes once the writer loop is inside the first batch's callback.</summary>
    public Task Entered => _entered.Task;

    public void Release() => _released.TrySetResult();

    public async Task OnBatchDurable(IReadOnlyList<JournaledReflection> batch)
    {
        BatchSizes.Add(batch.Count);
        if (BatchSizes.Count == 1)
        {
            _entered.SetResult();
            await _released.Task;
        }
    }
}
