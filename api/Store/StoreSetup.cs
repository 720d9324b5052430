namespace TransitionLab.Api.Store;

/// <summary>Registers the store: one <see cref="Database"/> and one <see cref="StoreWriter"/> per process, owned by the container.</summary>
public static class StoreSetup
{
    /// <summary>Adds the singleton database at the configured data folder and its journaled writer.</summary>
    public static IServiceCollection AddStore(this IServiceCollection services, IConfiguration configuration)
    {
        var options = StoreOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(provider =>
        {
            var db = Database.Open(options, out var recovery);
            provider.GetRequiredService<ILogger<Database>>().LogInformation(
                "Opened {Store}: replayed {Entries} journal entries, ignored {Bytes} bytes of a torn journal tail",
                options.FilePath, recovery.ReplayedEntries, recovery.DiscardedJournalBytes);
            return db;
        });
        services.AddSingleton<StoreWriter>();
        services.AddHostedService<JournalCheckpoints>();
        return services;
    }
}
