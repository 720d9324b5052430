using TransitionLab.Core.Experiments;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;
using TransitionLab.Site.Generation;

namespace TransitionLab.Site.Learning;

/// <summary>
/// One lesson for others, as a frontrunner wrote it in a reflection, with the experiment and cycle it was
/// learned in. A lesson repeated unchanged in later cycles counts once, at the cycle it was first written.
/// </summary>
/// <param name="Experiment">The experiment that taught it.</param>
/// <param name="Reflection">The reflection that first says it.</param>
/// <param name="Verdict">The experiment's current verdict.</param>
/// <param name="Stopped">Whether the experiment has stopped.</param>
public sealed record Lesson(Experiment Experiment, Reflection Reflection, ScalingVerdict Verdict, bool Stopped)
{
    /// <summary>The lesson's text.</summary>
    public string Text => Reflection.Lessons.LessonsLearned;

    /// <summary>An experiment has stopped: its catalogue status says so, or its latest reflection decided to stop.</summary>
    public static bool HasStopped(Experiment experiment, Reflection? latest) =>
        experiment.Status == ExperimentStatus.Stopped || latest?.Loop.Decision == LoopDecision.Stop;

    /// <summary>Every lesson of the site's experiments, newest first.</summary>
    public static IReadOnlyList<Lesson> All(SiteContext site) =>
        site.Catalogue.Experiments.SelectMany(e => Of(site, e))
            .OrderByDescending(l => l.Reflection.Date).ThenBy(l => l.Experiment.Slug, StringComparer.Ordinal).ThenByDescending(l => l.Reflection.Cycle)
            .ToArray();

    /// <summary>The lessons of one experiment, in cycle order.</summary>
    public static IEnumerable<Lesson> Of(SiteContext site, Experiment experiment)
    {
        var reflections = site.ReflectionsOf(experiment.Slug);
        if (reflections.Count == 0) yield break;
        var stopped = HasStopped(experiment, reflections[^1]);
        var verdict = site.VerdictOf(experiment.Slug);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in reflections)
            if (r.Lessons.LessonsLearned.Trim() is { Length: > 0 } text && seen.Add(text))
                yield return new Lesson(experiment, r, verdict, stopped);
    }
}
