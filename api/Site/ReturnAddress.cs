namespace TransitionLab.Api.Site;

/// <summary>
/// Where a browser may be sent back to after signing in: a path on this site, nothing else. An open redirect
/// would let a phishing link borrow our address, and browsers are generous readers of a Location header, so
/// the value is first normalised the way a browser's URL parser (WHATWG URL standard) would read it, and only
/// then judged. What is sent back is that normalised form, never the raw input.
/// </summary>
public static class ReturnAddress
{
    /// <summary>Where everything that is not a local path goes.</summary>
    public const string Home = "/";

    /// <summary>Longer than any page of the site; a longer value is a mistake or an attack.</summary>
    public const int MaxLength = 2000;

    // Resolved against a host no request can carry, so "still on this host" is a plain comparison.
    private static readonly Uri ThisSite = new("https://this-site.invalid/");

    /// <summary>The local path <paramref name="url"/> names after a browser's normalisation, or <see cref="Home"/>.</summary>
    public static string Local(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > MaxLength) return Home;
        // WHATWG URL parsing: leading and trailing C0 controls and spaces are cut, tabs and newlines anywhere are
        // removed, and in http(s) URLs a backslash is a slash. "/\t/evil.example" is "//evil.example" to a browser.
        var normalised = url.Trim(C0OrSpace).Replace("\t", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal)
            .Replace("\r", "", StringComparison.Ordinal).Replace('\\', '/');
        // Only visible ASCII: our paths are slugs, and anything else would reach the Location header as sent.
        if (normalised.Length == 0 || normalised.Any(c => c is < '!' or > '~')) return Home;
        // A path-absolute reference: one slash, then not a second (two slashes start a host).
        if (normalised[0] != '/' || normalised.Length > 1 && normalised[1] == '/') return Home;
        if (!Uri.TryCreate(ThisSite, normalised, out var resolved) || resolved.Authority != ThisSite.Authority || resolved.Scheme != ThisSite.Scheme)
            return Home;
        // Dot segments can fold "/.//evil.example" into the path "//evil.example", which a later re-serialisation
        // would turn into a host; such a path is no page of ours, so it goes home too.
        return resolved.AbsolutePath.StartsWith("//", StringComparison.Ordinal) ? Home : normalised;
    }

    private static readonly char[] C0OrSpace = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];
}
