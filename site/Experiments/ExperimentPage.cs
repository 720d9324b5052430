using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;
using TransitionLab.Site.Generation;

namespace TransitionLab.Site.Experiments;

/// <summary>The page of one experiment, with its reflections.</summary>
/// <param name="Experiment">The experiment.</param>
/// <param name="Reflections">Its reflections in cycle order; empty when none are recorded.</param>
/// <param name="Verdict">Its verdict, computed once for the build.</param>
public sealed record ExperimentPage(Experiment Experiment, IReadOnlyList<Reflection> Reflections, ScalingVerdict Verdict) : SitePage(SiteUrls.Experiment(Experiment.Slug), Experiment.Title, Experiment.Summary)
{
    /// <inheritdoc />
    public override string OgType => "article";
    /// <inheritdoc />
    public override Type Component => typeof(ExperimentView);
}
