using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Keys;
using TransitionLab.Api.OpenApi;
using TransitionLab.Api.Problems;
using TransitionLab.Api.Store;
using TransitionLab.Api.Versioning;
using TransitionLab.Core.Reflections;

namespace TransitionLab.Api.Reflections;

/// <summary>Reflections per experiment, their revisions and corrections.</summary>
public static class ReflectionsApi
{
    /// <summary>Maps the reflection endpoints under <c>/api</c>.</summary>
    public static RouteGroupBuilder MapReflections(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Reflections");

        group.MapGet("/experiments/{slug}/reflections", List)
            .WithName("ListReflections").WithSummary("List an experiment's reflections")
            .WithDescription("Latest revision of each reflection, newest first. Pass nextCursor as cursor for the next page; limit is 1 to 100 (default 20).")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/experiments/{slug}/reflections", Create)
            .RequireAuthorization()
            .WithName("CreateReflection").WithSummary("File a reflection")
            .AcceptsHeader(IdempotencyKeys.Header, Decisions.DecisionsApi.IdempotencyDescription)
            .WithDescription("A frontrunner files a reflection for their own experiment. 201 means it is on disk. The server sets id, revision, firstSeen, recordedAt and recordedBy. Free text must not hold personal data (BSN, e-mail, phone). With an Idempotency-Key header a retry of the same request returns the original reflection instead of filing it twice; the same key with another body is refused (422).")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/reflections/{id:guid}", Results<Ok<ReflectionDto>, ProblemHttpResult> (Guid id, StoredReflections records) =>
                records.Latest(id) is { } r ? TypedResults.Ok(r.AsDto()) : ProblemWriter.NotFound($"Er is geen reflectie {id}."))
            .WithName("GetReflection").WithSummary("Get a reflection")
            .WithDescription("The latest revision of a reflection.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/reflections/{id:guid}/revisions", Results<Ok<ReflectionDto[]>, ProblemHttpResult> (Guid id, StoredReflections records) =>
                records.Revisions(id) is { Count: > 0 } all ? TypedResults.Ok(all.Select(r => r.AsDto()).ToArray()) : ProblemWriter.NotFound($"Er is geen reflectie {id}."))
            .WithName("ListReflectionRevisions").WithSummary("List a reflection's revisions")
            .WithDescription("Every revision of a reflection, oldest first: corrections never overwrite.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/reflections/{id}", Correct)
            .RequireAuthorization()
            .WithName("CorrectReflection").WithSummary("Correct a reflection")
            .WithDescription("Stores the body as a new revision of the reflection; the earlier revisions stay and remain listable.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        return group;
    }

    private static Results<Ok<ReflectionPage>, ProblemHttpResult> List(string slug, string? cursor, int? limit, StoredExperiments experiments, StoredReflections records)
    {
        if (experiments.Find(slug) is null) return ProblemWriter.NotFound($"Er is geen experiment '{slug}'.");
        if (limit is < 1) return ProblemWriter.Status(StatusCodes.Status400BadRequest, "limit moet 1 of meer zijn.");
        long? after = null;
        if (!string.IsNullOrEmpty(cursor))
        {
            if (DecodeCursor(cursor) is not { } decoded) return ProblemWriter.Status(StatusCodes.Status400BadRequest, "De cursor is ongeldig; gebruik nextCursor uit de vorige pagina.");
            after = decoded;
        }
        var (items, next) = records.Page(slug, after, Math.Min(limit ?? 20, StoredReflections.MaxLimit));
        return TypedResults.Ok(new ReflectionPage(items.Select(r => r.AsDto()).ToArray(), next is { } n ? EncodeCursor(n) : null));
    }

    private static async Task<Results<Created<ReflectionDto>, ProblemHttpResult>> Create(
        string slug, ReflectionRequest request, StoredReflections records, ClaimsPrincipal user, HttpRequest http)
    {
        var write = await records.CreateAsync(slug, request, Caller.From(user), IdempotencyKeys.From(http));
        return write.Reflection is { } stored
            ? TypedResults.Created(ApiVersion.Location($"/reflections/{stored.Id}"), stored.AsDto())
            : Problem(write);
    }

    private static async Task<Results<Ok<ReflectionDto>, ProblemHttpResult>> Correct(Guid id, ReflectionRequest request, StoredReflections records, ClaimsPrincipal user)
    {
        var write = await records.CorrectAsync(id, request, Caller.From(user));
        return write.Reflection is { } stored ? TypedResults.Ok(stored.AsDto()) : Problem(write);
    }

    /// <summary>Missing fields and the reflection rules (including the free-text guard) as one 422; <c>null</c> when valid. Shared with practice reflections.</summary>
    internal static ProblemHttpResult? Validate(Reflection reflection, IReadOnlyDictionary<string, string[]> missing, StoredExperiment experiment, TimeProvider time) =>
        StoredReflections.Validate(reflection, missing, experiment, time.GetUtcNow()) is { } errors
            ? ProblemWriter.Invalid(errors, "De reflectie is niet opgeslagen; zie 'errors' per veld.")
            : null;

    /// <summary>A failed <see cref="ReflectionWrite"/> as problem details.</summary>
    public static ProblemHttpResult Problem(ReflectionWrite write) => write.Status switch
    {
        ReflectionWriteStatus.Invalid => ProblemWriter.Invalid(write.Errors!, write.Detail),
        ReflectionWriteStatus.Forbidden => ProblemWriter.Forbidden(write.Detail!),
        ReflectionWriteStatus.BadIdempotencyKey => ProblemWriter.Status(StatusCodes.Status400BadRequest, write.Detail!),
        ReflectionWriteStatus.IdempotencyKeyReused => ProblemWriter.Status(StatusCodes.Status422UnprocessableEntity, write.Detail!),
        _ => ProblemWriter.NotFound(write.Detail ?? "Niet gevonden."),
    };

    private static string EncodeCursor(long id) => Convert.ToBase64String(Encoding.ASCII.GetBytes(id.ToString(CultureInfo.InvariantCulture))).TrimEnd('=');

    private static long? DecodeCursor(string cursor)
    {
        try
        {
            var padded = cursor.PadRight(cursor.Length + (4 - cursor.Length % 4) % 4, '=');
            return long.TryParse(Encoding.ASCII.GetString(Convert.FromBase64String(padded)), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
