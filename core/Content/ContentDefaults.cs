namespace TransitionLab.Core.Content;

/// <summary>Where the product looks for things when nobody says otherwise.</summary>
public static class ContentDefaults
{
    /// <summary>
    /// The content folder: <c>content/</c> in the current directory, or in the nearest parent that has
    /// one, so <c>dotnet run --project site</c> works from the repository root and from inside a project.
    /// </summary>
    public static string FindContentFolder(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "content");
            if (Directory.Exists(Path.Combine(candidate, "experiments"))) return candidate;
        }
        return Path.Combine(start, "content");
    }
}
