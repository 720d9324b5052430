namespace TransitionLab.Site.Generation;

/// <summary>What a build wrote.</summary>
/// <param name="OutputFolder">Folder that now holds the site.</param>
/// <param name="Pages">Site paths of the HTML pages written, in writing order.</param>
/// <param name="Files">Number of files written, pages and others.</param>
/// <param name="Unchanged">Files kept from the previous build because their content did not change.</param>
/// <param name="Elapsed">Time the build took.</param>
/// <param name="Steps">Time per step, in build order.</param>
public sealed record SiteBuildReport(string OutputFolder, IReadOnlyList<string> Pages, int Files, int Unchanged, TimeSpan Elapsed, IReadOnlyList<BuildStep> Steps);

/// <summary>How long one step of the build took.</summary>
/// <param name="Name">Step name, e.g. <c>render+write</c>.</param>
/// <param name="Elapsed">Its wall time.</param>
public sealed record BuildStep(string Name, TimeSpan Elapsed);
