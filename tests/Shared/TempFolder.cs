namespace TransitionLab.Tests.Shared;

/// <summary>
/// A folder of the test's own under the system's temp folder, owner-only like the product's data folder (so the
/// API does not warn about it), deleted with its contents on dispose.
/// </summary>
public sealed class TempFolder : IDisposable
{
    /// <summary>Creates the folder; <paramref name="purpose"/> names it, so a leftover tells which tests left it.</summary>
    public TempFolder(string purpose = "tl-tests")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), purpose, Guid.NewGuid().ToString("N"));
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(Path);
        else Directory.CreateDirectory(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public string Path { get; }

    /// <summary>The path of <paramref name="name"/> inside the folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        // A stopped API may still hold a file for a moment; a leftover in the temp folder must not fail the test.
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
