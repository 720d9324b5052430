namespace TransitionLab.Site.Generation;

/// <summary>What a build wrote.</summary>
/// <param name="OutputFolder">Folder that now holds the site.</param>
/// <param name="Pages">Site paths of the HTML pages written, in writing order.</param>
/// <param name="Files">Number of files written, pages and others.</param>
/// <param name="Elapsed">Time the build took.</param>
public sealed record SiteBuildReport(string OutputFolder, IReadOnlyList<string> Pages, int Files, TimeSpan Elapsed);
