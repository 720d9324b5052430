namespace TransitionLab.Tests.Shared;

/// <summary>Copies of fixture folders that a test may change without touching the originals.</summary>
public static class FolderTree
{
    /// <summary>Copies the files of <paramref name="from"/> that match <paramref name="pattern"/> into <paramref name="to"/>, keeping sub-folders.</summary>
    public static void Copy(string from, string to, string pattern = "*")
    {
        foreach (var file in Directory.EnumerateFiles(from, pattern, SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
