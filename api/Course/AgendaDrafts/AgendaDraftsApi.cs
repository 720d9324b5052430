using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Problems;
using TransitionLab.Api.Versioning;

namespace TransitionLab.Api.Course.AgendaDrafts;

/// <summary>Practice drafts of transition-agenda items: filed by a participant in a module, read by them and their cohort's teacher only.</summary>
public static class AgendaDraftsApi
{
    /// <summary>Maps the draft endpoints under <c>/api/course</c>; every endpoint needs a participant or teacher key.</summary>
    public static RouteGroupBuilder MapAgendaDrafts(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/course").WithTags("Course").RequireAuthorization();

        group.MapPost("/modules/{module}/agenda-drafts", Create)
            .WithName("CreateAgendaDraft").WithSummary("Practise drafting a transition-agenda item")
            .WithDescription("Participant only. The belemmering, the level that can change it, an owner (an organisation or role, never a person), the next decision moment and what should change; the limits and the personal-data guard of the agenda's own items. Private: never on the transition agenda, never public.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/agenda-drafts/mine", Mine)
            .WithName("ListMyAgendaDrafts").WithSummary("List my practice drafts of agenda items")
            .WithDescription("Participant only. The caller's own drafts in every module, newest first.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/modules/{module}/agenda-drafts", ForModule)
            .WithName("ListCohortAgendaDrafts").WithSummary("List a module's practice drafts of agenda items of my cohort")
            .WithDescription("Teacher only. The drafts filed in this module by participants of the teacher's cohort, newest first.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    private static async Task<Results<Created<AgendaDraftDto>, ProblemHttpResult>> Create(string module, AgendaDraftRequest request, AgendaDrafts drafts,
        ImportedCatalogue catalogue, ClaimsPrincipal user)
    {
        var caller = Caller.From(user);
        if (!caller.MayPractise) return ProblemWriter.Forbidden("Alleen een deelnemer van de cursus oefent met een agendapunt.");
        if (PracticeReflections.FindModule(catalogue, module) is not { } found) return ProblemWriter.NotFound($"Er is geen cursusmodule '{module}'.");
        var (stored, errors) = await drafts.CreateAsync(found, request, caller);
        if (stored is null) return ProblemWriter.Invalid(errors, "Het agendapunt is niet opgeslagen; zie 'errors' per veld.");
        return TypedResults.Created(ApiVersion.Location("/course/agenda-drafts/mine"), stored.AsDto());
    }

    private static Results<Ok<AgendaDraftDto[]>, ProblemHttpResult> Mine(AgendaDrafts drafts, ClaimsPrincipal user)
    {
        var caller = Caller.From(user);
        if (!caller.MayPractise) return ProblemWriter.Forbidden("Alleen een deelnemer van de cursus heeft eigen geoefende agendapunten.");
        return TypedResults.Ok(drafts.Mine(caller).Select(d => d.AsDto()).ToArray());
    }

    private static Results<Ok<AgendaDraftDto[]>, ProblemHttpResult> ForModule(string module, AgendaDrafts drafts, ImportedCatalogue catalogue, ClaimsPrincipal user)
    {
        var caller = Caller.From(user);
        if (!caller.IsTeacher) return ProblemWriter.Forbidden("Alleen een docent ziet de geoefende agendapunten van een groep.");
        if (PracticeReflections.FindModule(catalogue, module) is null) return ProblemWriter.NotFound($"Er is geen cursusmodule '{module}'.");
        return TypedResults.Ok(drafts.OfCohort(caller, module).Select(d => d.AsDto()).ToArray());
    }
}
