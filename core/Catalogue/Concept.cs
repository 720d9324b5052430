namespace TransitionLab.Core.Catalogue;

/// <summary>A transition concept for the glossary (regime, niche, X-curve, ...).</summary>
public sealed record Concept
{
    /// <summary>URL-safe identifier.</summary>
    public required string Slug { get; init; }
    /// <summary>The term as the glossary lists it, in Dutch.</summary>
    public required string Title { get; init; }
    /// <summary>Short definition in plain Dutch.</summary>
    public required string Summary { get; init; }
    /// <summary>Other names for the same idea (English term, synonyms).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>Slugs of related concepts.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];
    /// <summary>Markdown body rendered to HTML.</summary>
    public string BodyHtml { get; init; } = "";
    /// <summary>The content file it was read from, relative to the content folder.</summary>
    public string Source { get; init; } = "";
}
