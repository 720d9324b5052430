using TransitionLab.Site.Generation;

namespace TransitionLab.Site.Tests;

/// <summary>A full build replaces the served folder while a server reads from it.</summary>
public sealed class FolderSwapTests
{
    [Fact]
    public void A_new_build_replaces_the_folder_without_a_moment_in_which_a_page_is_missing()
    {
        using var temp = new TempFolder();
        var target = temp.File("site");
        var page = Path.Combine(target, "index.html");
        Commit(target, "0");
        var missing = 0;
        var stop = false;
        var reader = new Thread(() =>
        {
            while (!Volatile.Read(ref stop))
                if (!File.Exists(page)) Interlocked.Increment(ref missing);
        });
        reader.Start();

        const int Builds = 300;
        for (var i = 1; i <= Builds; i++) Commit(target, i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Volatile.Write(ref stop, true);
        reader.Join();

        Assert.Equal(0, missing);
        Assert.Equal($"{Builds}", File.ReadAllText(page));
        // Neither the staging folders nor the previous outputs are left behind.
        Assert.Equal([target], Directory.EnumerateDirectories(temp.Path));
    }

    private static void Commit(string target, string text)
    {
        using var output = new OutputFolder(target);
        output.Write("index.html", text);
        output.Commit();
    }
}
