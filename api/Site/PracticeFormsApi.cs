using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using TransitionLab.Api.Course;
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
        group.MapPost("/api/course/modules/{module}/practice-reflections/form", FilePractice);
        group.MapGet("/cursus/{module}/mijn-oefeningen/", Mine);
        group.MapGet("/cursus/{module}/cohort/", Cohort);
        return group;
    }

    private static async Task<IResult> FilePractice(string module, HttpContext context, Database db, StoreWriter writer, Catalogue catalogue, PublishedSite site,
        TimeProvider time, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
    {
        if (!SameOrigin.Check(context.Request)) return PersonalPages.CrossOrigin();
        if (PracticeReflections.FindModule(catalogue, module) is not { } found) return TypedResults.NotFound();
        if (await FrontrunnerSession.CallerAsync(context) is not { } caller)
            return PersonalPages.Page(await SiteForms.SignInAsync(site.Current, CourseText.PracticeSignInNote, $"{SiteUrls.Module(found.Slug)}#oefenreflectie"),
                StatusCodes.Status401Unauthorized);

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var values = PersonalPages.Values(form);
        // A practice reflection on an own case shows the form set to that case again.
        var own = Guid.TryParse(form["caseId"], out var caseId) && db.CourseCases.FindById(caseId) is { } c && caller.InCohort(c.Cohort) ? c.AsEntry(db) : null;
        async Task<IResult> ShowAgain(IReadOnlyDictionary<string, string[]> errors, int status = StatusCodes.Status422UnprocessableEntity) =>
            PersonalPages.Page(await CourseOnRequest.ModuleWithPracticeAsync(site.Current, found, new FormState(values, errors), own), status);

        if (!caller.MayPractise)
            return await ShowAgain(new Dictionary<string, string[]> { [""] = [CourseText.NotAParticipant] }, StatusCodes.Status403Forbidden);

        var binding = ReflectionFormBinding.Bind(form);
        if (binding.Errors.Count > 0) return await ShowAgain(binding.Errors);
        if (form["caseId"].ToString() is { Length: > 0 } caseField) binding.Body["caseId"] = caseField.Trim();
        else binding.Body["experimentSlug"] = form["experimentSlug"].ToString().Trim();
        PracticeReflectionRequest request;
        try
        {
            request = binding.Body.Deserialize<PracticeReflectionRequest>(json.Value.SerializerOptions)!;
        }
        catch (JsonException e)
        {
            return await ShowAgain(new Dictionary<string, string[]> { [binding.FormName((e.Path ?? "$").TrimStart('$', '.'))] = ["Deze waarde kunnen we niet lezen."] });
        }

        var (_, problem) = await PracticeReflections.FileAsync(db, writer, found, request, caller, time);
        if (problem?.ProblemDetails is HttpValidationProblemDetails invalid)
            return await ShowAgain(invalid.Errors.ToDictionary(e => binding.FormName(e.Key), e => e.Value, StringComparer.Ordinal));
        if (problem is not null)
            return await ShowAgain(new Dictionary<string, string[]> { [""] = [problem.ProblemDetails.Detail ?? problem.ProblemDetails.Title ?? ""] }, problem.StatusCode);
        return TypedResults.Redirect(PracticeUrls.Saved(found.Slug));
    }

    private static async Task<IResult> Mine(string module, HttpContext context, Database db, Catalogue catalogue, PublishedSite site)
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
        return PersonalPages.Private(context, await CourseOnRequest.MineAsync(site.Current, found, entries));
    }

    private static async Task<IResult> Cohort(string module, HttpContext context, Database db, Catalogue catalogue, ReflectionRecords records, PublishedSite site)
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
        return PersonalPages.Private(context, await CourseOnRequest.CohortAsync(site.Current, found, caller!.Cohort!.Trim(), comparisons));
    }

    private static ComparedReflection Compared(ComparisonRowDto row) => new(
        row.ParticipantKeyId, row.Cycle, row.Date, (EvidenceLevel)row.EvidenceLevel, row.HypothesisResult, row.Decision, row.Barriers, row.RegimeBarriers);
}
