using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Reflections;
using TransitionLab.Api.Store;
using TransitionLab.Core.Catalogue;
using TransitionLab.Site.Forms;
using TransitionLab.Site.Text;

namespace TransitionLab.Api.Site;

/// <summary>
/// The HTML side of the API: signing in with a key and filing a reflection from the site's form.
/// These answer browsers (redirects and pages), not API clients, so they stay out of the OpenAPI document.
/// </summary>
public static class SiteFormsApi
{
    /// <summary>Maps the form endpoints.</summary>
    public static RouteGroupBuilder MapSiteForms(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").ExcludeFromDescription().DisableAntiforgery();
        group.MapPost("/session", SignIn);
        group.MapPost("/session/end", (Func<HttpContext, Task<IResult>>)SignOut);
        group.MapPost("/experiments/{slug}/reflections/form", FileReflection);
        routes.MapGet("/experimenten/{slug}/reflectie/", ReflectionPage).ExcludeFromDescription();
        // The static sign-in page cannot know where a frontrunner came from; this one reads it from the link.
        routes.MapGet(SiteUrls.SignIn, async (HttpContext context, PublishedSite site) =>
                Page(await SiteForms.SignInAsync(site.Current, null, ReturnAddress.Local(context.Request.Query["returnUrl"].ToString())), StatusCodes.Status200OK))
            .ExcludeFromDescription();
        return group;
    }

    private static async Task<IResult> SignIn(HttpContext context, Database db, PublishedSite site)
    {
        if (!SameOrigin.Check(context.Request)) return PersonalPages.CrossOrigin();
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var returnUrl = ReturnAddress.Local(form["returnUrl"].ToString());
        if (await FrontrunnerSession.SignInAsync(context, db, form["key"].ToString()))
            return TypedResults.Redirect(returnUrl);
        return Page(await SiteForms.SignInAsync(site.Current, FormText.SignInWrongKey, returnUrl), StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> SignOut(HttpContext context)
    {
        if (!SameOrigin.Check(context.Request)) return PersonalPages.CrossOrigin();
        await context.SignOutAsync(FrontrunnerSession.Scheme);
        return TypedResults.Redirect("/");
    }

    /// <summary>
    /// The reflection form of one experiment, for its signed-in frontrunner, pre-filled from the latest stored
    /// reflection. Signed out: the sign-in page, set to come back here. Rendered per request and never cached:
    /// it shows what only this frontrunner may change.
    /// </summary>
    private static async Task<IResult> ReflectionPage(string slug, HttpContext context, Database db, StoredReflections records,
        PublishedSite site, TimeProvider time)
    {
        if (db.FindExperiment(slug) is not { } stored) return TypedResults.NotFound();
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Robots-Tag"] = "noindex";
        var here = SiteUrls.ReflectionForm(slug);
        if (await FrontrunnerSession.CallerAsync(context) is not { } caller)
            return Page(await SiteForms.SignInAsync(site.Current, FormText.SignInFirstNote, here), StatusCodes.Status401Unauthorized);
        var experiment = stored.ToDomain();
        if (!caller.MayWriteFor(slug))
            return Page(await SiteForms.SignInAsync(site.Current, FormText.WrongExperimentKey(experiment.Title), here), StatusCodes.Status403Forbidden);

        var latest = records.ForExperiment(slug).OrderBy(r => r.Cycle).ThenBy(r => r.Date).LastOrDefault();
        var state = latest is null ? FormState.Empty : ReflectionPrefill.From(experiment, latest, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        return Page(await SiteForms.ReflectionFormAsync(site.Current, experiment, state), StatusCodes.Status200OK);
    }

    private static Task<IResult> FileReflection(string slug, HttpContext context, Database db, StoredReflections records,
        PublishedSite site, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) =>
        ReflectionFormPost.HandleAsync<ReflectionRequest>(context, json.Value.SerializerOptions, () =>
        {
            if (db.FindExperiment(slug) is not { } stored) return null;
            var experiment = stored.ToDomain();
            return new ReflectionForm<ReflectionRequest>(
                SignInPage: _ => SiteForms.SignInAsync(site.Current, FormText.SignInFirstNote, SiteUrls.ReflectionForm(slug)),
                FormPage: (_, _, state) => SiteForms.ReflectionFormAsync(site.Current, experiment, state),
                Refusal: caller => caller.MayWriteFor(slug) ? null : FormRefusal.Whole(FormText.WrongExperimentKey(experiment.Title)),
                Complete: null,
                Write: async (request, caller) =>
                {
                    var write = await records.CreateAsync(slug, request, caller);
                    if (write.Reflection is not null) return null;
                    return write.Errors is { } errors ? new FormRefusal(errors) : FormRefusal.Whole(write.Detail ?? "De reflectie is niet opgeslagen.");
                },
                SavedAddress: $"{SiteUrls.Experiment(slug)}?opgeslagen=1#{SavedNote.ReflectionSaved}");
        });

    private static ContentHttpResult Page(string html, int status) => TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);

}
