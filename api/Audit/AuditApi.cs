using System.ComponentModel;
using LiteDB;
using Microsoft.AspNetCore.Http.HttpResults;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Problems;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Audit;

/// <summary>An audit entry as listed.</summary>
public sealed record AuditEntryDto(
    [property: Description("Entry id; pass the last one as 'before' for the next page")] string Id,
    [property: Description("Key id of the writer ('cli' for the command line)")] string KeyId,
    [property: Description("When")] DateTimeOffset At,
    [property: Description("What was done, e.g. reflection.create")] string Action,
    [property: Description("What it was done to, e.g. reflectionId/revision")] string Target);

/// <summary>A page of audit entries, newest first.</summary>
public sealed record AuditPage(
    [property: Description("Entries on this page, newest first")] IReadOnlyList<AuditEntryDto> Items,
    [property: Description("Pass as 'before' for the next page; absent on the last page")] string? NextBefore);

/// <summary>The audit log for admins.</summary>
public static class AuditApi
{
    /// <summary>Largest page.</summary>
    public const int MaxLimit = 100;

    /// <summary>Maps <c>GET /api/audit</c>.</summary>
    public static RouteGroupBuilder MapAudit(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(KeyAuthenticationSetup.AdminPolicy);
        group.MapGet("/", List)
            .WithName("ListAudit").WithSummary("List the audit log")
            .WithDescription("Admin only. Every write: who (key id), when, what; newest first. limit is 1 to 100 (default 50); pass nextBefore as before for the next page.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }

    private static Results<Ok<AuditPage>, ProblemHttpResult> List(string? before, int? limit, Database db)
    {
        if (limit is < 1) return ProblemWriter.Status(StatusCodes.Status400BadRequest, "limit moet 1 of meer zijn.");
        var take = Math.Min(limit ?? 50, MaxLimit);
        var query = db.Audit.Query();
        if (!string.IsNullOrEmpty(before))
        {
            if (before.Length != 24 || !before.All(Uri.IsHexDigit)) return ProblemWriter.Status(StatusCodes.Status400BadRequest, "before is ongeldig; gebruik nextBefore uit de vorige pagina.");
            query = query.Where("_id < @0", new BsonValue(new ObjectId(before)));
        }
        var entries = query.OrderByDescending("_id").Limit(take + 1).ToList();
        var page = entries.Take(take).Select(e => new AuditEntryDto(e.Id.ToString(), e.KeyId, Dates.ToInstant(e.At), e.Action, e.Target)).ToArray();
        return TypedResults.Ok(new AuditPage(page, entries.Count > take ? page[^1].Id : null));
    }
}
