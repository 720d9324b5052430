using TransitionLab.Core.Catalogue;
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

/// <summary>One course module.</summary>
/// <param name="Module">The module.</param>
public sealed record ModulePage(CourseModule Module) : SitePage(SiteUrls.Module(Module.Slug), Module.Title, Module.Summary)
{
    /// <inheritdoc />
    public override string OgType => "article";
    /// <inheritdoc />
    public override Type Component => typeof(ModuleView);
}

/// <summary>All modules on one page, for printing.</summary>
/// <param name="Modules">Modules in course order.</param>
public sealed record CourseReaderPage(IReadOnlyList<CourseModule> Modules) : SitePage(SiteUrls.CourseReader, Dutch.CourseReaderTitle, Dutch.CourseReaderDescription)
{
    /// <inheritdoc />
    public override Type Component => typeof(CourseReaderView);
}
