using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Course;
using TransitionLab.Site.Forms;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Course.Exercises;

/// <summary>One saved version of a hand-in as the page shows it.</summary>
/// <param name="Number">Version number.</param>
/// <param name="SavedAt">When it was saved.</param>
/// <param name="HandedIn">Handed in, or a draft.</param>
/// <param name="Subject">What it is about, in words (an own case or a catalogue experiment), if anything.</param>
/// <param name="Answers">Answers by field name.</param>
/// <param name="CaseId">The own case it is about, if any.</param>
/// <param name="ExperimentSlug">The catalogue experiment it is about, if any.</param>
public sealed record WorkVersion(int Number, DateTimeOffset SavedAt, bool HandedIn, string? Subject, IReadOnlyDictionary<string, string> Answers,
    Guid? CaseId = null, string? ExperimentSlug = null);

/// <summary>A comment on a hand-in.</summary>
/// <param name="Author">Who wrote it.</param>
/// <param name="ByTeacher">Whether the teacher wrote it.</param>
/// <param name="Version">The version it was written on.</param>
/// <param name="Text">The comment.</param>
/// <param name="At">When.</param>
public sealed record WorkComment(string Author, bool ByTeacher, int Version, string Text, DateTimeOffset At);

/// <summary>A participant's work on one module's exercise, as the reader may see it.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Author">Who made it.</param>
/// <param name="Versions">Versions the reader may see, oldest first.</param>
/// <param name="Shared">Whether it is shared with the cohort.</param>
/// <param name="Comments">Comments, oldest first.</param>
/// <param name="Done">When the teacher marked it done.</param>
/// <param name="MayComment">Whether the reader may comment on it.</param>
public sealed record ExerciseWork(Guid Id, string Author, IReadOnlyList<WorkVersion> Versions, bool Shared, IReadOnlyList<WorkComment> Comments,
    DateTimeOffset? Done, bool MayComment)
{
    /// <summary>The latest handed-in version, if any.</summary>
    public WorkVersion? LatestHandIn => Versions.LastOrDefault(v => v.HandedIn);
}

/// <summary>Addresses of the exercise pages; on the API's origin, because they need the session.</summary>
public static class ExerciseUrls
{
    /// <summary>A module's exercise page: the hand-in form, one's own work and the cohort's.</summary>
    public static string Page(string module) => $"{SiteUrls.Module(module)}opdracht/";

    /// <summary>Where a comment on hand-in <paramref name="id"/> is posted.</summary>
    public static string Comment(Guid id) => $"/cursus/opdrachten/{id}/reactie";

    /// <summary>The exercise page after saving, at one's own work.</summary>
    public static string Saved(string module) => $"{Page(module)}?opgeslagen=1#uw-werk";

    /// <summary>The exercise page at hand-in <paramref name="id"/>.</summary>
    public static string At(string module, Guid id) => $"{Page(module)}#opdracht-{id}";
}

/// <summary>A module's exercise for one signed-in participant or teacher; rendered by the API per request, never stored.</summary>
/// <param name="Module">The module.</param>
/// <param name="Form">The exercise's hand-in form.</param>
/// <param name="Mine">The participant's own work; <c>null</c> for a teacher or before the first save.</param>
/// <param name="Others">The cohort's hand-ins the reader may see.</param>
/// <param name="IsTeacher">Whether the reader is the cohort's teacher.</param>
/// <param name="Cases">The cohort's own cases, to choose what the work is about.</param>
/// <param name="HandIn">The hand-in form as posted, with errors.</param>
/// <param name="CommentOn">The hand-in whose comment form was posted with errors, and its state.</param>
/// <param name="ReadAt">When the participant marked the module read; <c>null</c> while not read, and for a teacher.</param>
/// <param name="Experiments">The catalogue experiments the form offers, under headings.</param>
/// <param name="Search">The search for an experiment as typed, with its error when nothing was found.</param>
public sealed record ExercisePage(CourseModule Module, ExerciseForm Form, ExerciseWork? Mine, IReadOnlyList<ExerciseWork> Others, bool IsTeacher,
    IReadOnlyList<(string Value, string Text)> Cases, FormState HandIn, (Guid Id, FormState State)? CommentOn = null, DateTimeOffset? ReadAt = null,
    IReadOnlyList<OptionGroup>? Experiments = null, FormState? Search = null)
    : SitePage(ExerciseUrls.Page(Module.Slug), CohortText.ExerciseTitle(Module.Title), CohortText.ExerciseDescription)
{
    /// <inheritdoc />
    public override Type Component => typeof(ExerciseView);
    /// <inheritdoc />
    public override bool Indexed => false;

    /// <summary>The comment form's state for hand-in <paramref name="id"/>.</summary>
    public FormState CommentState(Guid id) => CommentOn is { } c && c.Id == id ? c.State : FormState.Empty;
}
