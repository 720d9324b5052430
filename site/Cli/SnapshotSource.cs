using System.Text.Json;
using TransitionLab.Core.Snapshots;

namespace TransitionLab.Site.Cli;

/// <summary>Where a build gets reflections and decisions: a snapshot file, the API's snapshot, or nowhere.</summary>
internal static class SnapshotSource
{
    private static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The snapshot named by <c>--snapshot</c>, else the one the API at <c>--api</c> serves, else an
    /// empty one. Throws <see cref="SnapshotException"/> with a message fit for the user when it cannot be read.
    /// </summary>
    public static async Task<PlatformSnapshot> LoadAsync(CliOptions options, CancellationToken cancellationToken)
    {
        if (options.SnapshotFile is { } file)
        {
            try
            {
                await using var stream = File.OpenRead(file);
                return PlatformSnapshot.Read(stream);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
            {
                throw new SnapshotException($"cannot read snapshot {file}: {e.Message}");
            }
        }
        if (options.ApiBaseUrl.Length == 0)
            return new PlatformSnapshot { Reflections = [], Decisions = [], ExportedAt = DateTimeOffset.UtcNow };

        var url = $"{options.ApiBaseUrl.TrimEnd('/')}/api/snapshot";
        try
        {
            using var http = new HttpClient { Timeout = FetchTimeout };
            using var response = await http.GetAsync(url, cancellationToken);
            response.EnsureSuccessStatusCode();
            // Buffered first: the reader is synchronous and must not block on the network.
            using var body = new MemoryStream();
            await response.Content.CopyToAsync(body, cancellationToken);
            body.Position = 0;
            return PlatformSnapshot.Read(body);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            throw new SnapshotException($"cannot fetch the snapshot from {url}: {e.Message} (start the API, or build from a file with --snapshot <file.json>)");
        }
    }
}

/// <summary>The snapshot could not be read or fetched; the message says where and why.</summary>
internal sealed class SnapshotException(string message) : Exception(message);
