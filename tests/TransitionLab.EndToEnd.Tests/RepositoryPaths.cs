namespace TransitionLab.EndToEnd.Tests;

/// <summary>Finds the repository and the API's build output from the test assembly's location.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: whatever this test assembly was built as, so the API matches it.</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Debug";

    public static string ApiAssembly => Path.Combine(Root, "api", "bin", Configuration, "net10.0", "TransitionLab.Api.dll");

    public static string Content => Path.Combine(Root, "content");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TransitionLab.sln"))) return dir.FullName;
        throw new InvalidOperationException("TransitionLab.sln not found above " + AppContext.BaseDirectory);
    }
}
