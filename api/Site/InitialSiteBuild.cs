using TransitionLab.Api.Hosting;

namespace TransitionLab.Api.Site;

/// <summary>
/// Builds the site once at start-up, after the catalogue import and demo seeding (<see cref="CatalogueReadiness"/>).
/// The first start waits for it, so <c>/</c> is never empty. A restart serves the site the last run built while the
/// catalogue is imported and the new build runs behind it: at national scale that build takes longer than anyone
/// should wait for a first page, and the last build already shows what the store held when that run stopped.
/// </summary>
internal sealed class InitialSiteBuild(PublishedSite site, CatalogueReadiness readiness, RenderingThreads rendering, ILogger<InitialSiteBuild> logger) : IHostedService
{
    // Never disposed: the host may stop a service twice, and a source without a timer holds nothing to free.
    private readonly CancellationTokenSource _stopping = new();
    private Task _build = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!site.HasBuild)
        {
            // Without a site to serve, the catalogue was imported before this service started.
            await readiness.Ready;
            await rendering.Run(() => site.BuildAllAsync(cancellationToken));
            return;
        }
        logger.LogInformation("Serving the site of the last run while it is built again");
        _build = rendering.Run(async () =>
        {
            try
            {
                await readiness.Ready.WaitAsync(_stopping.Token);
                await site.BuildAllAsync(_stopping.Token);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The last run's site stays served; the next write re-renders what it shows.
                logger.LogError(e, "Building the site at start-up failed; the last run's site stays served");
            }
        });
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        try
        {
            await _build.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping mid-build: the build removes its unfinished folder, and the last site stays as it was.
        }
    }
}
