using TransitionLab.Api.Course;
using TransitionLab.Api.Course.Assignments;
using TransitionLab.Api.Course.Cases;
using TransitionLab.Api.Course.Progress;
using TransitionLab.Api.Course.Reading;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Store;
using TransitionLab.Core.Catalogue;
using TransitionLab.Site.Course;
using TransitionLab.Site.Course.Exercises;
using TransitionLab.Site.Course.Progress;
using TransitionLab.Site.Forms;
using TransitionLab.Site.Text;

namespace TransitionLab.Api.Site;

/// <summary>
/// The exercises without script: a module's exercise page with the hand-in form, one's own versions and comments
/// and the cohort's hand-ins with their comment forms; and the progress page with the teacher's CSV.
/// Rendered per request for the signed-in cohort only, never stored.
/// </summary>
public static class ExerciseFormsApi
{
    /// <summary>Maps the exercise and progress pages and their forms.</summary>
    public static RouteGroupBuilder MapExerciseForms(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("").ExcludeFromDescription().DisableAntiforgery();
        group.MapGet("/cursus/{module}/opdracht/", Show);
        group.MapPost("/cursus/{module}/opdracht/", HandIn);
        group.MapPost("/cursus/opdrachten/{id:guid}/reactie", Comment);
        group.MapGet(ProgressUrls.Page, Progress);
        group.MapGet(ProgressUrls.Csv, ProgressCsv);
        return group;
    }

    private static bool InCourse(Caller c) => c.MayPractise || c.IsTeacher;

    private static async Task<IResult> Show(string module, HttpContext context, ImportedCatalogue catalogue, Database db, Assignments assignments, OwnCases cases, PublishedSite site)
    {
        if (PracticeReflections.FindModule(catalogue, module) is not { } found) return TypedResults.NotFound();
        var (caller, refused) = await PersonalPages.AllowedAsync(context, site, found, ExerciseUrls.Page(found.Slug), InCourse, CohortText.CourseOnly);
        if (refused is not null) return refused;
        return await PageAsync(context, site, db, assignments, cases, catalogue, found, caller!, FormState.Empty, null, StatusCodes.Status200OK);
    }

    private static async Task<IResult> PageAsync(HttpContext context, PublishedSite site, Database db, Assignments assignments, OwnCases cases, ImportedCatalogue catalogue,
        CourseModule module, Caller caller, FormState handIn, (Guid, FormState)? commentOn, int status)
    {
        var mine = caller.MayPractise && assignments.Mine(caller, module.Slug) is { } own ? View(own, caller, db) : null;
        var others = assignments.OfCohort(caller, module.Slug).Select(a => View(a, caller, db)).ToArray();
        var ownCases = cases.OfCohort(caller).Select(c => (c.Id.ToString(), $"{c.Title} ({c.Municipality})")).ToArray();
        var read = caller.MayPractise ? db.ModuleReads.FindById(StoredModuleRead.IdOf(caller.KeyId, module.Slug)) : null;
        var (experiments, search) = caller.MayPractise ? Choices(context, db, catalogue, module, caller, handIn, mine) : ([], null);
        var page = new ExercisePage(module, Assignments.FormOf(module), mine, others, caller.IsTeacher, ownCases, handIn, commentOn,
            read is null ? null : Dates.ToInstant(read.ReadAt), experiments, search);
        return PersonalPages.Private(context, await CourseOnRequest.PersonalAsync(site.Current, page), status);
    }

    private static async Task<IResult> HandIn(string module, HttpContext context, ImportedCatalogue catalogue, Database db, Assignments assignments, OwnCases cases, PublishedSite site)
    {
        if (!SameOrigin.Check(context.Request)) return PersonalPages.CrossOrigin();
        if (PracticeReflections.FindModule(catalogue, module) is not { } found) return TypedResults.NotFound();
        var (caller, refused) = await PersonalPages.AllowedAsync(context, site, found, ExerciseUrls.Page(found.Slug), c => c.MayPractise, CourseText.ParticipantsOnly);
        if (refused is not null) return refused;

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var request = new HandInRequest
        {
            Answers = form.Where(f => f.Key.StartsWith("answers.", StringComparison.Ordinal))
                .ToDictionary(f => f.Key["answers.".Length..], f => f.Value.ToString(), StringComparer.Ordinal),
            CaseId = Guid.TryParse(form["caseId"], out var caseId) ? caseId : null,
            ExperimentSlug = form["experimentSlug"].ToString(),
            HandIn = form["handIn"] == "true",
            Share = form["share"] == "true",
        };
        var write = await assignments.SaveAsync(found, request, caller!);
        if (write.Status == AssignmentWriteStatus.Stored) return TypedResults.Redirect(ExerciseUrls.Saved(found.Slug));
        var errors = write.Errors ?? new Dictionary<string, string[]> { [""] = [write.Message ?? ""] };
        return await PageAsync(context, site, db, assignments, cases, catalogue, found, caller!, new FormState(PersonalPages.Values(form), errors), null,
            write.Status == AssignmentWriteStatus.Invalid ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status403Forbidden);
    }

