using System.ComponentModel.DataAnnotations;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using TransitionLab.Api.Versioning;

namespace TransitionLab.Api.OpenApi;

/// <summary>
/// Makes the document say what the wire does and follow the Dutch API Design Rules: the versioned server URL with
/// paths relative to it, an API-Version header on every successful answer, 400 wherever input is taken, 429 with
/// Retry-After everywhere (the rate limits cover every endpoint), <c>security: []</c> on public reads, tag
/// descriptions, and problem details that list what the server writes (<c>traceId</c> included).
/// </summary>
internal sealed class ContractDocumentTransformer : IOpenApiDocumentTransformer
{
    private const string ProblemJson = "application/problem+json";

    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Experiments"] = "The experiment catalogue: published experiments and drafts that stewards register.",
        ["Reflections"] = "Reflections that frontrunners file on their experiments, with every revision kept.",
        ["Decisions"] = "Steward decisions on scaling: mark for scaling, mainstreamed, stop.",
        ["Verdicts"] = "Scaling verdicts computed from reflections and decisions, and the published rules behind them.",
        ["Insights"] = "Overviews across experiments: pilot cliff, barriers, the scaling funnel.",
        ["Exports"] = "The catalogue and its public records as CSV, JSON and a site snapshot.",
        ["Course"] = "Practice reflections of course participants and the comparison their teachers see.",
        ["Keys"] = "API keys: who may write what. Admins only.",
        ["Audit"] = "Every write: who, when, what. Admins only.",
        ["Admin"] = "Operations on the store itself, such as a consistent backup. Admins only.",
        ["Intake"] = "Registering new experiments: invitations, drafts, submission and the stewards' review.",
        ["Agenda"] = "The transition agenda: regime belemmeringen proposed from reflections and handled by stewards.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var origin = document.Servers?.FirstOrDefault()?.Url?.TrimEnd('/') ?? "";
        document.Servers = [new OpenApiServer { Url = origin + ApiVersion.VersionedBase, Description = "This server, API version 1" }];
        document.Components ??= new OpenApiComponents();
        document.Components.Headers ??= new Dictionary<string, IOpenApiHeader>();
        document.Components.Headers[ApiVersion.HeaderName] = new OpenApiHeader
        {
            Description = "The full version of the API that answered (semver).",
            Required = true,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Examples = [JsonValue.Create(ApiVersion.Full)] },
        };
        document.Components.Headers["Retry-After"] = new OpenApiHeader
        {
            Description = "Seconds to wait before trying again.",
            Required = true,
            Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" },
        };
        DescribeProblems(document);
        MarkDates(document);
        NullabilitySchemaTransformer.RequiredRefsWithoutNull(document);

        // Paths relative to the versioned server URL; what is not under /api (the health probe) is no part of the API.
        var paths = new OpenApiPaths();
        foreach (var (path, item) in document.Paths)
            if (path.StartsWith(ApiVersion.RoutedBase + "/", StringComparison.Ordinal)) paths.Add(path[ApiVersion.RoutedBase.Length..], item);
        document.Paths = paths;

        var usedTags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (method, operation) in paths.Values.SelectMany(p => p.Operations ?? []))
        {
            foreach (var tag in operation.Tags ?? new HashSet<OpenApiTagReference>()) if (tag.Name is { } name) usedTags.Add(name);
            operation.Security ??= [];
            operation.Responses ??= new OpenApiResponses();
            var takesInput = operation.Parameters is { Count: > 0 } || operation.RequestBody is not null
                || method == HttpMethod.Post || method == HttpMethod.Put || method == HttpMethod.Patch;
            if (takesInput && !operation.Responses.ContainsKey("400"))
                operation.Responses["400"] = Problem(document, "Bad Request: a parameter, header or body that cannot be read.", "HttpValidationProblemDetails");
            if (operation.Responses.TryGetValue("400", out var badRequest) && badRequest is OpenApiResponse bad)
                bad.Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = new OpenApiSchemaReference("HttpValidationProblemDetails", document) } };
            if (!operation.Responses.ContainsKey("429"))
            {
                var tooMany = Problem(document, "Too Many Requests: wait the seconds in Retry-After.", "ProblemDetails");
                tooMany.Headers = new Dictionary<string, IOpenApiHeader> { ["Retry-After"] = new OpenApiHeaderReference("Retry-After", document) };
                operation.Responses["429"] = tooMany;
            }
            foreach (var (status, response) in operation.Responses)
            {
                if (status is not ['2' or '3', _, _] || response is not OpenApiResponse success) continue;
                success.Headers ??= new Dictionary<string, IOpenApiHeader>();
                success.Headers[ApiVersion.HeaderName] = new OpenApiHeaderReference(ApiVersion.HeaderName, document);
            }
        }

        document.Tags = new HashSet<OpenApiTag>(usedTags.Order(StringComparer.Ordinal).Select(name =>
            new OpenApiTag { Name = name, Description = TagDescriptions.GetValueOrDefault(name) }));
        return Task.CompletedTask;
    }

    // Drafts carry their dates as text (a content file's yyyy-mm-dd, checked as such); the ADR asks that any date
    // field says format: date. DateOnly properties have it already, instants are date-time.
    private static void MarkDates(OpenApiDocument document)
    {
        foreach (var schema in (document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>()).Values.OfType<OpenApiSchema>())
            foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
                if ((name == "date" || name.EndsWith("Date", StringComparison.Ordinal)) && property is OpenApiSchema { Format: null } text
                    && text.Type?.HasFlag(JsonSchemaType.String) == true)
                    text.Format = "date";
    }

    private static OpenApiResponse Problem(OpenApiDocument document, string description, string schema) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = new OpenApiSchemaReference(schema, document) } },
    };

    // The server always writes status, title and detail (ProblemSetup fills a Dutch detail where none was given) and a
    // traceId; validation problems add errors per field. A strict client must accept every one of them.
    private static void DescribeProblems(OpenApiDocument document)
    {
        var schemas = document.Components!.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        var fields = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A URI that names the kind of problem." },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Short summary of the kind of problem." },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "400", Maximum = "599", Description = "The HTTP status code." },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "What went wrong with this request, in Dutch." },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A URI for this occurrence, when there is one." },
            ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Identifies the request in the server's logs." },
        };
        schemas["ProblemDetails"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 9457 problem details.",
            Properties = new Dictionary<string, IOpenApiSchema>(fields),
            Required = new HashSet<string> { "status", "title", "detail" },
            AdditionalPropertiesAllowed = false,
        };
        schemas["HttpValidationProblemDetails"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "RFC 9457 problem details with the problems per field.",
            Properties = new Dictionary<string, IOpenApiSchema>(fields)
            {
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "Messages per field, keyed by the field's JSON path.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            },
            Required = new HashSet<string> { "status", "title", "detail" },
            AdditionalPropertiesAllowed = false,
        };
    }
}

