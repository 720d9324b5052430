namespace TransitionLab.Api.Tests.Durability;

/// <summary>A fresh directory per test, removed afterwards, so no test sees another's files.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public ScratchFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "transitionlab-durability-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Where the test's journal lives.</summary>
    public string Journal => File("reflections.journal");

    /// <summary>Where the test's LiteDB data file lives.</summary>
    public string Database => File("transitionlab.db");

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
