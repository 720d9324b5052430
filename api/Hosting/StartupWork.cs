using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using TransitionLab.Api.Demo;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Reflections;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Hosting;

/// <summary>
/// Configuration key <c>Demo</c>: <c>auto</c> (default) seeds only a store that was just created,
/// <c>seed</c> (<c>--seed-demo</c>) seeds any store without reflections, <c>off</c> seeds nothing and makes no demo key.
/// </summary>
internal sealed class StartupWork(
    IConfiguration configuration, ImportedCatalogue catalogue, Database db, StoreWriter writer, StoreOptions store, StoredReflections records,
    TimeProvider time, IServer server, IHostApplicationLifetime lifetime, ILogger<StartupWork> logger) : IHostedService
{
    /// <summary>The key id the audit log shows for what the API does on its own at start-up.</summary>
    public const string KeyId = "startup";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Keys may already exist (made with the keys command before the first start); experiments only
        // appear once the API has started, so their absence marks the first start.
        var isNewStore = db.Experiments.Count() == 0;
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

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
