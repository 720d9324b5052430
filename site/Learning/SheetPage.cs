using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Learning;

/// <summary>
/// <c>/experimenten/&lt;slug&gt;/blad/</c>: one experiment on one printed A4 page, dated, for a policy officer
/// to attach to a council proposal: the verdict and why, the goals and progress, what adopting it takes, the
/// lessons, who is involved and the sources.
/// </summary>
/// <param name="Experiment">The experiment.</param>
/// <param name="Reflections">Its reflections in cycle order, for the goal chart; empty when none are recorded.</param>
/// <param name="Verdict">Its verdict.</param>
public sealed record SheetPage(Experiment Experiment, IReadOnlyList<Reflection> Reflections, ScalingVerdict Verdict)
    : SitePage(SiteUrls.Sheet(Experiment.Slug), Experiment.Title, LearningText.SheetDescription(Experiment.Title))
{
    /// <inheritdoc />
    public override Type Component => typeof(SheetView);

    /// <summary>The latest reflection; <c>null</c> when none is recorded.</summary>
    public Reflection? Latest => Reflections.Count > 0 ? Reflections[^1] : null;

    /// <summary>The sheet of one experiment of the site.</summary>
    public static SheetPage For(SiteContext site, Experiment experiment) =>
        new(experiment, site.ReflectionsOf(experiment.Slug), site.VerdictOf(experiment.Slug));
}
