namespace TransitionLab.Api.Store;

/// <summary>
/// Tells who derives something from the store (cached verdicts, the served site) that a write landed.
/// The version moves before the write's answer is sent, so a read after a 201 never sees a stale derivation.
/// </summary>
public sealed class RecordChanges
{
    private long _version;

    /// <summary>Increases with every stored write.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>Raised with the experiment whose records changed; <c>null</c> when many may have.</summary>
    public event Action<string?>? Changed;

    /// <summary>Marks a write; <paramref name="experimentSlug"/> names the experiment it touched, if one.</summary>
    public void Record(string? experimentSlug)
    {
        Interlocked.Increment(ref _version);
        Changed?.Invoke(experimentSlug);
    }
}
