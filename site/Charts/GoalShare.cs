using TransitionLab.Core.Reflections;

namespace TransitionLab.Site.Charts;

/// <summary>How far a goal's measurement has come on the way from its baseline to its target.</summary>
public static class GoalShare
{
    /// <summary>0 at the baseline, 1 at the target; below 0 or above 1 when it moved away or past. A goal whose
    /// baseline is its target is reached.</summary>
    public static double Of(GoalMeasurement g) => g.Target == g.Baseline ? 1.0 : (double)((g.Current - g.Baseline) / (g.Target - g.Baseline));

    /// <summary>The share as a whole percentage, the way the page prints it.</summary>
    public static int Percent(GoalMeasurement g) => (int)Math.Round(Of(g) * 100);
}
