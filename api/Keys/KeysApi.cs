using System.ComponentModel;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TransitionLab.Api.Audit;
using TransitionLab.Api.Problems;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Keys;

/// <summary>A request for a new key.</summary>
public sealed record KeyRequest
{
    /// <summary>Role.</summary>
    [Description("frontrunner, steward, admin, participant or teacher")] public KeyRole? Role { get; init; }
    /// <summary>Experiments.</summary>
    [Description("Experiment slugs a frontrunner key may write for (at least one for a frontrunner)")] public IReadOnlyList<string>? Experiments { get; init; }
    /// <summary>Municipality.</summary>
    [Description("Municipality a steward key may decide for (required for a steward)")] public string? Municipality { get; init; }
    /// <summary>Cohort.</summary>
    [Description("Course cohort (required for a participant or teacher)")] public string? Cohort { get; init; }
    /// <summary>Label.</summary>
    [Description("Free label to recognise the key; no personal data")] public string? Label { get; init; }
}

/// <summary>A key as listed: never the secret or its hash.</summary>
public sealed record KeyDto(
    [property: Description("Key id, also used in audit entries and recordedBy")] string Id,
    [property: Description("Role")] KeyRole Role,
    [property: Description("Experiments a frontrunner key may write for")] IReadOnlyList<string> Experiments,
    [property: Description("Municipality of a steward key")] string? Municipality,
    [property: Description("Course cohort of a participant or teacher key")] string? Cohort,
    [property: Description("Label")] string Label,
    [property: Description("When it was made")] DateTimeOffset CreatedAt,
    [property: Description("When it was revoked; absent while it works")] DateTimeOffset? RevokedAt);

/// <summary>A new key: <c>key</c> is shown this once and never again.</summary>
public sealed record CreatedKeyDto(
    [property: Description("The key itself; store it now, it is kept only as a hash")] string Key,
    [property: Description("The key's details")] KeyDto Details);

/// <summary>Key management for admins.</summary>
public static class KeysApi
{
    /// <summary>Maps <c>/api/keys</c>; every endpoint needs an admin key.</summary>
    public static RouteGroupBuilder MapKeys(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/keys").WithTags("Keys").RequireAuthorization(KeyAuthenticationSetup.AdminPolicy);

        group.MapGet("/", (Database db) => TypedResults.Ok(db.Keys.FindAll().OrderBy(k => k.CreatedAt).Select(k => k.AsDto()).ToArray()))
            .WithName("ListKeys").WithSummary("List keys")
            .WithDescription("Admin only. Every key with its role and scope; never the secret.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/", Results<Created<CreatedKeyDto>, ProblemHttpResult> (KeyRequest request, Database db, ClaimsPrincipal user, TimeProvider time) =>
            {
                if (KeyRules.Validate(request.Role, request.Experiments, request.Municipality, request.Cohort) is { Count: > 0 } errors)
                    return ProblemWriter.Invalid(errors, "De sleutel is niet gemaakt; zie 'errors' per veld.");
                var now = time.GetUtcNow();
                var issued = db.InTransaction(() =>
                {
                    var key = ApiKeys.Issue(db, request.Role!.Value, request.Experiments ?? [], request.Municipality?.Trim(), now, request.Label ?? "", request.Cohort?.Trim());
                    db.Record(Caller.From(user).KeyId, now, "key.create", key.Stored.Id);
                    return key;
                });
                return TypedResults.Created($"/api/keys/{issued.Stored.Id}", new CreatedKeyDto(issued.Secret, issued.Stored.AsDto()));
            })
            .WithName("CreateKey").WithSummary("Create a key")
            .WithDescription("Admin only. Returns the key once; only its SHA-256 hash is stored.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapDelete("/{id}", Results<NoContent, ProblemHttpResult> (string id, Database db, ClaimsPrincipal user, TimeProvider time) =>
            {
                var now = time.GetUtcNow();
                var revoked = db.InTransaction(() =>
                {
                    if (!ApiKeys.Revoke(db, id, now)) return false;
                    db.Record(Caller.From(user).KeyId, now, "key.revoke", id);
                    return true;
                });
                return revoked ? TypedResults.NoContent() : ProblemWriter.NotFound($"Er is geen sleutel '{id}'.");
            })
            .WithName("RevokeKey").WithSummary("Revoke a key")
            .WithDescription("Admin only. The key stops working at once; it stays listed as revoked.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    /// <summary>Stored → DTO.</summary>
    public static KeyDto AsDto(this StoredKey k) => new(k.Id, k.Role, k.Experiments, k.Municipality, k.Cohort, k.Label,
        Dates.ToInstant(k.CreatedAt), k.RevokedAt is { } r ? Dates.ToInstant(r) : null);
}

/// <summary>What a key needs for its role; shared by the HTTP API and the command line.</summary>
public static class KeyRules
{
    /// <summary>Errors by field; empty when the key can be made.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(KeyRole? role, IReadOnlyList<string>? experiments, string? municipality, string? cohort = null)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (role is null || !Enum.IsDefined(role.Value)) { errors["role"] = ["Kies een rol: frontrunner, steward, admin, participant of teacher."]; return errors; }
        if (role == KeyRole.Frontrunner)
        {
            if (experiments is not { Count: > 0 }) errors["experiments"] = ["Een koplopersleutel hoort bij ten minste één experiment."];
            for (var i = 0; i < (experiments?.Count ?? 0); i++)
                if (!Core.Catalogue.Slugs.IsValid(experiments![i])) errors[$"experiments[{i}]"] = ["Geen geldige slug."];
        }
        if (role == KeyRole.Steward && string.IsNullOrWhiteSpace(municipality)) errors["municipality"] = ["Een regisseursleutel hoort bij een gemeente."];
        if (role is KeyRole.Participant or KeyRole.Teacher && string.IsNullOrWhiteSpace(cohort))
            errors["cohort"] = ["Een sleutel voor een deelnemer of docent hoort bij een groep (cohort)."];
        else if (cohort is not null && cohort.Trim().Length > 100) errors["cohort"] = ["Gebruik hoogstens 100 tekens."];
        return errors;
    }
}
