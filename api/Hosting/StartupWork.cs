using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using TransitionLab.Api.Demo;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Reflections;
using TransitionLab.Api.Site;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Hosting;

/// <summary>
/// Configuration key <c>Demo</c>: <c>auto</c> (default) seeds only a store that was just created,
/// <c>seed</c> (<c>--seed-demo</c>) seeds any store without reflections, <c>off</c> seeds nothing and makes no demo key.
/// </summary>
internal sealed class StartupWork(
    IConfiguration configuration, ImportedCatalogue catalogue, Database db, StoreWriter writer, StoreOptions store, StoredReflections records,
    PublishedSite site, CatalogueReadiness readiness, TimeProvider time, IServer server, IHostApplicationLifetime lifetime, ILogger<StartupWork> logger)
    : IHostedService
{
    /// <summary>The key id the audit log shows for what the API does on its own at start-up.</summary>
    public const string KeyId = "startup";

    private Task _work = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Keys may already exist (made with the keys command before the first start); experiments only
        // appear once the API has started, so their absence marks the first start.
        var isNewStore = db.Experiments.Count() == 0;
        if (isNewStore || !site.HasBuild)
        {
            // Nothing to serve yet: the API listens once the catalogue is in.
            await StartUpAsync(isNewStore);
            return;
        }
        logger.LogInformation("Serving the site of the last run while the catalogue is imported");
        _work = Task.Run(async () =>
        {
            try
            {
                await StartUpAsync(isNewStore);
            }
            catch (Exception e)
            {
                // As when the import failed before listening: the API does not run on a catalogue it could not read.
                logger.LogCritical(e, "Importing the catalogue failed; the API stops");
                lifetime.StopApplication();
            }
        }, CancellationToken.None);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _work.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host gave up waiting; the import's write is journaled, so a half-done import is redone at the next start.
        }
    }

    private async Task StartUpAsync(bool isNewStore)
    {
        try
        {
            await ImportAsync(isNewStore);
        }
        catch (Exception e)
        {
            readiness.Failed(e);
            throw;
        }
        readiness.Done();
    }

    private async Task ImportAsync(bool isNewStore)
    {
        var import = await catalogue.ImportAsync(KeyId, time.GetUtcNow());
        foreach (var problem in import.Problems) logger.LogWarning("Content problem: {Problem}", problem);
        logger.LogInformation("Imported {Count} experiments ({Changed} new or changed) from {Folder} into {Store}", import.Imported, import.Changed, catalogue.ContentFolder, store.FilePath);

        var mode = (configuration["Demo"] ?? "auto").Trim().ToLowerInvariant();
        if (mode == "off") return;

        // Never into a store that already holds reflections: demo data must not mix with real ones.
        if ((mode == "seed" || isNewStore) && !records.Any())
        {
            var seeded = DemoData.Seed(db, records, catalogue.Current);
            logger.LogInformation("Seeded {Count} demo reflections", seeded);
        }

        var demoKey = await DemoKey.RenewAsync(db, writer, catalogue.Current, KeyId, time.GetUtcNow());
        // After an import behind a running server, the application has started already: the lines are printed at once.
        lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            // The site first: that is what most people came for; the API reference second.
            foreach (var address in addresses)
            {
                Console.WriteLine($"TransitionLab: {address}/");
                Console.WriteLine($"API reference: {address}/api/docs");
            }
            if (demoKey is { } k) Console.WriteLine($"Demo frontrunner key ({k.Slug}): {k.Secret}");
        });
    }
}
