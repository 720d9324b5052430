using TransitionLab.Api.Keys;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Backup;

/// <summary>A consistent copy of the live store, for the <c>backup</c> command while the API runs.</summary>
public static class BackupApi
{
    /// <summary>Maps <c>POST /api/admin/backup</c>.</summary>
    public static RouteHandlerBuilder MapBackup(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/admin/backup", async (StoreWriter writer, Database db, HttpResponse response) =>
            {
                // The copy is taken inside a journal checkpoint: no write runs between LiteDB's checkpoint and the
                // end of the copy, and the journal is emptied only after it, so the copy holds every acknowledged write.
                var copy = new MemoryStream();
                await writer.CheckpointAsync(_ => db.CopyTo(copy));
                copy.Position = 0;
                response.Headers.ContentDisposition = $"attachment; filename=\"transitionlab-{DateTime.UtcNow:yyyyMMdd-HHmmss}.db\"";
                return TypedResults.File(copy, "application/octet-stream");
            })
            .RequireAuthorization(KeyAuthenticationSetup.AdminPolicy)
            .WithName("Backup").WithSummary("Back up the store").WithTags("Admin")
            .WithDescription("Admin only. Returns a consistent copy of the LiteDB file with every acknowledged write; restore it with the restore command.")
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
}
