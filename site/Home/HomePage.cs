using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Home;

/// <summary>The home page: what the site is, the latest experiments, and where to go next.</summary>
/// <param name="Latest">The most recently changed experiments.</param>
/// <param name="Themes">All themes.</param>
public sealed record HomePage(IReadOnlyList<Experiment> Latest, IReadOnlyList<Theme> Themes) : SitePage("/", Dutch.SiteName, Dutch.SiteTagline)
{
    /// <inheritdoc />
    public override Type Component => typeof(HomeView);
}
