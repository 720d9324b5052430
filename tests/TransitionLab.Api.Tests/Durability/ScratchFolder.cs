namespace TransitionLab.Api.Tests.Durability;

/// <summary>A <see cref="TempFolder"/> with the file names the durability tests share.</summary>
internal sealed class ScratchFolder : IDisposable
{
    private readonly TempFolder _folder = new("tl-durability-tests");

    public string Path => _folder.Path;

    /// <summary>Where the test's journal lives.</summary>
    public string Journal => File("reflections.journal");

    /// <summary>Where the test's LiteDB data file lives.</summary>
    public string Database => File("transitionlab.db");

    public string File(string name) => _folder.File(name);

    public void Dispose() => _folder.Dispose();
}
