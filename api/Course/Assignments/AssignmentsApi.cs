using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Problems;
using TransitionLab.Api.Versioning;

namespace TransitionLab.Api.Course.Assignments;

/// <summary>Hand-ins of the modules' exercises and the comments on them; private to the cohort.</summary>
public static class AssignmentsApi
{
    /// <summary>Maps the hand-in endpoints under <c>/api/course</c>; every one needs a participant or teacher key.</summary>
    public static RouteGroupBuilder MapAssignments(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/course").WithTags("Course").RequireAuthorization();

        group.MapPost("/modules/{module}/assignments", HandIn)
            .WithName("HandInAssignment").WithSummary("Save a draft or hand in a module's exercise")
            .WithDescription("Participant only. Adds a version of the caller's work on the module's exercise: a draft (handIn false) or a dated hand-in (handIn true, every required field filled). Earlier versions stay. share: true shares the hand-ins with the cohort for peer feedback.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/modules/{module}/assignments", OfCohort)
            .WithName("ListCohortAssignments").WithSummary("List the cohort's hand-ins of a module")
            .WithDescription("Participant: the hand-ins peers of the cohort shared. Teacher: every hand-in of the cohort. Drafts never; one's own work is at /assignments/mine.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/assignments/mine", Mine)
            .WithName("ListMyAssignments").WithSummary("List my hand-ins")
            .WithDescription("Participant only. The caller's work on every module, drafts included, with the comments it got.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/assignments/{id:guid}", Get)
            .WithName("GetAssignment").WithSummary("Read one hand-in")
            .WithDescription("Its author; the teacher of its cohort once handed in; the cohort's participants once shared. 403 for anyone else.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        // No :guid constraint: a caller without a key must meet 401 before anything judges the id.
        group.MapPost("/assignments/{id}/feedback", Comment)
            .WithName("CommentOnAssignment").WithSummary("Comment on a hand-in")
            .WithDescription("A peer of the cohort on a shared hand-in, or the cohort's teacher on any hand-in; the teacher may mark it done (done: true). Kept with the hand-in; its author reads it on the module's exercise page.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        return group;
    }

    private static async Task<Results<Created<AssignmentDto>, ProblemHttpResult>> HandIn(
        string module, HandInRequest request, Assignments assignments, ImportedCatalogue catalogue, ClaimsPrincipal user)
    {
        var caller = Caller.From(user);
        if (PracticeReflections.FindModule(catalogue, module) is not { } found) return ModuleNotFound(module);
        var write = await assignments.SaveAsync(found, request, caller);
        if (write.Assignment is not { } stored) return Problem(write);
        return TypedResults.Created(ApiVersion.Location($"/course/assignments/{stored.Id}"), stored.AsDto(caller));
    }

    private static Results<Ok<AssignmentDto[]>, ProblemHttpResult> OfCohort(string module, Assignments assignments, ImportedCatalogue catalogue, ClaimsPrincipal user)
    {
        var caller = Caller.From(user);
        if (!caller.MayPractise && !caller.IsTeacher) return ProblemWriter.Forbidden(NotInCourse);
        if (PracticeReflections.FindModule(catalogue, module) is null) return ModuleNotFound(module);
        return TypedResults.Ok(assignments.OfCohort(caller, module).Select(a => a.AsDto(caller)).ToArray());
    }

    private static Results<Ok<AssignmentDto[]>, ProblemHttpResult> Mine(Assignments assignments, ClaimsPrincipal user)
    {
        var caller = Caller.From(user);
        if (!caller.MayPractise) return ProblemWriter.Forbidden("Alleen een deelnemer van de cursus heeft eigen opdrachten.");
        return TypedResults.Ok(assignments.Mine(caller).Select(a => a.AsDto(caller)).ToArray());
    }

    private static Results<Ok<AssignmentDto>, ProblemHttpResult> Get(Guid id, Assignments assignments, ClaimsPrincipal user)
    {
        var caller = Caller.From(user);
        if (assignments.Find(id) is not { } found) return ProblemWriter.NotFound($"Er is geen opdracht {id}.");
        if (!Assignments.MayRead(found, caller)) return ProblemWriter.Forbidden("Deze opdracht is niet voor uw sleutel.");
        return TypedResults.Ok(found.AsDto(caller));
    }

    private static async Task<Results<Ok<AssignmentDto>, ProblemHttpResult>> Comment(Guid id, FeedbackRequest request, Assignments assignments, ClaimsPrincipal user)
    {
        var caller = Caller.From(user);
        var write = await assignments.CommentAsync(id, request, caller);
        if (write.Assignment is not { } stored) return Problem(write);
        return TypedResults.Ok(stored.AsDto(caller));
    }

    /// <summary>A refused write as problem details.</summary>
    public static ProblemHttpResult Problem(AssignmentWrite write) => write.Status switch
    {
        AssignmentWriteStatus.Invalid => ProblemWriter.Invalid(write.Errors!, "Niet opgeslagen; zie 'errors' per veld."),
        AssignmentWriteStatus.NotFound => ProblemWriter.NotFound(write.Message!),
        _ => ProblemWriter.Forbidden(write.Message!),
    };

    private static ProblemHttpResult ModuleNotFound(string module) => ProblemWriter.NotFound($"Er is geen cursusmodule '{module}'.");

    private const string NotInCourse = "Alleen deelnemers en docenten van de cursus zien ingeleverde opdrachten.";
}