/// <summary>
/// Adds the headers endpoints declare with <see cref="DocumentedHeaders"/>, and marks operations that need a key
/// with the bearer requirement (public reads get <c>security: []</c> in <see cref="ContractDocumentTransformer"/>).
/// </summary>
internal sealed class HeaderOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        foreach (var header in metadata.OfType<RequestHeaderMetadata>())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = header.Name, In = ParameterLocation.Header, Required = header.Required, Description = header.Description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
        foreach (var header in metadata.OfType<ResponseHeaderMetadata>())
        {
            foreach (var (status, response) in operation.Responses ?? [])
            {
                if (status is not ['2', _, _] || response is not OpenApiResponse success) continue;
                success.Headers ??= new Dictionary<string, IOpenApiHeader>();
                success.Headers[header.Name] = new OpenApiHeader { Description = header.Description, Required = true, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            }
        }
        return Task.CompletedTask;
    }
}

/// <summary>
/// Declares the media types of answers that have no JSON type (CSV, a backup file): ASP.NET leaves their
/// <c>content</c> out, and a client would then not know the answer has a body.
/// </summary>
internal sealed class MediaTypeOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var produces in context.Description.ActionDescriptor.EndpointMetadata.OfType<IProducesResponseTypeMetadata>())
        {
            var status = produces.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses?.GetValueOrDefault(status) is not OpenApiResponse response) continue;
            foreach (var mediaType in produces.ContentTypes)
            {
                response.Content ??= new Dictionary<string, OpenApiMediaType>();
                if (!response.Content.ContainsKey(mediaType))
                    response.Content[mediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            }
        }
        return Task.CompletedTask;
    }
}

