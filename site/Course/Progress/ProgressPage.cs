using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Course;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Course.Progress;

/// <summary>Addresses of the progress pages; on the API's origin, because they need the session.</summary>
public static class ProgressUrls
{
    /// <summary>Own progress, or the teacher's cohort table.</summary>
    public const string Page = "/cursus/voortgang/";

    /// <summary>The teacher's cohort table as CSV.</summary>
    public const string Csv = "/cursus/voortgang/voortgang.csv";
}

/// <summary>Progress through the course for one signed-in participant (own row) or teacher (the cohort); rendered per request.</summary>
/// <param name="Modules">The modules in course order.</param>
/// <param name="Table">The progress the reader may see.</param>
/// <param name="IsTeacher">Whether the reader is the cohort's teacher.</param>
public sealed record ProgressPage(IReadOnlyList<CourseModule> Modules, CohortProgressTable Table, bool IsTeacher)
    : SitePage(ProgressUrls.Page, CohortText.ProgressTitle, CohortText.ProgressDescription)
{
    /// <inheritdoc />
    public override Type Component => typeof(ProgressView);
    /// <inheritdoc />
    public override bool Indexed => false;
}
