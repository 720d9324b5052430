namespace TransitionLab.Api.Site;

/// <summary>
/// Builds the site once at start-up, after the catalogue import and demo seeding (hosted services
/// start in registration order) and before the server takes requests, so <c>/</c> is never empty.
/// </summary>
internal sealed class InitialSiteBuild(PublishedSite site) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) => await site.BuildAllAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
