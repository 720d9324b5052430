using TransitionLab.Api.Durability;

namespace TransitionLab.Api.Tests.Durability;

public sealed class FsyncTests : IDisposable
{
    private readonly ScratchFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Flushes_a_file_and_leaves_its_contents()
    {
        string path = _folder.File("data.db");
        File.WriteAllText(path, "kept");

        Fsync.File(path);

        Assert.Equal("kept", File.ReadAllText(path));
    }

    [Fact]
    public void Flushes_a_directory()
    {
        Fsync.Directory(_folder.Path);
    }

    [Fact]
    public void A_missing_file_is_an_error_not_a_silent_success()
    {
        Assert.Throws<FileNotFoundException>(() => Fsync.File(_folder.File("missing.db")));
    }

    [Fact]
    public void A_missing_directory_is_an_error_not_a_silent_success()
    {
        Assert.Throws<IOException>(() => Fsync.Directory(_folder.File("missing")));
    }
}
