using Microsoft.AspNetCore.Http.HttpResults;
using TransitionLab.Api.Keys;
using TransitionLab.Core.Catalogue;
using TransitionLab.Site.Course;
using TransitionLab.Site.Forms;
using TransitionLab.Site.Text;

namespace TransitionLab.Api.Site;

/// <summary>
/// How the course's personal pages answer: only to a signed-in key that may see them, never from a cache.
/// Shared by the practice, own-case, hand-in and progress pages so that none of them can forget a rule.
/// </summary>
public static class PersonalPages
{
    /// <summary>The signed-in caller if <paramref name="may"/> holds; else the sign-in page (401) or the access-denied page (403).</summary>
    public static async Task<(Caller? Caller, IResult? Refused)> AllowedAsync(HttpContext context, PublishedSite site, CourseModule? module, string path,
        Func<Caller, bool> may, string whoFor)
    {
        if (await FrontrunnerSession.CallerAsync(context) is not { } caller)
            return (null, Private(context, await SiteForms.SignInAsync(site.Current, CourseText.SignInForPractice, path), StatusCodes.Status401Unauthorized));
        if (!may(caller)) return (null, await DeniedAsync(context, site, module, path, whoFor));
        return (caller, null);
    }

    /// <summary>The access-denied page (403) for a signed-in key that may not see <paramref name="path"/>.</summary>
    public static async Task<IResult> DeniedAsync(HttpContext context, PublishedSite site, CourseModule? module, string path, string message) =>
        Private(context, await CourseOnRequest.AccessDeniedAsync(site.Current, module, path, message), StatusCodes.Status403Forbidden);

    /// <summary>A page with someone's private course work: it must not stay in a shared cache or a search index.</summary>
    public static ContentHttpResult Private(HttpContext context, string html, int status = StatusCodes.Status200OK)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Robots-Tag"] = "noindex";
        return Page(html, status);
    }

    /// <summary>An HTML page with a status.</summary>
    public static ContentHttpResult Page(string html, int status) => TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);

    /// <summary>The answer to a form posted from another origin.</summary>
    public static ContentHttpResult CrossOrigin() =>
        TypedResults.Content("Dit formulier kwam niet van deze site.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);

    /// <summary>A posted form as field name → values, the shape <see cref="FormState"/> shows again.</summary>
    public static Dictionary<string, string[]> Values(IFormCollection form) =>
        form.ToDictionary(f => f.Key, f => f.Value.Select(v => v ?? "").ToArray(), StringComparer.Ordinal);
}
