using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Problems;
using TransitionLab.Api.Reflections;
using TransitionLab.Api.Store;
using TransitionLab.Api.Versioning;

namespace TransitionLab.Api.Course;

/// <summary>
/// Practice reflections of course participants. They live in their own collection and are readable
/// only by their participant and the teacher of their cohort: no verdict, export or public list sees them.
/// </summary>
public static class CourseApi
{
    /// <summary>Maps <c>/api/course</c>; every endpoint needs a participant or teacher key.</summary>
    public static RouteGroupBuilder MapCourse(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/course").WithTags("Course").RequireAuthorization();

        group.MapPost("/modules/{module}/practice-reflections", Create)
            .WithName("CreatePracticeReflection").WithSummary("File a practice reflection")
            .WithDescription("Participant only. A reflection on a catalogue experiment as a course exercise, with the same fields and rules as a frontrunner's reflection (no personal data) plus experimentSlug. It never counts in a verdict and is never public.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/practice-reflections/mine", Mine)
            .WithName("ListMyPracticeReflections").WithSummary("List my practice reflections")
            .WithDescription("Participant only. The caller's own practice reflections, newest first.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/modules/{module}/practice-reflections", ForModule)
            .WithName("ListCohortPracticeReflections").WithSummary("List a module's practice reflections of my cohort")
            .WithDescription("Teacher only. The practice reflections filed in this module by participants of the teacher's cohort, newest first.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/modules/{module}/comparison", Compare)
            .WithName("CompareWithFrontrunners").WithSummary("Compare my cohort with the frontrunners")
            .WithDescription("Teacher only. The cohort's practice reflections on ?experiment=<slug> in this module next to the frontrunners' own reflections (latest revisions): evidence level, hypothesis result, decision, route and barriers named.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    private static async Task<Results<Created<PracticeReflectionDto>, ProblemHttpResult>> Create(
        string module, PracticeReflectionRequest request, Database db, StoreWriter writer, ImportedCatalogue catalogue, ClaimsPrincipal user, TimeProvider time)
    {
        var caller = Caller.From(user);
        if (!caller.MayPractise) return ProblemWriter.Forbidden("Alleen een deelnemer van de cursus legt oefenreflecties vast.");
        if (PracticeReflections.FindModule(catalogue, module) is not { } found) return ModuleNotFound(module);

        var (stored, problem) = await PracticeReflections.FileAsync(db, writer, found, request, caller, time);
        if (problem is not null) return problem;
        return TypedResults.Created(ApiVersion.Location("/course/practice-reflections/mine"), stored!.AsDto());
    }

    private static Results<Ok<PracticeReflectionDto[]>, ProblemHttpResult> Mine(Database db, ClaimsPrincipal user)
    {
        var caller = Caller.From(user);
        if (!caller.MayPractise) return ProblemWriter.Forbidden("Alleen een deelnemer van de cursus heeft eigen oefenreflecties.");
        return TypedResults.Ok(PracticeReflections.Mine(db, caller).Select(p => p.AsDto()).ToArray());
    }

    private static Results<Ok<PracticeReflectionDto[]>, ProblemHttpResult> ForModule(string module, Database db, ImportedCatalogue catalogue, ClaimsPrincipal user)
    {
        var caller = Caller.From(user);
        if (!caller.IsTeacher) return ProblemWriter.Forbidden("Alleen een docent ziet de oefenreflecties van een groep.");
        if (PracticeReflections.FindModule(catalogue, module) is null) return ModuleNotFound(module);
        return TypedResults.Ok(PracticeReflections.OfCohort(db, caller, module).Select(p => p.AsDto()).ToArray());
    }

    private static Results<Ok<ComparisonDto>, ProblemHttpResult> Compare(
        string module, string? experiment, Database db, ImportedCatalogue catalogue, StoredReflections records, ClaimsPrincipal user)
    {
        var caller = Caller.From(user);
        if (!caller.IsTeacher) return ProblemWriter.Forbidden("Alleen een docent vergelijkt de oefenreflecties van een groep.");
        if (PracticeReflections.FindModule(catalogue, module) is null) return ModuleNotFound(module);
        if (string.IsNullOrWhiteSpace(experiment)) return ProblemWriter.Status(StatusCodes.Status400BadRequest, "Geef het experiment mee: ?experiment=<slug>.");
        if (db.FindExperiment(experiment) is null) return ProblemWriter.NotFound($"Er is geen experiment '{experiment}'.");
        return TypedResults.Ok(PracticeReflections.Compare(db, records, caller, module, experiment));
    }

    private static ProblemHttpResult ModuleNotFound(string module) => ProblemWriter.NotFound($"Er is geen cursusmodule '{module}'.");
}
