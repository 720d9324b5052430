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

    /// <summary>
    /// Reads <paramref name="path"/> until it answers 200 with <paramref name="expected"/> in it, or the patience runs out.
    /// Returns the last page read ("" when it did not answer 200), so the caller's assertion shows what was there.
    /// </summary>
    public static async Task<string> PageContaining(HttpClient client, string path, string expected, TimeSpan? timeout = null)
    {
        var page = "";
        await Until(async () =>
        {
            var response = await client.GetAsync(path);
            page = response.StatusCode == System.Net.HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : "";
            return page.Contains(expected, StringComparison.Ordinal);
        }, timeout);
        return page;
    }
}
