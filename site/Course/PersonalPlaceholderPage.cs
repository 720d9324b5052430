using TransitionLab.Core.Catalogue;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Course;

/// <summary>
/// The static stand-in for a personal course page (own practice reflections, a teacher's cohort).
/// The API answers those paths itself for a signed-in participant or teacher, so this page is what a
/// static host, or a visitor without a session, sees: what the page is for and where to sign in.
/// </summary>
/// <param name="Path">The personal page's path.</param>
/// <param name="Title">Its title.</param>
/// <param name="Module">The module it belongs to.</param>
public sealed record PersonalPlaceholderPage(string Path, string Title, CourseModule Module)
    : SitePage(Path, Title, CourseText.PersonalPageNote)
{
    /// <summary>Both personal pages of a module.</summary>
    public static IEnumerable<PersonalPlaceholderPage> For(CourseModule module)
    {
        yield return new(PracticeUrls.MinePath(module.Slug), CourseText.MyPracticeTitle(module.Title), module);
        yield return new(PracticeUrls.CohortPath(module.Slug), CourseText.CohortTitle(module.Title), module);
    }

    /// <inheritdoc />
    public override Type Component => typeof(PersonalPlaceholderView);

    /// <summary>A stand-in for someone's own page says nothing a search engine should list.</summary>
    public override bool Indexed => false;
}
