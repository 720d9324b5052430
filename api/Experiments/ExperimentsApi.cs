using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TransitionLab.Api.Audit;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Problems;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Experiments;

/// <summary>The experiments the API knows: the imported catalogue plus those published through the intake (<c>Intake/</c>).</summary>
public static class ExperimentsApi
{
    /// <summary>Maps <c>/api/experiments</c>.</summary>
    public static RouteGroupBuilder MapExperiments(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/experiments").WithTags("Experiments");

        group.MapGet("/", (StoredExperiments experiments) => TypedResults.Ok(experiments.BySlug().Values.OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => e.AsDto()).ToArray()))
            .WithName("ListExperiments").WithSummary("List experiments")
            .WithDescription("All published experiments: the content catalogue and the registrations a steward approved, ordered by slug.");

        group.MapGet("/{slug}", Results<Ok<ExperimentDto>, ProblemHttpResult> (string slug, StoredExperiments experiments) =>
                experiments.Find(slug) is { } e ? TypedResults.Ok(e.AsDto()) : ProblemWriter.NotFound($"Er is geen experiment '{slug}'."))
            .WithName("GetExperiment").WithSummary("Get one experiment")
            .WithDescription("One experiment by slug, with its goals (reflections refer to their ids).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/import", async Task<Ok<ImportResultDto>> (ImportedCatalogue catalogue, ClaimsPrincipal user, TimeProvider time) =>
                TypedResults.Ok(await catalogue.ImportAsync(Caller.From(user).KeyId, time.GetUtcNow())))
            .RequireAuthorization(KeyAuthenticationSetup.AdminPolicy)
            .WithName("ImportCatalogue").WithSummary("Re-import the content catalogue")
            .WithDescription("Admin only. Reads the content folder again and updates the experiments; drafts stay. Content problems are listed, valid files are imported.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        return group;
    }
}
