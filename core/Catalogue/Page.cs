namespace TransitionLab.Core.Catalogue;

/// <summary>A plain content page (about, accessibility statement, ...), served at <c>/&lt;slug&gt;/</c>.</summary>
public sealed record Page
{
    /// <summary>URL-safe identifier; the page is served at <c>/{Slug}/</c>.</summary>
    public required string Slug { get; init; }
    /// <summary>Title as the site shows it, in Dutch.</summary>
    public required string Title { get; init; }
    /// <summary>Short summary for search results and Open Graph.</summary>
    public required string Summary { get; init; }
    /// <summary>Markdown body rendered to HTML.</summary>
    public string BodyHtml { get; init; } = "";
    /// <summary>The content file it was read from, relative to the content folder.</summary>
    public string Source { get; init; } = "";
}
