using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Site.Course;
using TransitionLab.Site.Course.Cases;
using TransitionLab.Site.Course.Exercises;
using TransitionLab.Site.Course.Progress;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Intake;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Forms;

/// <summary>
/// The static stand-in for a page that needs a session (the course's personal pages, a frontrunner's
/// reflection form, the intake). The API answers those paths itself for someone signed in, so this page
/// is what a static host, or a visitor without a session, sees: what the page is for, where to sign in,
/// and the way back. Without it a build without an API would link to pages it never wrote.
/// </summary>
/// <param name="Path">The personal page's path.</param>
/// <param name="Title">Its title.</param>
/// <param name="Note">Who the page is for and what they see after signing in.</param>
/// <param name="BackUrl">The public page it belongs to.</param>
/// <param name="BackLabel">Link text for <paramref name="BackUrl"/>.</param>
public sealed record PersonalPlaceholderPage(string Path, string Title, string Note, string BackUrl, string BackLabel)
    : SitePage(Path, Title, Note)
{
    /// <summary>The personal pages of a module: own practice, the cohort, the exercise.</summary>
    public static IEnumerable<PersonalPlaceholderPage> For(CourseModule module)
    {
        var back = SiteUrls.Module(module.Slug);
        yield return new(PracticeUrls.MinePath(module.Slug), CourseText.MyPracticeTitle(module.Title), CourseText.PersonalPageNote, back, CourseText.BackToModule);
        yield return new(PracticeUrls.CohortPath(module.Slug), CourseText.CohortTitle(module.Title), CourseText.PersonalPageNote, back, CourseText.BackToModule);
        yield return new(ExerciseUrls.Page(module.Slug), CohortText.ExerciseTitle(module.Title), CohortText.ExerciseSignInNote, back, CourseText.BackToModule);
    }

    /// <summary>Progress through the modules.</summary>
    public static PersonalPlaceholderPage ForProgress() =>
        new(ProgressUrls.Page, CohortText.ProgressTitle, CohortText.ProgressSignInNote, SiteUrls.Course, CohortText.BackToCourse);

    /// <summary>The cohort's own cases.</summary>
    public static PersonalPlaceholderPage ForOwnCases() =>
        new(OwnCaseUrls.List, CohortText.CasesTitle, CohortText.CasesSignInNote, SiteUrls.Course, CohortText.BackToCourse);

    /// <summary>The reflection form of <paramref name="experiment"/>.</summary>
    public static PersonalPlaceholderPage ForReflectionForm(Experiment experiment) =>
        new(SiteUrls.ReflectionForm(experiment.Slug), $"{FormText.FormPageTitle}: {experiment.Title}", FormText.ReflectionSignInNote,
            SiteUrls.Experiment(experiment.Slug), FormText.BackToExperiment);

    /// <summary>The intake's registration form.</summary>
    public static PersonalPlaceholderPage ForRegistration() =>
        new(IntakeUrls.Register, IntakeText.RegisterTitle, IntakeText.RegisterSignInNote, SiteUrls.Experiments, IntakeText.BackToExperiments);

    /// <summary>The editors' page.</summary>
    public static PersonalPlaceholderPage ForReview() =>
        new(IntakeUrls.Review, IntakeText.ReviewTitle, IntakeText.ReviewSignInNote, "/", IntakeText.BackToHome);

    /// <inheritdoc />
    public override Type Component => typeof(PersonalPlaceholderView);

    /// <summary>A stand-in for someone's own page says nothing a search engine should list.</summary>
    public override bool Indexed => false;
}
