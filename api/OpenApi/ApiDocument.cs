using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace TransitionLab.Api.OpenApi;

/// <summary>The OpenAPI 3.1 document at <c>/openapi/v1.json</c> and its Scalar reference at <c>/api/docs</c>.</summary>
public static class ApiDocument
{
    /// <summary>Registers the document and its transformers.</summary>
    public static IServiceCollection AddApiDocument(this IServiceCollection services)
    {
        services.AddOpenApi(options =>
        {
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
            options.AddDocumentTransformer<DocumentInfoTransformer>();
            options.AddDocumentTransformer<ContractDocumentTransformer>();
            options.AddOperationTransformer<BearerOperationTransformer>();
            options.AddOperationTransformer<HeaderOperationTransformer>();
            options.AddOperationTransformer<MediaTypeOperationTransformer>();
            options.AddSchemaTransformer<ExampleSchemaTransformer>();
            options.AddSchemaTransformer<NullabilitySchemaTransformer>();
        });
        return services;
    }

    /// <summary>Maps the document and the reference page.</summary>
    public static WebApplication MapApiDocument(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference("/api/docs", o =>
        {
            o.WithTitle("TransitionLab API").WithOpenApiRoutePattern("/openapi/{documentName}.json");
            // The reference runs offline: Scalar's hosted services ("Ask AI", "Deploy", "Generate SDK", MCP, telemetry)
            // would only show buttons that fail.
            o.ShowDeveloperTools = DeveloperToolsVisibility.Never;
            o.Agent = new ScalarAgentOptions { Disabled = true };
            o.Mcp = new ScalarMcpOptions { Disabled = true };
            o.Telemetry = false;
        });
        return app;
    }
}
