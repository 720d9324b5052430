using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TransitionLab.Api.Problems;
using TransitionLab.Api.Store;
using TransitionLab.Api.Versioning;
using TransitionLab.Core.Decisions;
using TransitionLab.Core.Text;

namespace TransitionLab.Api.Keys;

/// <summary>A request for a new key.</summary>
public sealed record KeyRequest
{
    [Required, Description("frontrunner, steward, admin, participant or teacher")] public KeyRole? Role { get; init; }
    [Description("Experiment slugs a frontrunner key may write for (at least one for a frontrunner)")] public IReadOnlyList<string>? Experiments { get; init; }
    [Description("Municipality a steward key may decide for (required for a municipal steward)")] public string? Municipality { get; init; }
    [Description("Level a steward key decides at: municipality (default), region or national")] public DecisionLevel? Level { get; init; }
    [Description("Name of the region of a regional steward key, e.g. a youth-care region")] public string? Region { get; init; }
    /// <summary>Municipalities of the region.</summary>
    [Description("Municipalities of the region (at least two) for a regional steward key")] public IReadOnlyList<string>? Municipalities { get; init; }
    [Description("Course cohort (required for a participant or teacher)")] public string? Cohort { get; init; }
    [Description("Free label to recognise the key; no personal data")] public string? Label { get; init; }
}

/// <summary>A key as listed: never the secret or its hash.</summary>
public sealed record KeyDto(
    [property: Description("Key id, also used in audit entries and recordedBy")] string Id,
    [property: Description("Role")] KeyRole Role,
    [property: Description("Experiments a frontrunner key may write for")] IReadOnlyList<string> Experiments,
    [property: Description("Municipality of a municipal steward key")] string? Municipality,
    [property: Description("Course cohort of a participant or teacher key")] string? Cohort,
    [property: Description("Label")] string Label,
    [property: Description("When it was made")] DateTimeOffset CreatedAt,
    [property: Description("When it was revoked; absent while it works")] DateTimeOffset? RevokedAt,
    [property: Description("Level a steward key decides at; absent for other roles")] DecisionLevel? Level = null,
    [property: Description("Region of a regional steward key")] string? Region = null,
    [property: Description("Municipalities of a regional steward key's region")] IReadOnlyList<string>? Municipalities = null);

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

        group.MapPost("/", async Task<Results<Created<CreatedKeyDto>, ProblemHttpResult>> (KeyRequest request, StoreWriter writer, ClaimsPrincipal user, TimeProvider time) =>
            {
                if (KeyRules.Validate(request.Role, request.Experiments, request.Municipality, request.Cohort, request.Level, request.Region, request.Municipalities, request.Label)
                    is { Count: > 0 } errors)
                    return ProblemWriter.Invalid(errors, "De sleutel is niet gemaakt; zie 'errors' per veld.");
                var now = time.GetUtcNow();
                var issued = ApiKeys.Make(request.Role!.Value, request.Experiments ?? [], request.Municipality?.Trim(), now, request.Label?.Trim() ?? "", request.Cohort?.Trim(),
                    scope: KeyRules.ScopeOf(request.Role!.Value, request.Municipality, request.Level, request.Region, request.Municipalities));
                await writer.WriteAsync(new CreateKeyChange { ChangeId = Guid.NewGuid(), KeyId = Caller.From(user).KeyId, At = now, Key = issued.Stored });
                return TypedResults.Created(ApiVersion.Location($"/keys/{issued.Stored.Id}"), new CreatedKeyDto(issued.Secret, issued.Stored.AsDto()));
            })
            .WithName("CreateKey").WithSummary("Create a key")
            .WithDescription("Admin only. Returns the key once; only its SHA-256 hash is stored.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapDelete("/{id}", async Task<Results<NoContent, ProblemHttpResult>> (string id, StoreWriter writer, ClaimsPrincipal user, TimeProvider time) =>
            {
                var outcome = await writer.WriteAsync(new RevokeKeyChange { ChangeId = Guid.NewGuid(), KeyId = Caller.From(user).KeyId, At = time.GetUtcNow(), RevokedKeyId = id });
                return outcome.Stored ? TypedResults.NoContent() : ProblemWriter.NotFound($"Er is geen sleutel '{id}'.");
            })
            .WithName("RevokeKey").WithSummary("Revoke a key")
            .WithDescription("Admin only. The key stops working at once; it stays listed as revoked.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    /// <summary>Stored → DTO.</summary>
    public static KeyDto AsDto(this StoredKey k) => new(k.Id, k.Role, k.Experiments, k.Municipality, k.Cohort, k.Label,
        Dates.ToInstant(k.CreatedAt), k.RevokedAt is { } r ? Dates.ToInstant(r) : null,
        k.Role == KeyRole.Steward ? k.Level : null, k.Region, k.Level == DecisionLevel.Region ? k.RegionMunicipalities : null);
}

