namespace TransitionLab.EndToEnd.Tests;

/// <summary>What an administrator sees when the product starts: where the site is, and no warnings to puzzle over.</summary>
[Collection(ProductCollection.Name)]
public sealed class StartupOutputTests(ProductFixture product)
{
    [Fact]
    public void Start_prints_the_site_url_first_then_the_api_reference_and_no_warning()
    {
        var lines = product.Product.Output.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        // The start ends when the host says it started and the product printed its addresses (both on ApplicationStarted).
        var end = Math.Max(Array.FindIndex(lines, l => l.Contains("Application started", StringComparison.Ordinal)),
            Array.FindIndex(lines, l => l.StartsWith("API reference: ", StringComparison.Ordinal)));
        Assert.True(end > 0, "the product did not say it started:\n" + product.Product.Output);
        var start = lines[..(end + 1)];

        // What the product prints itself, apart from the log lines (and their indented continuations).
        var printed = start.Where(l => l.Length > 0 && !l.StartsWith(' ') && !IsLog(l)).ToArray();
        Assert.StartsWith($"TransitionLab: {product.Product.BaseAddress}", printed[0]);
        Assert.StartsWith($"API reference: {product.Product.BaseAddress}api/docs", printed[1]);
        var warnings = start.Where(l => l.StartsWith("warn:", StringComparison.Ordinal) || l.StartsWith("fail:", StringComparison.Ordinal) || l.StartsWith("crit:", StringComparison.Ordinal));
        Assert.True(!warnings.Any(), "the start printed warnings:\n" + string.Join("\n", start));
    }

    [Fact]
    public void Session_keys_are_kept_in_the_data_folder_for_its_owner_only()
    {
        var folder = Path.Combine(product.DataFolder, "dataprotection");
        Assert.NotEmpty(Directory.GetFiles(folder, "key-*.xml"));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
    }

    private static bool IsLog(string line) => line.Length > 5 && line[4] == ':' && line[..4] is "info" or "warn" or "fail" or "crit" or "dbug" or "trce";
}
