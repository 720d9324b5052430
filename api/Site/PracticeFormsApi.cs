using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using TransitionLab.Api.Course;
using TransitionLab.Api.Course.AgendaDrafts;
using TransitionLab.Api.Course.Cases;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Reflections;
using TransitionLab.Api.Store;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Reflections;
using TransitionLab.Site.Course;
using TransitionLab.Site.Forms;
using TransitionLab.Site.Text;

namespace TransitionLab.Api.Site;

/// <summary>
/// The course's HTML side: a participant files a practice reflection from a module page, reads their
/// own back, and a teacher sees the cohort next to the frontrunners. The pages show private practice
/// reflections, so they are rendered per request for the signed-in key and never stored or cached.
/// These answer browsers, not API clients, so they stay out of the OpenAPI document.
/// </summary>
public static class PracticeFormsApi
{
    /// <summary>Maps the practice form endpoint and the participant's and teacher's pages.</summary>
    public static RouteGroupBuilder MapPracticeForms(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("").ExcludeFromDescription().DisableAntiforgery();
        group.MapGet("/cursus/{module}/oefenen/", Choose);
        group.MapPost("/api/course/modules/{module}/practice-reflections/form", FilePractice);
        group.MapGet("/cursus/{module}/mijn-oefeningen/", Mine);
        group.MapGet("/cursus/{module}/cohort/", Cohort);
        return group;
    }

    /// <summary>
    /// The module page with the practice form set to what is practised on: an own case (<c>casus</c>, for its cohort
    /// only), else the catalogue experiment chosen (<c>experimentSlug</c>) with the matches of a search for another
    /// (<c>zoek</c>) among the choices. Anyone may choose an experiment; saving asks for a participant's key.
    /// </summary>
    private static async Task<IResult> Choose(string module, Guid? casus, HttpContext context, ImportedCatalogue catalogue, OwnCases cases, Database db, PublishedSite site)
    {
        if (PracticeReflections.FindModule(catalogue, module) is not { } found) return TypedResults.NotFound();
        if (context.Request.Query.ContainsKey("casus")) return await OwnCaseFormsApi.PractiseOnAsync(found, casus, context, cases, db, site);
        var current = site.Current;
        var query = context.Request.Query;
        // The first of a repeated parameter counts, as on the search page.
        if (PracticeChoice.For(current.Catalogue, found, query[PracticeChoice.ExperimentField].FirstOrDefault(), query[PracticeChoice.SearchField].FirstOrDefault())
            is not { } choice)
            return TypedResults.NotFound();
        // The page answers one visitor's choice; the module's own page is the one to index.
        context.Response.Headers["X-Robots-Tag"] = "noindex";
        return PersonalPages.Page(await CourseOnRequest.ModuleWithChoiceAsync(current, found, choice), StatusCodes.Status200OK);
    }

    private static Task<IResult> FilePractice(string module, HttpContext context, Database db, StoreWriter writer, ImportedCatalogue catalogue, PublishedSite site,
        TimeProvider time, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) =>
        ReflectionFormPost.HandleAsync<PracticeReflectionRequest>(context, json.Value.SerializerOptions, () =>
        {
            if (PracticeReflections.FindModule(catalogue, module) is not { } found) return null;
            return new ReflectionForm<PracticeReflectionRequest>(
                // Signed in, the participant comes back to the form set to the experiment or own case they chose.
                SignInPage: posted => SiteForms.SignInAsync(site.Current, CourseText.PracticeSignInNote,
                    PracticeUrls.FormAgain(site.Current.Catalogue, found, posted[PracticeChoice.ExperimentField].FirstOrDefault(),
                        Guid.TryParse(posted[PracticeChoice.CaseField].FirstOrDefault()?.Trim(), out var caseId) ? caseId : null)),
                // A practice reflection on an own case shows the form set to that case again.
                FormPage: (caller, form, state) => CourseOnRequest.ModuleWithPracticeAsync(site.Current, found, state,
                    Guid.TryParse(form[PracticeChoice.CaseField], out var caseId) && db.CourseCases.FindById(caseId) is { } c && caller.InCohort(c.Cohort) ? c.AsEntry(db) : null),
                Refusal: caller => caller.MayPractise ? null : FormRefusal.Whole(CourseText.NotAParticipant, StatusCodes.Status403Forbidden),
                Complete: (form, body) =>
                {
                    if (form[PracticeChoice.CaseField].ToString() is { Length: > 0 } caseField) body["caseId"] = caseField.Trim();
                    else body["experimentSlug"] = form["experimentSlug"].ToString().Trim();
                },
                Write: async (request, caller) =>
                {
                    var (_, problem) = await PracticeReflections.FileAsync(db, writer, found, request, caller, time);
                    return problem switch
                    {
                        null => null,
                        { ProblemDetails: HttpValidationProblemDetails invalid } => new FormRefusal(invalid.Errors.AsReadOnly()),
                        _ => FormRefusal.Whole(problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title ?? "", problem.StatusCode),
                    };
                },
                SavedAddress: PracticeUrls.Saved(found.Slug));
        });