    private static async Task<IResult> Comment(Guid id, HttpContext context, ImportedCatalogue catalogue, Database db, Assignments assignments, OwnCases cases, PublishedSite site)
    {
        if (!SameOrigin.Check(context.Request)) return PersonalPages.CrossOrigin();
        var target = assignments.Find(id);
        var module = target is null ? null : PracticeReflections.FindModule(catalogue, target.Module);
        var path = module is null ? Core.Catalogue.SiteUrls.Course : ExerciseUrls.Page(module.Slug);
        var (caller, refused) = await PersonalPages.AllowedAsync(context, site, module, path, InCourse, CohortText.CourseOnly);
        if (refused is not null) return refused;
        if (target is null || module is null) return TypedResults.NotFound();
        if (!Assignments.MayComment(target, caller!)) return await PersonalPages.DeniedAsync(context, site, module, path, CohortText.NotYourExercise);

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var write = await assignments.CommentAsync(id, new FeedbackRequest { Text = form["text"].ToString(), Done = form["done"] == "true" }, caller!);
        if (write.Status == AssignmentWriteStatus.Stored) return TypedResults.Redirect(ExerciseUrls.At(module.Slug, id));
        if (write.Status != AssignmentWriteStatus.Invalid) return await PersonalPages.DeniedAsync(context, site, module, path, write.Message ?? CohortText.NotYourExercise);
        return await PageAsync(context, site, db, assignments, cases, catalogue, module, caller!, FormState.Empty,
            (id, new FormState(PersonalPages.Values(form), write.Errors!)), StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> Progress(HttpContext context, CohortProgress progress, ImportedCatalogue catalogue, PublishedSite site)
    {
        var (caller, refused) = await PersonalPages.AllowedAsync(context, site, null, ProgressUrls.Page, InCourse, CohortText.CourseOnly);
        if (refused is not null) return refused;
        var page = new ProgressPage(catalogue.Current.Modules.OrderBy(m => m.Order).ToArray(), progress.For(caller!), caller!.IsTeacher);
        return PersonalPages.Private(context, await CourseOnRequest.PersonalAsync(site.Current, page));
    }

    private static async Task<IResult> ProgressCsv(HttpContext context, CohortProgress progress, ImportedCatalogue catalogue, PublishedSite site)
    {
        var (caller, refused) = await PersonalPages.AllowedAsync(context, site, null, ProgressUrls.Csv, c => c.IsTeacher, CourseText.TeachersOnly);
        if (refused is not null) return refused;
        context.Response.Headers.CacheControl = "no-store";
        return ProgressApi.CsvOf(progress.For(caller!), catalogue);
    }

    /// <summary>
    /// The catalogue experiments the hand-in form offers (<see cref="ExperimentChoices"/>) and the search for one, with a
    /// Dutch error next to it when it found nothing.
    /// </summary>
    private static (IReadOnlyList<OptionGroup>, FormState?) Choices(HttpContext context, Database db, ImportedCatalogue catalogue, CourseModule module, Caller caller,
        FormState handIn, ExerciseWork? mine)
    {
        var typed = context.Request.Query["zoek"].ToString();
        var query = ExperimentChoices.Query(typed);
        var chosen = handIn.WasPosted ? handIn.Value("experimentSlug") : mine?.Versions is [.., var last] ? last.ExperimentSlug : null;
        var practised = PracticeReflections.Mine(db, caller, module.Slug).Where(p => p.CaseId is null).Select(p => p.ExperimentSlug);
        var groups = ExperimentChoices.For(catalogue.Current, module, practised, chosen, query);
        if (typed.Length == 0) return (groups, null);
        var errors = ExperimentChoices.NothingFound(catalogue.Current, query) is { } nothing
            ? new Dictionary<string, string[]> { ["zoek"] = [nothing] }
            : new Dictionary<string, string[]>();
        return (groups, new FormState(new Dictionary<string, string[]> { ["zoek"] = [typed] }, errors));
    }

    /// <summary>A hand-in as <paramref name="reader"/> may see it on the page.</summary>
    private static ExerciseWork View(StoredAssignment a, Caller reader, Database db)
    {
        var dto = a.AsDto(reader);
        string? Subject(AssignmentVersionDto v) =>
            v.CaseId is { } id ? db.CourseCases.FindById(id) is { } own ? CohortText.SubjectCase(own.Title, own.Municipality) : null
            : v.ExperimentSlug is { } slug && db.FindExperiment(slug) is { } experiment ? CohortText.SubjectExperiment(experiment.Title, experiment.Municipality) : null;
        return new ExerciseWork(a.Id, OwnCaseFormsApi.Author(db, a.ParticipantKeyId),
            dto.Versions.Select(v => new WorkVersion(v.Number, v.SavedAt, v.HandedIn, Subject(v), v.Answers, v.CaseId, v.ExperimentSlug)).ToArray(),
            dto.SharedAt is not null,
            dto.Feedback.Select(f => new WorkComment(OwnCaseFormsApi.Author(db, f.KeyId), f.ByTeacher, f.Version, f.Text, f.At)).ToArray(),
            dto.DoneAt, Assignments.MayComment(a, reader));
    }
}
