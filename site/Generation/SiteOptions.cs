namespace TransitionLab.Site.Generation;

/// <summary>Addresses and time that differ per deployment but not per page.</summary>
public sealed record SiteOptions
{
    /// <summary>Public address of the site, for canonical links, Open Graph, the feed and the sitemap.</summary>
    public Uri BaseUrl { get; init; } = new("http://localhost:5080/");
    /// <summary>Address of the API that receives the reflection forms; the site's own origin when empty.</summary>
    public string ApiBaseUrl { get; init; } = "";
    /// <summary>Moment of the build; the feed uses it when there are no experiments.</summary>
    public DateTimeOffset BuildTime { get; init; } = DateTimeOffset.UtcNow;

    /// <summary>Absolute address of a site path.</summary>
    public string Absolute(string path) => new Uri(BaseUrl, path).ToString();
}
