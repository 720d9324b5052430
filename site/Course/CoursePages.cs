using TransitionLab.Core.Catalogue;
using TransitionLab.Site.Forms;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Course;

/// <summary>The course overview.</summary>
/// <param name="Modules">Modules in course order.</param>
public sealed record CourseIndexPage(IReadOnlyList<CourseModule> Modules) : SitePage(SiteUrls.Course, Dutch.CourseTitle, Dutch.CourseDescription)
{
    /// <inheritdoc />
    public override Type Component => typeof(CourseIndexView);
}

/// <summary>One course module, with its practice form.</summary>
/// <param name="Module">The module.</param>
/// <param name="Practice">The practice form as posted, with its errors, when the API shows the page again; empty when built.</param>
/// <param name="PracticeCase">The own case the practice form is set to, when the API shows the page for a signed-in participant.</param>
/// <param name="AgendaDraft">The agenda-item practice form as posted, with its errors, when the API shows the page again.</param>
/// <param name="Choice">The catalogue experiment the practice form is set to, when the API shows the page for a chosen one.</param>
public sealed record ModulePage(CourseModule Module, FormState? Practice = null, Cases.OwnCaseEntry? PracticeCase = null, FormState? AgendaDraft = null,
    PracticeChoice? Choice = null)
    : SitePage(SiteUrls.Module(Module.Slug), Module.Title, Module.Summary)
{
    /// <inheritdoc />
    public override bool Indexed => Choice is null;

    /// <inheritdoc />
    public override string OgType => "article";
    /// <inheritdoc />
    public override Type Component => typeof(ModuleView);

    /// <summary>The practice form's values and errors.</summary>
    public FormState PracticeState => Practice ?? FormState.Empty;

    /// <summary>The agenda-item practice form's values and errors.</summary>
    public FormState AgendaDraftState => AgendaDraft ?? FormState.Empty;

    /// <summary>
    /// Whether the page offers to practise drafting an agenda item: on a module about the tactical layer, and always when a
    /// draft posted from it comes back with errors.
    /// </summary>
    public bool PractisesAgendaItems => AgendaDraft is not null || Module.Concepts.Contains(AgendaDraftForm.AgendaConcept, StringComparer.Ordinal);
}

/// <summary>All modules on one page, for printing.</summary>
/// <param name="Modules">Modules in course order.</param>
public sealed record CourseReaderPage(IReadOnlyList<CourseModule> Modules) : SitePage(SiteUrls.CourseReader, Dutch.CourseReaderTitle, Dutch.CourseReaderDescription)
{
    /// <inheritdoc />
    public override Type Component => typeof(CourseReaderView);
}
