using Microsoft.AspNetCore.Authentication.Cookies;

namespace TransitionLab.Api.Site;

/// <summary>
/// Over HTTPS the session cookie is named <c>__Host-tl_sessie</c>: browsers accept that prefix only for a Secure
/// cookie of this exact host and path <c>/</c>, so a sibling subdomain or a plain-HTTP page cannot plant or
/// overwrite it. Over plain HTTP (a developer's machine) browsers would refuse the prefix, so the name stays bare.
/// </summary>
public sealed class HostPrefixedCookies(ICookieManager inner) : ICookieManager
{
    /// <summary>The prefix browsers enforce.</summary>
    public const string Prefix = "__Host-";

    /// <inheritdoc />
    public string? GetRequestCookie(HttpContext context, string key) => inner.GetRequestCookie(context, NameFor(context, key));

    /// <inheritdoc />
    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options) =>
        inner.AppendResponseCookie(context, NameFor(context, key), value, options);

    /// <inheritdoc />
    public void DeleteCookie(HttpContext context, string key, CookieOptions options) => inner.DeleteCookie(context, NameFor(context, key), options);

    private static string NameFor(HttpContext context, string key) => context.Request.IsHttps ? Prefix + key : key;
}
