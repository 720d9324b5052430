using TransitionLab.Core.Catalogue;
using TransitionLab.Site.Forms;
using TransitionLab.Site.Generation;

namespace TransitionLab.Site.Course;

/// <summary>
/// Course pages the API renders on request, for one signed-in participant or teacher: never built into
/// the static site, since they show private practice reflections. Same components and layout as the static pages.
/// </summary>
public static class CourseOnRequest
{
    /// <summary>The module page with the practice form as posted and its errors next to the fields.</summary>
    public static Task<string> ModuleWithPracticeAsync(SiteContext site, CourseModule module, FormState state, Cases.OwnCaseEntry? practiceCase = null) =>
        RenderAsync(site, new ModulePage(module, state, practiceCase));

    /// <summary>The module page with the practice form set to the catalogue experiment <paramref name="choice"/> names.</summary>
    public static Task<string> ModuleWithChoiceAsync(SiteContext site, CourseModule module, PracticeChoice choice) =>
        RenderAsync(site, new ModulePage(module, Choice: choice));

    /// <summary>The module page with the agenda-item practice form as posted and its errors next to the fields.</summary>
    public static Task<string> ModuleWithAgendaDraftAsync(SiteContext site, CourseModule module, FormState state) =>
        RenderAsync(site, new ModulePage(module, AgendaDraft: state));

    /// <summary>Any page rendered for one signed-in participant or teacher.</summary>
    public static Task<string> PersonalAsync(SiteContext site, SitePage page) => RenderAsync(site, page);

    /// <summary>A participant's own practice reflections in a module.</summary>
    public static Task<string> MineAsync(SiteContext site, CourseModule module, IReadOnlyList<PracticeEntry> entries, IReadOnlyList<AgendaDraftEntry>? drafts = null) =>
        RenderAsync(site, new MyPracticePage(module, entries) { Drafts = drafts ?? [] });

    /// <summary>A teacher's cohort in a module, next to the frontrunners.</summary>
    public static Task<string> CohortAsync(SiteContext site, CourseModule module, string cohort, IReadOnlyList<CohortComparison> comparisons,
        IReadOnlyList<AgendaDraftEntry>? drafts = null) =>
        RenderAsync(site, new CohortPracticePage(module, cohort, comparisons) { Drafts = drafts ?? [] });

    /// <summary>The page for a signed-in key that may not see <paramref name="path"/>.</summary>
    public static Task<string> AccessDeniedAsync(SiteContext site, CourseModule? module, string path, string message) =>
        RenderAsync(site, new CourseAccessDeniedPage(path, message, module));

    private static async Task<string> RenderAsync(SiteContext site, SitePage page)
    {
        await using var renderer = new PageRenderer(site);
        return await renderer.RenderAsync(page);
    }
}
