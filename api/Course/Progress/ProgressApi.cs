using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Problems;
using TransitionLab.Core.Course;
using TransitionLab.Site.Text;

namespace TransitionLab.Api.Course.Progress;

/// <summary>Progress through the course: a participant's own, and the teacher's cohort table with its CSV export.</summary>
public static class ProgressApi
{
    /// <summary>Maps <c>/api/course/progress</c> and its CSV.</summary>
    public static RouteGroupBuilder MapCourseProgress(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/course").WithTags("Course").RequireAuthorization();
        group.MapGet("/progress", Get)
            .WithName("GetCourseProgress").WithSummary("Progress through the modules")
            .WithDescription("Participant: their own row. Teacher: every participant of the cohort, module × participant: practice reflections, draft, hand-in date, shared, comments, done.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/progress.csv", Csv)
            .WithName("ExportCourseProgressCsv").WithSummary("Download the cohort's progress as CSV")
            .WithDescription("Teacher only. One row per participant, one column per module, for Dutch Excel (BOM, ';').")
            .Produces<byte[]>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        return group;
    }

    private static Results<Ok<CohortProgressTable>, ProblemHttpResult> Get(CohortProgress progress, ClaimsPrincipal user)
    {
        var caller = Caller.From(user);
        if (!caller.MayPractise && !caller.IsTeacher) return ProblemWriter.Forbidden("Alleen deelnemers en docenten van de cursus hebben voortgang.");
        return TypedResults.Ok(progress.For(caller));
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> Csv(CohortProgress progress, ImportedCatalogue catalogue, ClaimsPrincipal user)
    {
        var caller = Caller.From(user);
        if (!caller.IsTeacher) return ProblemWriter.Forbidden("Alleen de docent van een groep downloadt de voortgang.");
        return CsvOf(progress.For(caller), catalogue);
    }

    /// <summary>The table as a CSV download, for the JSON API and the teacher's page alike.</summary>
    public static FileContentHttpResult CsvOf(CohortProgressTable table, ImportedCatalogue catalogue)
    {
        var titles = table.Modules.Select(slug => catalogue.Current.Modules.First(m => m.Slug == slug).Title).ToArray();
        return TypedResults.File(table.ToCsv(titles, CohortText.ProgressCell), "text/csv; charset=utf-8", "voortgang.csv");
    }
}