/// <summary>
/// Tells the truth about nulls. The API omits null fields (<c>WhenWritingNull</c>), so a field that may be null is
/// never required on the wire; a field marked <see cref="RequiredAttribute"/> must be sent and may not be null
/// (the server answers 422 otherwise), so it is required and its schema loses the null. Decided on the object's
/// schema from its properties' attributes, so it does not depend on the order in which ASP.NET transforms the
/// object's and its properties' schemas.
/// </summary>
internal sealed class NullabilitySchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo?.AttributeProvider?.IsDefined(typeof(RequiredAttribute), inherit: true) == true) WithoutNull(schema);
        // An object's schema passes here once as a type and again as the property of another type, with its
        // properties' nulls added in between; the last pass decides.
        if (schema.Properties is not { Count: > 0 } properties) return Task.CompletedTask;
        var mustSend = context.JsonTypeInfo.Properties
            .Where(p => p.AttributeProvider?.IsDefined(typeof(RequiredAttribute), inherit: true) == true).Select(p => p.Name)
            .ToHashSet(StringComparer.Ordinal);
        var mayBeNull = context.JsonTypeInfo.Properties.Where(MayBeNull).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, property) in properties)
        {
            if (mustSend.Contains(name))
            {
                if (property is OpenApiSchema inline) WithoutNull(inline);
                (schema.Required ??= new HashSet<string>()).Add(name);
            }
            else if (AllowsNull(property) || mayBeNull.Contains(name)) schema.Required?.Remove(name);
        }
        return Task.CompletedTask;
    }

    // From the C# declaration, because a nullable property that refers to another schema only gets its null
    // (a oneOf wrapper) after the transformers ran.
    private static bool MayBeNull(System.Text.Json.Serialization.Metadata.JsonPropertyInfo property) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null
        || (!property.PropertyType.IsValueType && property.AttributeProvider is System.Reflection.PropertyInfo declared
            && new System.Reflection.NullabilityInfoContext().Create(declared).ReadState == System.Reflection.NullabilityState.Nullable);

    private static bool AllowsNull(IOpenApiSchema schema) =>
        schema.Type?.HasFlag(JsonSchemaType.Null) == true || schema.OneOf?.Any(s => s.Type == JsonSchemaType.Null) == true;

    /// <summary>
    /// ASP.NET wraps a nullable property that refers to a component schema in <c>oneOf: [null, $ref]</c> after the
    /// schema transformers ran; on the finished document, a required property (one the API always writes, or a
    /// <see cref="RequiredAttribute"/> field the server refuses to miss) loses that null and is the reference itself.
    /// </summary>
    internal static void RequiredRefsWithoutNull(OpenApiDocument document)
    {
        foreach (var schema in (document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>()).Values.OfType<OpenApiSchema>())
            foreach (var name in schema.Required ?? new HashSet<string>())
                if (schema.Properties is { } properties && properties.TryGetValue(name, out var property) && property is OpenApiSchema { OneOf.Count: > 1 } wrapped)
                {
                    WithoutNull(wrapped);
                    // A oneOf of one is the reference itself (linters flag the wrapper).
                    if (wrapped.OneOf is [var only]) properties[name] = only;
                }
    }

    private static void WithoutNull(OpenApiSchema schema)
    {
        if (schema.Type is { } type) schema.Type = type & ~JsonSchemaType.Null;
        if (schema.OneOf is { } options)
        {
            var nulls = options.Where(s => s.Type == JsonSchemaType.Null).ToArray();
            foreach (var n in nulls) options.Remove(n);
        }
    }
}
