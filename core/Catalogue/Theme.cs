namespace TransitionLab.Core.Catalogue;

/// <summary>A policy theme of the social domain (youth, debt, housing, ...).</summary>
public sealed record Theme
{
    /// <summary>URL-safe identifier.</summary>
    public required string Slug { get; init; }
    /// <summary>Title as the site shows it, in Dutch.</summary>
    public required string Title { get; init; }
    /// <summary>One-sentence summary.</summary>
    public required string Summary { get; init; }
    /// <summary>Markdown body rendered to HTML.</summary>
    public string BodyHtml { get; init; } = "";
    /// <summary>The content file it was read from, relative to the content folder.</summary>
    public string Source { get; init; } = "";
}
