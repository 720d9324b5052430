using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TransitionLab.Site.Assets;

namespace TransitionLab.Site.Cli;

/// <summary>
/// <c>serve</c>: builds, serves the output folder and rebuilds when content changes. A change that
/// breaks content prints its problems and leaves the last good build online.
/// </summary>
internal static class SiteServer
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);

    public static async Task<int> RunAsync(CliOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var first = await SiteCommand.BuildOnceAsync(options, stdout, stderr, cancellationToken);
        if (first != SiteCommand.Ok && !Directory.Exists(options.OutputFolder)) return first;

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls($"http://localhost:{options.Port}");
        await using var app = builder.Build();
        var types = new FileExtensionContentTypeProvider();
        app.Run(context => ServeFileAsync(context, options.OutputFolder, types));

        using var rebuilds = new Rebuilds(options, stdout, stderr);
        await app.StartAsync(cancellationToken);
        await stdout.WriteLineAsync($"serving {options.OutputFolder} at http://localhost:{options.Port}/ (Ctrl+C stops)");
        await app.WaitForShutdownAsync(cancellationToken);
        return SiteCommand.Ok;
    }

    // Resolved per request against the folder path, so a build that swaps the folder is picked up at once.
    private static async Task ServeFileAsync(HttpContext context, string root, FileExtensionContentTypeProvider types)
    {
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/");
        var file = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
        if (!file.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal)) file = root;
        if (Directory.Exists(file))
        {
            if (!path.EndsWith('/'))
            {
                context.Response.Redirect(path + "/" + context.Request.QueryString, permanent: true);
                return;
            }
            file = Path.Combine(file, "index.html");
        }
        if (!File.Exists(file))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            file = Path.Combine(root, "404.html");
            if (!File.Exists(file)) return;
        }
        if (StaticAssets.IsHashed(path)) context.Response.Headers.CacheControl = StaticAssets.HashedCacheControl;
        context.Response.ContentType = types.TryGetContentType(file, out var type) ? type + (type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("json", StringComparison.Ordinal) ? "; charset=utf-8" : "") : "application/octet-stream";
        await context.Response.SendFileAsync(file);
    }

    /// <summary>Watches the content folder and rebuilds once a burst of changes has settled.</summary>
    private sealed class Rebuilds : IDisposable
    {
        private readonly FileSystemWatcher _watcher;
        private readonly Timer _timer;
        private readonly SemaphoreSlim _building = new(1, 1);

        public Rebuilds(CliOptions options, TextWriter stdout, TextWriter stderr)
        {
            _timer = new Timer(_ => _ = RebuildAsync(options, stdout, stderr));
            _watcher = new FileSystemWatcher(options.ContentFolder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            _watcher.Changed += (_, _) => Schedule();
            _watcher.Created += (_, _) => Schedule();
            _watcher.Deleted += (_, _) => Schedule();
            _watcher.Renamed += (_, _) => Schedule();
        }

        // Editors save in several steps (temp file, rename, touch): wait for quiet before building.
        private void Schedule() => _timer.Change(Debounce, Timeout.InfiniteTimeSpan);

        private async Task RebuildAsync(CliOptions options, TextWriter stdout, TextWriter stderr)
        {
            await _building.WaitAsync();
            try
            {
                await stdout.WriteLineAsync("content changed, rebuilding");
                if (await SiteCommand.BuildOnceAsync(options, stdout, stderr, CancellationToken.None) != SiteCommand.Ok)
                    await stderr.WriteLineAsync("still serving the last good build");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync($"rebuild failed: {e.Message}; still serving the last good build");
            }
            finally
            {
                _building.Release();
            }
        }

        public void Dispose()
        {
            _watcher.Dispose();
            _timer.Dispose();
            _building.Dispose();
        }
    }
}