    private static async Task<IResult> Mine(string module, HttpContext context, Database db, ImportedCatalogue catalogue, AgendaDrafts drafts, PublishedSite site)
    {
        if (PracticeReflections.FindModule(catalogue, module) is not { } found) return TypedResults.NotFound();
        var (caller, refused) = await PersonalPages.AllowedAsync(context, site, found, PracticeUrls.MinePath(found.Slug), c => c.MayPractise, CourseText.ParticipantsOnly);
        if (refused is not null) return refused;

        var experiments = site.Current.Catalogue;
        // An own case is no catalogue experiment: its practice reflections show under the case's title.
        TransitionLab.Core.Experiments.Experiment? Subject(StoredPracticeReflection p) =>
            p.CaseId is { } id ? db.CourseCases.FindById(id)?.AsPracticeSubject().ToDomain() : experiments.FindExperiment(p.ExperimentSlug);
        var entries = PracticeReflections.Mine(db, caller!, found.Slug)
            .Select(p => Subject(p) is { } e ? new PracticeEntry(e, p.Reflection.ToDomain()) : null)
            .OfType<PracticeEntry>().ToArray();
        var own = drafts.Mine(caller!, found.Slug).Select(d => d.AsEntry(null)).ToArray();
        return PersonalPages.Private(context, await CourseOnRequest.MineAsync(site.Current, found, entries, own));
    }

    private static async Task<IResult> Cohort(string module, HttpContext context, Database db, ImportedCatalogue catalogue, StoredReflections records, AgendaDrafts drafts,
        PublishedSite site)
    {
        if (PracticeReflections.FindModule(catalogue, module) is not { } found) return TypedResults.NotFound();
        var (caller, refused) = await PersonalPages.AllowedAsync(context, site, found, PracticeUrls.CohortPath(found.Slug), c => c.IsTeacher, CourseText.TeachersOnly);
        if (refused is not null) return refused;

        var practised = PracticeReflections.OfCohort(db, caller!, found.Slug).Select(p => p.ExperimentSlug).ToHashSet(StringComparer.Ordinal);
        CohortComparison CompareOn(Experiment experiment)
        {
            var c = PracticeReflections.Compare(db, records, caller!, found.Slug, experiment.Slug);
            return new CohortComparison(experiment, c.Frontrunners.Count > 0 ? Compared(c.Frontrunners[^1]) : null, c.Practice.Select(Compared).ToArray());
        }
        var comparisons = site.Current.Catalogue.Experiments.Where(e => practised.Contains(e.Slug)).Select(CompareOn).ToArray();
        var cohortDrafts = drafts.OfCohort(caller!, found.Slug).Select(d => d.AsEntry(db)).ToArray();
        return PersonalPages.Private(context, await CourseOnRequest.CohortAsync(site.Current, found, caller!.Cohort!.Trim(), comparisons, cohortDrafts));
    }

    private static ComparedReflection Compared(ComparisonRowDto row) => new(
        row.ParticipantKeyId, row.Cycle, row.Date, (EvidenceLevel)row.EvidenceLevel, row.HypothesisResult, row.Decision, row.Barriers, row.RegimeBarriers);
}
