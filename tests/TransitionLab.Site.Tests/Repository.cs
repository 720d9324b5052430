namespace TransitionLab.Site.Tests;

/// <summary>Finds folders of the repository from the test assembly, wherever the tests run from.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Fixture(string name) => Path.Combine(Root, "tests", "fixtures", name);

    public static string Content => Path.Combine(Root, "content");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TransitionLab.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no TransitionLab.sln above {AppContext.BaseDirectory}");
    }
}
