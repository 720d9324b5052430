using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Reflections;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Course;

/// <summary>A practice reflection as its participant reads it back.</summary>
/// <param name="Experiment">The catalogue experiment practised on.</param>
/// <param name="Reflection">The practice reflection.</param>
public sealed record PracticeEntry(Experiment Experiment, Reflection Reflection);

/// <summary>What a teacher compares of one reflection: the participant's or the frontrunners'.</summary>
/// <param name="Participant">Key id of the participant; <c>null</c> for the frontrunners.</param>
/// <param name="Cycle">Cycle.</param>
/// <param name="Date">Date of the reflection.</param>
/// <param name="EvidenceLevel">Evidence level.</param>
/// <param name="Result">Result of the hypothesis.</param>
/// <param name="Decision">Decision of the learning loop.</param>
/// <param name="Barriers">Barrier kinds named.</param>
/// <param name="RegimeBarriers">Barrier kinds named at regime level.</param>
public sealed record ComparedReflection(string? Participant, int Cycle, DateOnly Date, EvidenceLevel EvidenceLevel, HypothesisResult Result,
    LoopDecision Decision, IReadOnlyList<BarrierKind> Barriers, IReadOnlyList<BarrierKind> RegimeBarriers);

/// <summary>A cohort's practice reflections on one experiment next to the frontrunners' latest reflection.</summary>
/// <param name="Experiment">The experiment practised on.</param>
/// <param name="Frontrunners">The frontrunners' latest reflection; <c>null</c> when they have none.</param>
/// <param name="Practice">The cohort's practice reflections, oldest first.</param>
public sealed record CohortComparison(Experiment Experiment, ComparedReflection? Frontrunners, IReadOnlyList<ComparedReflection> Practice);

/// <summary>A participant's own practice reflections in one module; rendered by the API for the signed-in participant only.</summary>
/// <param name="Module">The module.</param>
/// <param name="Entries">The participant's practice reflections in this module, newest first.</param>
public sealed record MyPracticePage(CourseModule Module, IReadOnlyList<PracticeEntry> Entries)
    : SitePage(PracticeUrls.MinePath(Module.Slug), CourseText.MyPracticeTitle(Module.Title), CourseText.MyPracticeDescription)
{
    /// <summary>The participant's practice drafts of agenda items in this module, newest first.</summary>
    public IReadOnlyList<AgendaDraftEntry> Drafts { get; init; } = [];

    /// <inheritdoc />
    public override Type Component => typeof(MyPracticeView);
}

/// <summary>A teacher's view of their cohort's practice in one module; rendered by the API for the signed-in teacher only.</summary>
/// <param name="Module">The module.</param>
/// <param name="Cohort">The teacher's cohort.</param>
/// <param name="Comparisons">One per experiment the cohort practised on, in catalogue order.</param>
public sealed record CohortPracticePage(CourseModule Module, string Cohort, IReadOnlyList<CohortComparison> Comparisons)
    : SitePage(PracticeUrls.CohortPath(Module.Slug), CourseText.CohortTitle(Module.Title), CourseText.CohortDescription(Cohort))
{
    /// <summary>The cohort's practice drafts of agenda items in this module, newest first.</summary>
    public IReadOnlyList<AgendaDraftEntry> Drafts { get; init; } = [];

    /// <inheritdoc />
    public override Type Component => typeof(CohortPracticeView);
}

/// <summary>The answer to a signed-in key that may not see a course page.</summary>
/// <param name="Path">The page asked for.</param>
/// <param name="Message">Who the page is for.</param>
/// <param name="Module">The module, to link back to; the course overview when <c>null</c>.</param>
public sealed record CourseAccessDeniedPage(string Path, string Message, CourseModule? Module)
    : SitePage(Path, CourseText.ForbiddenTitle, CourseText.ForbiddenDescription)
{
    /// <inheritdoc />
    public override Type Component => typeof(CourseAccessDeniedView);
}
