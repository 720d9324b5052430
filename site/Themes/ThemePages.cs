using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Themes;

/// <summary>The list of themes.</summary>
/// <param name="Themes">Themes with the number of experiments in each.</param>
public sealed record ThemeIndexPage(IReadOnlyList<(Theme Theme, int Experiments)> Themes) : SitePage(SiteUrls.Themes, Dutch.ThemesTitle, Dutch.ThemesDescription)
{
    /// <inheritdoc />
    public override Type Component => typeof(ThemeIndexView);
}

/// <summary>One theme and its experiments.</summary>
/// <param name="Theme">The theme.</param>
/// <param name="Experiments">Experiments in this theme.</param>
public sealed record ThemePage(Theme Theme, IReadOnlyList<Experiment> Experiments) : SitePage(SiteUrls.Theme(Theme.Slug), Theme.Title, Theme.Summary)
{
    /// <inheritdoc />
    public override string? FeedPath => Path + "feed.xml";

    /// <inheritdoc />
    public override Type Component => typeof(ThemeView);
}
