using System.ComponentModel;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Problems;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Course.Reading;

/// <summary>A participant's mark that they read a module.</summary>
public sealed record ModuleReadDto(
    [property: Description("Slug of the module")] string Module,
    [property: Description("When the participant marked it read")] DateTimeOffset ReadAt);

/// <summary>"Read" per module: a participant marks it, the progress shows it to them and their teacher.</summary>
public static class ReadingApi
{
    /// <summary>Maps <c>/api/course/modules/{module}/read</c>; participants only.</summary>
    public static RouteGroupBuilder MapModuleReading(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/course").WithTags("Course").RequireAuthorization();

        group.MapPut("/modules/{module}/read", Mark)
            .WithName("MarkModuleRead").WithSummary("Mark a module read")
            .WithDescription("Participant only. Marks the module read for the caller; the progress shows it to them and their cohort's teacher. Marking again keeps the first date. Never public.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/modules/{module}/read", Unmark)
            .WithName("UnmarkModuleRead").WithSummary("Take back a module's read mark")
            .WithDescription("Participant only. Removes the caller's read mark on the module; 404 when there is none.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    private static async Task<Results<Ok<ModuleReadDto>, ProblemHttpResult>> Mark(string module, ModuleReads reads, ImportedCatalogue catalogue, ClaimsPrincipal user)
    {
        var caller = Caller.From(user);
        if (!caller.MayPractise) return ProblemWriter.Forbidden(ParticipantsOnly);
        if (PracticeReflections.FindModule(catalogue, module) is not { } found) return ModuleNotFound(module);
        var mark = await reads.MarkAsync(found, caller, read: true);
        return TypedResults.Ok(new ModuleReadDto(found.Slug, Dates.ToInstant(mark!.ReadAt)));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Unmark(string module, ModuleReads reads, ImportedCatalogue catalogue, ClaimsPrincipal user)
    {
        var caller = Caller.From(user);
        if (!caller.MayPractise) return ProblemWriter.Forbidden(ParticipantsOnly);
        if (PracticeReflections.FindModule(catalogue, module) is not { } found) return ModuleNotFound(module);
        if (reads.Mine(caller, found.Slug) is null) return ProblemWriter.NotFound($"U hebt module '{found.Slug}' niet als gelezen gemarkeerd.");
        await reads.MarkAsync(found, caller, read: false);
        return TypedResults.NoContent();
    }

    private const string ParticipantsOnly = "Alleen een deelnemer van de cursus markeert een module als gelezen.";

    private static ProblemHttpResult ModuleNotFound(string module) => ProblemWriter.NotFound($"Er is geen cursusmodule '{module}'.");
}
