using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TransitionLab.Api.Audit;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Problems;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Experiments;

/// <summary>The experiments the API knows: the imported catalogue plus drafts.</summary>
public static class ExperimentsApi
{
    /// <summary>Maps <c>/api/experiments</c>.</summary>
    public static RouteGroupBuilder MapExperiments(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/experiments").WithTags("Experiments");

        group.MapGet("/", (ExperimentRecords experiments) => TypedResults.Ok(experiments.BySlug().Values.OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => e.AsDto()).ToArray()))
            .WithName("ListExperiments").WithSummary("List experiments")
            .WithDescription("All experiments: the content catalogue and drafts registered through the API, ordered by slug.");

        group.MapGet("/{slug}", Results<Ok<ExperimentDto>, ProblemHttpResult> (string slug, ExperimentRecords experiments) =>
                experiments.Find(slug) is { } e ? TypedResults.Ok(e.AsDto()) : ProblemWriter.NotFound($"Er is geen experiment '{slug}'."))
            .WithName("GetExperiment").WithSummary("Get one experiment")
            .WithDescription("One experiment by slug, with its goals (reflections refer to their ids).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", RegisterDraft)
            .RequireAuthorization()
            .WithName("RegisterDraftExperiment").WithSummary("Register a draft experiment")
            .WithDescription("A frontrunner registers a new experiment for a slug on their key (or an admin for any slug). The draft is checked with the same rules as a content file.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/import", Ok<ImportResultDto> (Catalogue catalogue, Database db, ClaimsPrincipal user, TimeProvider time) =>
            {
                var result = catalogue.Import();
                db.Record(Caller.From(user).KeyId, time.GetUtcNow(), "catalogue.import", catalogue.ContentFolder);
                return TypedResults.Ok(result);
            })
            .RequireAuthorization(KeyAuthenticationSetup.AdminPolicy)
            .WithName("ImportCatalogue").WithSummary("Re-import the content catalogue")
            .WithDescription("Admin only. Reads the content folder again and updates the experiments; drafts stay. Content problems are listed, valid files are imported.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        return group;
    }

    private static Results<Created<ExperimentDto>, ProblemHttpResult> RegisterDraft(DraftExperimentRequest draft, Database db, ExperimentRecords experiments, Catalogue catalogue, ClaimsPrincipal user, TimeProvider time)
    {
        var caller = Caller.From(user);
        if (caller.Role != KeyRole.Admin && !(draft.Slug is { } own && caller.MayWriteFor(own)))
            return ProblemWriter.Forbidden("Een koploper registreert alleen een concept voor een experiment dat op de eigen sleutel staat.");
        if (draft.Slug is { } slug && db.Experiments.FindById(slug) is not null)
            return ProblemWriter.Status(StatusCodes.Status409Conflict, $"Het experiment '{slug}' bestaat al.");

        var (experiment, errors) = DraftExperiments.Read(draft, catalogue.Current);
        if (experiment is null) return ProblemWriter.Invalid(errors, "Het concept voldoet niet aan de regels voor een experiment.");

        var now = time.GetUtcNow();
        var stored = (experiment with { Updated = now }).ToStored(ExperimentMapping.DraftSource, caller.KeyId);
        db.InTransaction(() =>
        {
            db.Experiments.Insert(stored);
            db.Record(caller.KeyId, now, "experiment.draft", stored.Id);
            return true;
        });
        experiments.Changed();
        return TypedResults.Created($"/api/experiments/{stored.Id}", stored.AsDto());
    }
}
