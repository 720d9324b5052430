using TransitionLab.Core.Catalogue;
using TransitionLab.Site.Course.Cases;
using TransitionLab.Site.Forms;
using TransitionLab.Site.Generation;

namespace TransitionLab.Site.Course;

/// <summary>
/// Addresses of the course's practice pages. They need the session cookie, so they live on the API's
/// origin; a standalone static build links there the way it does for signing in.
/// </summary>
public static class PracticeUrls
{
    /// <summary>Where the practice form posts.</summary>
    public static string FormAction(SiteContext site, string module) =>
        $"{Api(site)}/api/course/modules/{module}/practice-reflections/form";

    /// <summary>Site path of the module page set to another experiment to practise on, answered by the API.</summary>
    public static string ChoosePath(string module) => $"{SiteUrls.Module(module)}oefenen/";

    /// <summary>
    /// The practice form set to what it practises on, where signing in comes back to: the cohort's own case
    /// <paramref name="caseId"/>, else the page that chooses experiment <paramref name="experimentSlug"/>, or the module
    /// page for the module's case. What was typed in the form is not kept.
    /// </summary>
    public static string FormAgain(ContentCatalogue catalogue, CourseModule module, string? experimentSlug, Guid? caseId)
    {
        if (caseId is { } id) return $"{OwnCaseUrls.Practise(module.Slug, id)}#{FormId}";
        if (experimentSlug?.Trim() is { Length: > 0 } slug && slug != PracticeChoice.ModuleCase(catalogue, module)?.Slug)
            return $"{ChoosePath(module.Slug)}?{PracticeChoice.ExperimentField}={Uri.EscapeDataString(slug)}#{FormId}";
        return $"{SiteUrls.Module(module.Slug)}#{FormId}";
    }

    /// <summary>The id of the practice form's section on a module page.</summary>
    public const string FormId = "oefenreflectie";

    /// <summary>Where the form that chooses the experiment to practise on goes, on the API's origin.</summary>
    public static string Choose(SiteContext site, string module) => Api(site) + ChoosePath(module);

    /// <summary>Where the form to practise an agenda item posts.</summary>
    public static string AgendaDraftFormAction(SiteContext site, string module) =>
        $"{Api(site)}/api/course/modules/{module}/agenda-drafts/form";

    /// <summary>The module page after a practice agenda item was stored, at the form's "saved" message.</summary>
    public static string AgendaDraftSaved(string module) => $"{SiteUrls.Module(module)}?agendapunt=1#{SavedNote.AgendaDraftSaved}";

    /// <summary>Site path of a participant's own practice reflections in a module.</summary>
    public static string MinePath(string module) => $"{SiteUrls.Module(module)}mijn-oefeningen/";

    /// <summary>Site path of a teacher's view of their cohort in a module.</summary>
    public static string CohortPath(string module) => $"{SiteUrls.Module(module)}cohort/";

    /// <summary>A participant's own practice reflections, on the API's origin.</summary>
    public static string Mine(SiteContext site, string module) => Api(site) + MinePath(module);

    /// <summary>A teacher's view of their cohort, on the API's origin.</summary>
    public static string Cohort(SiteContext site, string module) => Api(site) + CohortPath(module);

    /// <summary>The module page after a practice reflection was stored, at the practice form's "saved" message.</summary>
    public static string Saved(string module) => $"{SiteUrls.Module(module)}?geoefend=1#{SavedNote.PracticeSaved}";

    /// <summary>A personal course page (<paramref name="path"/>) on the API's origin.</summary>
    public static string OnApi(SiteContext site, string path) => Api(site) + path;

    private static string Api(SiteContext site) => site.Options.ApiBaseUrl.TrimEnd('/');
}
