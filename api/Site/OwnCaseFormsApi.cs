using TransitionLab.Api.Course;
using TransitionLab.Api.Course.Cases;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Intake;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Store;
using TransitionLab.Core.Catalogue;
using TransitionLab.Site.Course;
using TransitionLab.Site.Course.Cases;
using TransitionLab.Site.Forms;
using TransitionLab.Site.Intake;
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
        group.MapPost("/cursus/casussen/{id:guid}/voorstellen", Propose);
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

    private static async Task<IResult> Show(Guid id, HttpContext context, OwnCases cases, Database db, ImportedCatalogue catalogue, PublishedSite site)
    {
        var path = OwnCaseUrls.Case(id);
        var (caller, refused) = await PersonalPages.AllowedAsync(context, site, null, path, InCourse, CohortText.CourseOnly);
        if (refused is not null) return refused;
        if (cases.Find(id) is not { } found) return TypedResults.NotFound();
        if (!caller!.InCohort(found.Cohort)) return await PersonalPages.DeniedAsync(context, site, null, path, CohortText.ForbiddenOtherCohort);
        return await CasePage(context, site, db, catalogue, found, caller, null, StatusCodes.Status200OK);
    }

    private static async Task<IResult> CasePage(HttpContext context, PublishedSite site, Database db, ImportedCatalogue catalogue, StoredOwnCase found, Caller caller,
        FormState? proposal, int status)
    {
        var modules = catalogue.Current.Modules.OrderBy(m => m.Order).ToArray();
        var proposed = found is { ProposedAs: { } slug, ProposedAt: { } at } ? (slug, Dates.ToInstant(at)) : ((string, DateTimeOffset)?)null;
        var page = new OwnCasePage(found.AsEntry(db), modules, caller.MayPractise && caller.KeyId == found.ParticipantKeyId, proposal, proposed);
        return PersonalPages.Private(context, await CourseOnRequest.PersonalAsync(site.Current, page), status);
    }

    /// <summary>
    /// The one action from an own case to the intake: the case's fields become a draft registered with the invitation
    /// code, and the browser continues signed in with that code on the intake's form, where its author checks and submits.
    /// The form's fields are those of the sign-in form (<c>key</c>, <c>returnUrl</c>), so a 307 hands the same post on to
    /// the sign-in, which starts the invitee's session the way every sign-in does; this request has read the
    /// participant's session already and cannot start a new one itself.
    /// </summary>
    private static async Task<IResult> Propose(Guid id, HttpContext context, OwnCases cases, CaseProposals proposals, Database db, ImportedCatalogue catalogue, PublishedSite site)
    {
        if (!SameOrigin.Check(context.Request)) return PersonalPages.CrossOrigin();
        var path = OwnCaseUrls.Case(id);
        var (caller, refused) = await PersonalPages.AllowedAsync(context, site, null, path, c => c.MayPractise, CohortText.ParticipantsOnly);
        if (refused is not null) return refused;
        if (cases.Find(id) is not { } found) return TypedResults.NotFound();
        if (!caller!.InCohort(found.Cohort)) return await PersonalPages.DeniedAsync(context, site, null, path, CohortText.ForbiddenOtherCohort);

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var proposal = await proposals.ProposeAsync(found, caller, form["key"].ToString());
        if (proposal.Registration is not null) return TypedResults.Redirect(site.Current.SessionAction, preserveMethod: true);
        if (proposal.Status is RegistrationWriteStatus.Forbidden) return await PersonalPages.DeniedAsync(context, site, null, path, proposal.Detail ?? CohortText.ProposeAuthorOnly);
        // The code is a key: it is never shown again in the page.
        var errors = (proposal.Errors ?? new Dictionary<string, string[]> { ["invitationCode"] = [proposal.Detail ?? CohortText.ProposeCodeWrong] })
            .ToDictionary(e => e.Key == "invitationCode" ? "key" : e.Key, e => e.Value, StringComparer.Ordinal);
        return await CasePage(context, site, db, catalogue, cases.Find(id) ?? found, caller, new FormState(new Dictionary<string, string[]> { ["key"] = [""] }, errors),
            proposal.Status == RegistrationWriteStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity);
    }

    /// <summary>
    /// The module page with the practice form set to the own case <paramref name="casus"/>, for a participant of its
    /// cohort (<see cref="OwnCaseUrls.Practise"/>; <see cref="PracticeFormsApi"/> maps the address).
    /// </summary>
    public static async Task<IResult> PractiseOnAsync(CourseModule found, Guid? casus, HttpContext context, OwnCases cases, Database db, PublishedSite site)
    {
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
