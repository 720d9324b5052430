namespace TransitionLab.Api.Site;

/// <summary>
/// CSRF defence for the HTML forms, in two layers: the session cookie is SameSite=Strict, and a form
/// post must say it comes from this origin (browsers always send <c>Origin</c> on a POST; older ones
/// send <c>Referer</c>). A post that names another origin, or none at all, is refused.
/// </summary>
public static class SameOrigin
{
    /// <summary>Whether the request's Origin (or Referer) is this server's own origin.</summary>
    public static bool Check(HttpRequest request)
    {
        var own = $"{request.Scheme}://{request.Host}";
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0) return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase);
        var referer = request.Headers.Referer.ToString();
        return Uri.TryCreate(referer, UriKind.Absolute, out var uri)
               && string.Equals($"{uri.Scheme}://{uri.Authority}", own, StringComparison.OrdinalIgnoreCase);
    }
}
