using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using TransitionLab.Api.Decisions;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Reflections;
using TransitionLab.Api.Versioning;

namespace TransitionLab.Api.OpenApi;

/// <summary>Title, description and the bearer-key security scheme.</summary>
internal sealed class DocumentInfoTransformer(IConfiguration configuration) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        // Runs before ContractDocumentTransformer, while the server URL is still the bare origin.
        var origin = document.Servers?.FirstOrDefault()?.Url?.TrimEnd('/') ?? "";
        document.Info = new OpenApiInfo
        {
            Title = "TransitionLab API",
            Version = ApiVersion.Full,
            // The Dutch API Design Rules ask for a contact; the default e-mail is a placeholder on a reserved domain until configured.
            Contact = new OpenApiContact
            {
                Name = configuration["Contact:Name"] ?? "Beheer TransitionLab",
                Email = configuration["Contact:Email"] ?? "beheer@transitionlab.example",
                Url = new Uri(configuration["Contact:Url"] ?? origin + "/colofon/", UriKind.RelativeOrAbsolute),
            },
            Description = "Reflections on social-domain experiments, steward decisions and keys. Reads are public; writes need 'Authorization: Bearer tl_…'. Every error is RFC 9457 problem details.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[KeyAuthenticationHandler.SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "tl_ key",
            Description = "A TransitionLab key: 'tl_' and 43 base64url characters. Ask an admin, or run 'keys create'.",
        };
        return Task.CompletedTask;
    }
}

/// <summary>Marks operations that need a key with the bearer requirement, so the reference page offers a key field.</summary>
internal sealed class BearerOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any()) return Task.CompletedTask;
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference(KeyAuthenticationHandler.SchemeName, context.Document)] = [],
        });
        return Task.CompletedTask;
    }
}

/// <summary>Examples on the request schemas people write by hand.</summary>
internal sealed class ExampleSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(ReflectionRequest)) schema.Examples = [Examples.Reflection()];
        else if (type == typeof(DecisionRequest)) schema.Examples = [Examples.Decision()];
        else if (type == typeof(KeyRequest)) schema.Examples = [new JsonObject { ["role"] = "frontrunner", ["experiments"] = new JsonArray("netwerkberaden-walcheren"), ["label"] = "wijkteam" }];
        return Task.CompletedTask;
    }
}

/// <summary>Example bodies in plain Dutch; also a template for a first reflection.</summary>
internal static class Examples
{
    public static JsonNode Reflection() => JsonNode.Parse("""
        {
          "cycle": 2, "date": "2026-10-01", "periodStart": "2026-04-01", "periodEnd": "2026-09-30",
          "rolesPresent": ["frontrunner", "professional", "resident"], "stage": "pilot", "xCurve": "take-off",
          "hypothesis": { "weBelieve": "Een netwerkberaad met het eigen netwerk voorkomt uithuisplaatsing.",
            "toVerify": "We houden in twee wijken netwerkberaden bij elke zorgmelding.", "weMeasure": "Het aantal uithuisplaatsingen per jaar.",
            "weAreRightIf": "Er zijn minstens een kwart minder uithuisplaatsingen.", "result": "partly-confirmed" },
          "loop": { "observed": "Gezinnen nodigen meer mensen uit dan we dachten.", "learned": "Een getrainde gespreksleider maakt het verschil.",
            "therefore": "We trainen vier extra gespreksleiders.", "decision": "persevere" },
          "goals": [ { "goalId": "minder-uithuisplaatsingen", "targetGroup": "Gezinnen met jeugdhulp", "baseline": 40, "target": 20, "current": 31 } ],
          "peopleReached": 85, "dataReliability": "medium", "evidenceLevel": 3,
          "workingCore": { "fixed": "Een getrainde gespreksleider en het eigen netwerk van het gezin aan tafel.", "variable": "Plek en tijd van het beraad." },
          "contexts": [ { "area": "Middelburg", "direction": "positive" } ],
          "barriers": [ { "kind": "short-term-funding", "level": "regime", "status": "open", "description": "Het geld stopt over een jaar." } ],
          "learningQuestions": [ { "question": "Wie betaalt de gespreksleiders na de pilot?", "status": "open" } ],
          "route": { "route": "fit-and-conform", "ruleChangesNeeded": [], "exnovation": "Minder losse indicaties voor ambulante hulp." },
          "sustainment": { "fundingSource": "Projectsubsidie gemeente", "fundingEndDate": "2027-03-31", "structuralOwner": "Wijkteam Middelburg", "plan": "in-preparation" },
          "lessons": { "challenges": "Gezinnen vinden het eng om hulp te vragen.", "conditionsForSuccess": "Tijd voor voorbereiding.",
            "replication": "Getrainde gespreksleiders.", "lessonsLearned": "Begin klein, in één wijk." },
          "processEvaluationDone": false
        }
        """)!;

    public static JsonNode Decision() => JsonNode.Parse("""
        { "kind": "mainstreamed", "decidedBy": "College van B&W", "decidedOn": "2026-09-15", "rationale": "Minder uithuisplaatsingen in twee wijken.",
          "owner": "Afdeling Jeugd", "budgetLine": "Programma Jeugd 6.72", "startDate": "2027-01-01" }
        """)!;
}
