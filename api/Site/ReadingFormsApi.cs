using TransitionLab.Api.Course;
using TransitionLab.Api.Course.Reading;
using TransitionLab.Api.Experiments;
using TransitionLab.Core.Catalogue;
using TransitionLab.Site.Course.Exercises;
using TransitionLab.Site.Course.Reading;
using TransitionLab.Site.Text;

namespace TransitionLab.Api.Site;

/// <summary>
/// The "read" mark without script: the button on a module page (and on its exercise page, to take it back) posts here.
/// The mark goes through the same <see cref="ModuleReads"/> as the JSON API.
/// </summary>
public static class ReadingFormsApi
{
    /// <summary>Maps the form post.</summary>
    public static RouteGroupBuilder MapReadingForms(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("").ExcludeFromDescription().DisableAntiforgery();
        group.MapPost("/cursus/{module}/gelezen", Mark);
        return group;
    }

    private static async Task<IResult> Mark(string module, HttpContext context, ImportedCatalogue catalogue, ModuleReads reads, PublishedSite site)
    {
        if (!SameOrigin.Check(context.Request)) return PersonalPages.CrossOrigin();
        if (PracticeReflections.FindModule(catalogue, module) is not { } found) return TypedResults.NotFound();
        var (caller, refused) = await PersonalPages.AllowedAsync(context, site, found, $"{SiteUrls.Module(found.Slug)}#gelezen", c => c.MayPractise,
            CohortText.ReadParticipantsOnly);
        if (refused is not null) return refused;

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        // Only an explicit "false" takes the mark back: the button's value is fixed, so anything else is a mark.
        var read = form["gelezen"] != "false";
        await reads.MarkAsync(found, caller!, read);
        return TypedResults.Redirect(read && form["naar"] != "opdracht" ? ReadUrls.Saved(found.Slug) : $"{ExerciseUrls.Page(found.Slug)}#gelezen");
    }
}
