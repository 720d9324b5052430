namespace TransitionLab.Site.Generation;

/// <summary>
/// The model of one HTML page: where it lives, what the layout needs, and which component draws it.
/// Every page goes through <see cref="PageRenderer.RenderAsync"/>, so any single page can be
/// re-rendered on its own.
/// </summary>
/// <param name="Path">Site path, e.g. <c>/experimenten/netwerkberaden-walcheren/</c>.</param>
/// <param name="Title">Title for the h1, the title element and Open Graph.</param>
/// <param name="Description">One sentence for the meta description and Open Graph.</param>
public abstract record SitePage(string Path, string Title, string Description)
{
    /// <summary>Open Graph type.</summary>
    public virtual string OgType => "website";

    /// <summary>Whether search engines should list the page: it is in the sitemap and carries no <c>noindex</c>.</summary>
    public virtual bool Indexed => true;

    /// <summary>An Atom feed of just what this page shows, announced in its head; <c>null</c> when it has none.</summary>
    public virtual string? FeedPath => null;

    /// <summary>Razor component that renders this model; it takes <c>Page</c> and <c>Site</c> parameters.</summary>
    public abstract Type Component { get; }

    /// <summary>File under the output folder: clean URLs become <c>path/index.html</c>.</summary>
    public string FilePath => Path.EndsWith('/') ? Path.TrimStart('/') + "index.html" : Path.TrimStart('/');
}
