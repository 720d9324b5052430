using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Keys;
using TransitionLab.Api.OpenApi;
using TransitionLab.Api.Problems;
using TransitionLab.Api.Store;
using TransitionLab.Api.Versioning;

namespace TransitionLab.Api.Decisions;

/// <summary>Steward decisions: mark for scaling, mainstreamed, stop. Updates use ETag / If-Match.</summary>
public static class DecisionsApi
{
    private const string EtagDescription = "The decision's version; send it as If-Match to update it.";
    internal const string IdempotencyDescription = "1-128 visible ASCII characters. A retry with the same key and body answers the original record; the same key with another body is 422.";

    /// <summary>Maps the decision endpoints under <c>/api</c>.</summary>
    public static RouteGroupBuilder MapDecisions(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Decisions");

        group.MapGet("/experiments/{slug}/decisions", Results<Ok<DecisionDto[]>, ProblemHttpResult> (string slug, Database db, StoredExperiments experiments) =>
                experiments.Find(slug) is null
                    ? ProblemWriter.NotFound($"Er is geen experiment '{slug}'.")
                    : TypedResults.Ok(db.Decisions.Find(d => d.ExperimentSlug == slug).OrderBy(d => d.DecidedOn).ThenBy(d => d.RecordedAt).Select(d => d.AsDto()).ToArray()))
            .WithName("ListDecisions").WithSummary("List an experiment's decisions")
            .WithDescription("Steward decisions about an experiment, oldest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/experiments/{slug}/decisions", Create)
            .RequireAuthorization()
            .WithName("CreateDecision").WithSummary("Record a decision")
            .AcceptsHeader(IdempotencyKeys.Header, IdempotencyDescription).ReturnsHeader("ETag", EtagDescription)
            .WithDescription("A steward whose key covers the experiment's municipality (the municipality itself, a region that includes it, or national) records a decision; the decision names that level. mark-for-scaling and mainstreamed need rationale, decidedBy, decidedOn, owner, budgetLine and startDate; stop needs rationale and lessons.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/decisions/{id:guid}", Results<Ok<DecisionDto>, ProblemHttpResult> (Guid id, Database db, HttpResponse response) =>
            {
                if (db.Decisions.FindById(id) is not { } d) return ProblemWriter.NotFound($"Er is geen besluit {id}.");
                response.Headers.ETag = d.ETag();
                return TypedResults.Ok(d.AsDto());
            })
            .WithName("GetDecision").WithSummary("Get a decision")
            .WithDescription("One decision; the ETag header is needed as If-Match to update it.")
            .ReturnsHeader("ETag", EtagDescription)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/decisions/{id}", Update)
            .RequireAuthorization()
            .WithName("UpdateDecision").WithSummary("Update a decision")
            .WithDescription("Replaces a decision. Send the ETag from GET as If-Match: 428 without it, 412 when someone else changed it first.")
            .AcceptsHeader("If-Match", "The ETag of the decision as last read; 428 without it, 412 when it is no longer the latest.", required: true)
            .ReturnsHeader("ETag", EtagDescription)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        return group;
    }

    private static async Task<Results<Created<DecisionDto>, ProblemHttpResult>> Create(
        string slug, DecisionRequest request, Database db, StoredExperiments experiments, StoreWriter writer, ClaimsPrincipal user, HttpResponse response, TimeProvider time, HttpRequest http)
    {
        // LiteDB compares ids without case; a slug is exact, so NETWERKBERADEN-ALPHA names no experiment.
        if (experiments.Find(slug) is not { } experiment) return ProblemWriter.NotFound($"Er is geen experiment '{slug}'.");
        var caller = Caller.From(user);
        if (!caller.MayDecideFor(experiment.Municipality))
            return ProblemWriter.Forbidden($"Alleen een regisseur (steward) van {experiment.Municipality}, van een regio met {experiment.Municipality} of op landelijk niveau legt besluiten over dit experiment vast.");
        var idempotencyKey = IdempotencyKeys.From(http);
        if (IdempotencyKeys.Problem(idempotencyKey) is { } badKey) return ProblemWriter.Status(StatusCodes.Status400BadRequest, badKey);
        if (DecisionMapping.Validate(request, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)) is { Count: > 0 } errors) return ProblemWriter.Invalid(errors, "Het besluit is niet opgeslagen; zie 'errors' per veld.");

        var now = time.GetUtcNow();
        var outcome = await writer.WriteAsync(new CreateDecisionChange
        {
            ChangeId = Guid.NewGuid(), KeyId = caller.KeyId, At = now, Decision = request.ToStored(Guid.CreateVersion7(now), slug, 1, caller.KeyId, now, caller.Scope!.Level, caller.Scope.Name),
            Idempotency = IdempotencyKeys.Claim(idempotencyKey, $"POST /api/experiments/{slug}/decisions", request),
        });
        if (outcome.Status == ChangeStatus.KeyReused)
            return ProblemWriter.Status(StatusCodes.Status422UnprocessableEntity, "Deze Idempotency-Key is al gebruikt voor een ander verzoek; gebruik een nieuwe sleutel voor een nieuw besluit.");
        var stored = db.Decisions.FindById(Guid.Parse(outcome.Target));
        response.Headers.ETag = stored.ETag();
        return TypedResults.Created(ApiVersion.Location($"/decisions/{stored.Id}"), stored.AsDto());
    }

    private static async Task<Results<Ok<DecisionDto>, ProblemHttpResult>> Update(
        Guid id, DecisionRequest request, Database db, StoredExperiments experiments, StoreWriter writer, ClaimsPrincipal user, HttpRequest http, HttpResponse response, TimeProvider time)
    {
        if (db.Decisions.FindById(id) is not { } current) return ProblemWriter.NotFound($"Er is geen besluit {id}.");
        var experiment = experiments.Find(current.ExperimentSlug);
        var caller = Caller.From(user);
        if (experiment is null || !caller.MayDecideFor(experiment.Municipality))
            return ProblemWriter.Forbidden("Alleen een regisseur (steward) met de gemeente van dit experiment in zijn gebied wijzigt dit besluit.");
        string? ifMatch = http.Headers.IfMatch;
        if (string.IsNullOrEmpty(ifMatch))
            return ProblemWriter.Status(StatusCodes.Status428PreconditionRequired, "Stuur de ETag van GET mee als If-Match, zodat u geen wijziging van een ander overschrijft.");
        if (DecisionMapping.Validate(request, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)) is { Count: > 0 } errors) return ProblemWriter.Invalid(errors, "Het besluit is niet opgeslagen; zie 'errors' per veld.");

        var outcome = await writer.WriteAsync(new UpdateDecisionChange { ChangeId = Guid.NewGuid(), KeyId = caller.KeyId, At = time.GetUtcNow(), DecisionId = id, Request = request, IfMatch = ifMatch,
            Level = caller.Scope!.Level, Area = caller.Scope.Name });
        if (outcome.Status == ChangeStatus.Stale) return ProblemWriter.Status(StatusCodes.Status412PreconditionFailed, "Het besluit is intussen gewijzigd; haal het opnieuw op en probeer het nog eens.");
        if (outcome.Status == ChangeStatus.NotFound) return ProblemWriter.NotFound($"Er is geen besluit {id}.");
        var updated = db.Decisions.FindById(id);
        response.Headers.ETag = updated.ETag();
        return TypedResults.Ok(updated.AsDto());
    }
}
