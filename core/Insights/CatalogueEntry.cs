using TransitionLab.Core.Experiments;
using TransitionLab.Core.Verdicts;

namespace TransitionLab.Core.Insights;

/// <summary>An experiment with its computed verdict: what the catalogue-wide insights read.</summary>
/// <param name="Experiment">The experiment.</param>
/// <param name="Verdict">Its verdict, computed by <see cref="VerdictEngine"/>.</param>
public sealed record CatalogueEntry(Experiment Experiment, ScalingVerdict Verdict);
