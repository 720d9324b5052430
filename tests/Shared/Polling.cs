namespace TransitionLab.Tests.Shared;

/// <summary>Waits for something that happens in the background (a rebuild, a checkpoint) without a fixed sleep.</summary>
public static class Polling
{
    /// <summary>The default patience: generous, because eight builds may share the machine's two cores.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>Checks <paramref name="condition"/> until it holds or <paramref name="timeout"/> passes; returns whether it held.</summary>
    public static async Task<bool> Until(Func<Task<bool>> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? Patience);
        while (true)
        {
            if (await condition()) return true;
            if (DateTime.UtcNow >= deadline) return false;
            await Task.Delay(50);
        }
    }

    /// <summary>Checks <paramref name="condition"/> until it holds or <paramref name="timeout"/> passes; returns whether it held.</summary>
    public static Task<bool> Until(Func<bool> condition, TimeSpan? timeout = null) => Until(() => Task.FromResult(condition()), timeout);
}
