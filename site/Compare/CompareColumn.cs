using TransitionLab.Core.Experiments;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;
using TransitionLab.Site.Generation;

namespace TransitionLab.Site.Compare;

/// <summary>One experiment in a comparison: what its column shows.</summary>
/// <param name="Experiment">The experiment.</param>
/// <param name="Latest">Its latest reflection, where the figures and texts come from; <c>null</c> when none is recorded.</param>
/// <param name="Verdict">Its verdict.</param>
public sealed record CompareColumn(Experiment Experiment, Reflection? Latest, ScalingVerdict Verdict)
{
    /// <summary>The column of one experiment of the site.</summary>
    public static CompareColumn For(SiteContext site, Experiment experiment) =>
        new(experiment, site.LatestReflectionOf(experiment.Slug), site.VerdictOf(experiment.Slug));
}

/// <summary>A row of a comparison; its name marks the row in the page, so a static copy's script can fill it.</summary>
public enum CompareRow { Verdict, Evidence, Reached, Goals, WorkingCore, Conditions, OpenBarriers, Lessons }
