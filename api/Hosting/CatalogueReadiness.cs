namespace TransitionLab.Api.Hosting;

/// <summary>
/// Whether this start's catalogue import is done. A start on a store that already holds the catalogue, with a site an
/// earlier run built, listens at once and serves that site's files while it reads and compares the content folder
/// (5 to 38 s at national scale, most of it reading 20,000 files); every endpoint waits here until the import is done,
/// so no request sees a catalogue half read.
/// </summary>
public sealed class CatalogueReadiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the import is done; faults when it failed, and the API is then stopping.</summary>
    public Task Ready => _ready.Task;

    /// <summary>Marks the import done.</summary>
    public void Done() => _ready.TrySetResult();

    /// <summary>Marks the import failed.</summary>
    public void Failed(Exception error) => _ready.TrySetException(error);
}

/// <summary>The gate in front of the endpoints.</summary>
internal static class CatalogueReadinessGate
{
    /// <summary>
    /// Holds every request that reaches an endpoint until the catalogue is imported. Placed after the site's files, so
    /// those are served at once; once the import is done this costs one check per request.
    /// </summary>
    public static WebApplication UseCatalogueReadiness(this WebApplication app)
    {
        var readiness = app.Services.GetRequiredService<CatalogueReadiness>();
        app.Use(async (context, next) =>
        {
            if (!readiness.Ready.IsCompleted) await readiness.Ready.WaitAsync(context.RequestAborted);
            await next();
        });
        return app;
    }
}
