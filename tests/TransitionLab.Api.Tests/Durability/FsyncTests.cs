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
    public void Flushing_a_directory_after_a_rename_succeeds_and_keeps_the_new_name()
    {
        // The way the store uses it: a file is moved into place, then its directory is flushed so the move lasts.
        var written = _folder.File("site.tmp");
        var final = _folder.File("site.db");
        File.WriteAllText(written, "nieuw");
        File.Move(written, final);

        var error = Record.Exception(() => Fsync.Directory(_folder.Path));

        Assert.Null(error);
        Assert.Equal(["site.db"], System.IO.Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
        Assert.Equal("nieuw", File.ReadAllText(final));
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