/// <summary>What a key needs for its role; shared by the HTTP API and the command line.</summary>
public static class KeyRules
{
    /// <summary>Errors by field; empty when the key can be made.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(KeyRole? role, IReadOnlyList<string>? experiments, string? municipality, string? cohort = null,
        DecisionLevel? level = null, string? region = null, IReadOnlyList<string>? regionMunicipalities = null, string? label = null)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (label is not null && label.Trim().Length > 100) errors["label"] = ["Gebruik hoogstens 100 tekens."];
        // The label is prose someone typed, so the personal-data rule applies too; the others are names and codes.
        var names = new List<(string, string?)> { ("municipality", municipality), ("cohort", cohort), ("region", region) };
        for (var i = 0; i < (regionMunicipalities?.Count ?? 0); i++) names.Add(($"municipalities[{i}]", regionMunicipalities![i]));
        foreach (var finding in FreeTextGuard.CheckReadable(names).Concat(FreeTextGuard.Check([("label", label)]))) errors[finding.Path] = [finding.Message];
        if (role is null || !Enum.IsDefined(role.Value)) { errors["role"] = ["Kies een rol: frontrunner, steward, admin, participant of teacher."]; return errors; }
        if (role == KeyRole.Frontrunner)
        {
            if (experiments is not { Count: > 0 }) errors["experiments"] = ["Een koplopersleutel hoort bij ten minste één experiment."];
            for (var i = 0; i < (experiments?.Count ?? 0); i++)
                if (!Core.Catalogue.Slugs.IsValid(experiments![i])) errors[$"experiments[{i}]"] = ["Geen geldige slug."];
        }
        if (role == KeyRole.Steward) ValidateScope(errors, municipality, level, region, regionMunicipalities);
        else if (level is not null) errors["level"] = ["Alleen een regisseursleutel heeft een niveau."];
        if (role is KeyRole.Participant or KeyRole.Teacher && string.IsNullOrWhiteSpace(cohort))
            errors["cohort"] = ["Een sleutel voor een deelnemer of docent hoort bij een groep (cohort)."];
        else if (cohort is not null && cohort.Trim().Length > 100) errors["cohort"] = ["Gebruik hoogstens 100 tekens."];
        return errors;
    }

    /// <summary>The scope of a steward key as requested (after <see cref="Validate"/>); <c>null</c> for other roles.</summary>
    public static StewardScope? ScopeOf(KeyRole role, string? municipality, DecisionLevel? level, string? region, IReadOnlyList<string>? regionMunicipalities) =>
        role != KeyRole.Steward ? null : level switch
        {
            DecisionLevel.National => StewardScope.National,
            DecisionLevel.Region => StewardScope.ForRegion(region!, regionMunicipalities ?? []),
            _ => StewardScope.ForMunicipality(municipality!),
        };

    private static void ValidateScope(Dictionary<string, string[]> errors, string? municipality, DecisionLevel? level, string? region, IReadOnlyList<string>? regionMunicipalities)
    {
        switch (level ?? DecisionLevel.Municipality)
        {
            case DecisionLevel.Municipality:
                if (string.IsNullOrWhiteSpace(municipality)) errors["municipality"] = ["Een regisseursleutel hoort bij een gemeente, een regio of het land."];
                break;
            case DecisionLevel.Region:
                if (string.IsNullOrWhiteSpace(region)) errors["region"] = ["Geef de naam van de regio."];
                else if (region.Trim().Length > 100) errors["region"] = ["Gebruik hoogstens 100 tekens."];
                var named = (regionMunicipalities ?? []).Where(m => !string.IsNullOrWhiteSpace(m)).Distinct(StringComparer.OrdinalIgnoreCase).Count();
                if (named < 2) errors["municipalities"] = ["Een regio bestaat uit minstens 2 gemeenten; noem ze allemaal."];
                break;
            case DecisionLevel.National:
                break;
            default:
                errors["level"] = ["Kies een niveau: municipality, region of national."];
                break;
        }
    }
}
