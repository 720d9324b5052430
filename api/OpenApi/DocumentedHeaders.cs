namespace TransitionLab.Api.OpenApi;

/// <summary>A request header an endpoint reads, declared in the OpenAPI document as a header parameter.</summary>
/// <param name="Name">Header name.</param>
/// <param name="Description">What it does, for the reference.</param>
/// <param name="Required">Whether the endpoint refuses a request without it.</param>
public sealed record RequestHeaderMetadata(string Name, string Description, bool Required = false);

/// <summary>A response header an endpoint sets on its successful answers, declared on its 2xx responses.</summary>
/// <param name="Name">Header name.</param>
/// <param name="Description">What it carries, for the reference.</param>
public sealed record ResponseHeaderMetadata(string Name, string Description);

/// <summary>Declares the headers an endpoint reads and sets, so the document tells generated clients about them.</summary>
public static class DocumentedHeaders
{
    /// <summary>The endpoint reads request header <paramref name="name"/>.</summary>
    public static TBuilder AcceptsHeader<TBuilder>(this TBuilder builder, string name, string description, bool required = false)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new RequestHeaderMetadata(name, description, required));

    /// <summary>The endpoint sets response header <paramref name="name"/> on its successful answers.</summary>
    public static TBuilder ReturnsHeader<TBuilder>(this TBuilder builder, string name, string description)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(new ResponseHeaderMetadata(name, description));
}
