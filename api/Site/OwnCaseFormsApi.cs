using TransitionLab.Api.Course;
using TransitionLab.Api.Course.Cases;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Store;
using TransitionLab.Site.Course;
using TransitionLab.Site.Course.Cases;
using TransitionLab.Site.Forms;
using TransitionLab.Site.Text;

namespace TransitionLab.Api.Site;

/// <summary>
/// Own cases without script: the cohort's list with the form to register one, one case with where to practise
/// on it, and a module's practice form set to an own case. Rendered per request for the signed-in cohort only.
/// </summary>
public static class OwnCaseFormsApi
{
    /// <summary>Maps the own-case pages and their form.</summary>
    public static RouteGroupBuilder MapOwnCaseForms(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("").ExcludeFromDescription().DisableAntiforgery();
        group.MapGet(OwnCaseUrls.List, List);
        group.MapPost(OwnCaseUrls.List, Register);
        group.MapGet("/cursus/casussen/{id:guid}/", Show);
        group.MapGet("/cursus/{module}/oefenen/", PractiseOn);
        return group;
    }

    private static bool InCourse(Caller c) => c.MayPractise || c.IsTeacher;

    private static async Task<IResult> List(HttpContext context, OwnCases cases, Database db, PublishedSite site)
    {
        var (caller, refused) = await PersonalPages.AllowedAsync(context, site, null, OwnCaseUrls.List, InCourse, CohortText.CourseOnly);
        if (refused is not null) return refused;
        return await ListPage(context, site, cases, db, caller!, FormState.Empty, StatusCodes.Status200OK);
    }

    private static async Task<IResult> ListPage(HttpContext context, PublishedSite site, OwnCases cases, Database db, Caller caller, FormState form, int status) =>
        PersonalPages.Private(context, await CourseOnRequest.PersonalAsync(site.Current,
            new OwnCasesPage(cases.OfCohort(caller).Select(c => c.AsEntry(db)).ToArray(), form, caller.MayPractise)), status);

    private static async Task<IResult> Register(HttpContext context, OwnCases cases, Database db, PublishedSite site)
    {
        if (!SameOrigin.Check(context.Request)) return PersonalPages.CrossOrigin();
        var (caller, refused) = await PersonalPages.AllowedAsync(context, site, null, OwnCaseUrls.List, c => c.MayPractise, CohortText.ParticipantsOnly);
        if (refused is not null) return refused;

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        static string? Text(IFormCollection f, string name) => f[name].ToString() is { Length: > 0 } v ? v : null;
        static IReadOnlyList<string>? Lines(IFormCollection f, string name) =>
            Text(f, name)?.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var request = new OwnCaseRequest
        {
            Title = Text(form, "title"), Municipality = Text(form, "municipality"), Summary = Text(form, "summary"), Region = Text(form, "region"),
            Status = Text(form, "status"), StartDate = Text(form, "startDate"),
            Funding = Text(form, "funding.source") is null && Text(form, "funding.endDate") is null ? null
                : new DraftFunding(Text(form, "funding.source"), Text(form, "funding.endDate")),
            Frontrunners = Lines(form, "frontrunners"), Partners = Lines(form, "partners"),
            Stage = Text(form, "stage"), XCurve = Text(form, "xCurve"), Body = Text(form, "body"),
        };
        var (stored, errors) = await cases.CreateAsync(request, caller!);
        if (stored is null)
        {
            // A list's errors are keyed per line (frontrunners[2]); the form has one field for the list.
            var byField = errors.GroupBy(e => e.Key.Split('[')[0], StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray(), StringComparer.Ordinal);
            return await ListPage(context, site, cases, db, caller!, new FormState(PersonalPages.Values(form), byField), StatusCodes.Status422UnprocessableEntity);
        }
        return TypedResults.Redirect(OwnCaseUrls.Case(stored.Id));
    }

    private static async Task<IResult> Show(Guid id, HttpContext context, OwnCases cases, Database db, Catalogue catalogue, PublishedSite site)
    {
        var path = OwnCaseUrls.Case(id);
        var (caller, refused) = await PersonalPages.AllowedAsync(context, site, null, path, InCourse, CohortText.CourseOnly);
        if (refused is not null) return refused;
        if (cases.Find(id) is not { } found) return TypedResults.NotFound();
        if (!caller!.InCohort(found.Cohort)) return await PersonalPages.DeniedAsync(context, site, null, path, CohortText.ForbiddenOtherCohort);
        var modules = catalogue.Current.Modules.OrderBy(m => m.Order).ToArray();
        return PersonalPages.Private(context, await CourseOnRequest.PersonalAsync(site.Current, new OwnCasePage(found.AsEntry(db), modules)));
    }

    private static async Task<IResult> PractiseOn(string module, Guid? casus, HttpContext context, OwnCases cases, Database db, Catalogue catalogue, PublishedSite site)
    {
        if (PracticeReflections.FindModule(catalogue, module) is not { } found) return TypedResults.NotFound();
        var path = $"{TransitionLab.Core.Catalogue.SiteUrls.Module(found.Slug)}oefenen/?casus={casus}";
        var (caller, refused) = await PersonalPages.AllowedAsync(context, site, found, path, c => c.MayPractise, CourseText.ParticipantsOnly);
        if (refused is not null) return refused;
        if (casus is not { } id || cases.Find(id) is not { } own) return TypedResults.NotFound();
        if (!caller!.InCohort(own.Cohort)) return await PersonalPages.DeniedAsync(context, site, found, path, CohortText.ForbiddenOtherCohort);
        return PersonalPages.Private(context, await CourseOnRequest.ModuleWithPracticeAsync(site.Current, found, FormState.Empty, own.AsEntry(db)));
    }

    /// <summary>A stored case as its cohort reads it; the author is shown by their key's label when it has one.</summary>
    public static OwnCaseEntry AsEntry(this StoredOwnCase c, Database db) =>
        new(c.Id, c.AsPracticeSubject().ToDomain(), Author(db, c.ParticipantKeyId), DateOnly.FromDateTime(c.CreatedAt), c.Body);

    /// <summary>How a participant is named on the cohort's pages: their key's label, else the key id.</summary>
    public static string Author(Database db, string keyId) =>
        CohortText.Participant(db.Keys.FindById(keyId) is { Label.Length: > 0 } key ? key.Label : keyId);
}
