using System.Diagnostics;
using System.Net;
using System.Runtime.Versioning;
using Xunit.Abstractions;

namespace TransitionLab.Reliability.Tests;

/// <summary>
/// Where the product keeps its data and who may read it, tried as a new user and an administrator would: a full
/// start on a fresh clone, with no folder named, leaves the clone clean; everything written is owner-only.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class DataAtRestTests(ITestOutputHelper output)
{
    private const UnixFileMode GroupOrOthers = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    [Theory]
    [InlineData("api")]
    [InlineData(".")]
    public async Task A_start_on_a_fresh_clone_leaves_git_status_empty_and_the_data_in_the_users_data_folder(string startedFrom)
    {
        await InTempFolder("transitionlab-clone-", async temp =>
        {
            var clone = Path.Combine(temp, "clone");
            var home = Path.Combine(temp, "home");
            Directory.CreateDirectory(home);
            Assert.Equal(0, Run("git", temp, "clone", "--quiet", "--no-hardlinks", Repository.Root, clone).ExitCode);

            // As `dotnet run --project api` starts it (or the dll from the root): no --data, no --content, a user of its own.
            await using (var api = await ApiProcess.StartInAsync(Path.Combine(clone, startedFrom), new Dictionary<string, string?>
                         {
                             ["HOME"] = home, ["XDG_DATA_HOME"] = null, ["TRANSITIONLAB_DATA"] = null,
                         }))
            {
                await WaitForAsync(() => api.Output.Contains("TransitionLab: http", StringComparison.Ordinal), api);
                var expected = Path.Combine(home, ".local", "share", "transitionlab");
                Assert.Contains($"TransitionLab data: {expected}", api.Output);
                Assert.True(File.Exists(Path.Combine(expected, "transitionlab.db")), api.Output);
                await WaitForAsync(() => File.Exists(Path.Combine(expected, "site", "index.html")), api);
                output.WriteLine(api.Output);
            }

            var status = Run("git", clone, "status", "--porcelain", "--untracked-files=all");
            Assert.Equal(0, status.ExitCode);
            Assert.Equal("", status.Output);
        });
    }

    [Fact]
    public async Task Everything_the_product_writes_is_readable_by_its_own_user_only()
    {
        await InTempFolder("transitionlab-modes-", async temp =>
        {
            var data = Path.Combine(temp, "data");
            await using (var api = await ApiProcess.StartAsync(data))
            {
                await WaitForAsync(() => api.Output.Contains("TransitionLab: http", StringComparison.Ordinal), api);
                // A sign-in makes the first Data Protection key; a reflection fills the journal and LiteDB's log.
                var key = api.Output.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("Demo frontrunner key", StringComparison.Ordinal)).Split(": ")[1];
                using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = api.BaseAddress };
                using var signIn = new HttpRequestMessage(HttpMethod.Post, "api/session") { Content = new FormUrlEncodedContent([new("key", key), new("returnUrl", "/")]) };
                signIn.Headers.Add("Origin", api.BaseAddress.GetLeftPart(UriPartial.Authority));
                Assert.Equal(HttpStatusCode.Redirect, (await http.SendAsync(signIn)).StatusCode);
                await WaitForAsync(() => Directory.Exists(Path.Combine(data, "dataprotection")) && Directory.EnumerateFiles(Path.Combine(data, "dataprotection")).Any(), api);

                Assert.DoesNotContain("warn:", api.Output);
                Assert.DoesNotContain("No XML encryptor", api.Output);
                Assert.Contains("stored unencrypted", api.Output);
            }
            var backup = Path.Combine(temp, "backup.db");
            var export = Path.Combine(temp, "export.json");
            Assert.Equal(0, (await ApiProcess.RunCommandAsync("backup", backup, "--data", data)).ExitCode);
            Assert.Equal(0, (await ApiProcess.RunCommandAsync("export", export, "--data", data)).ExitCode);

            var entries = Directory.EnumerateFileSystemEntries(data, "*", SearchOption.AllDirectories).Append(data).Append(backup).Append(export).ToArray();
            foreach (var entry in entries) output.WriteLine($"{Convert.ToString((int)File.GetUnixFileMode(entry), 8)} {entry}");
            Assert.Contains(entries, e => e.EndsWith("transitionlab.db", StringComparison.Ordinal));
            Assert.Contains(entries, e => e.Contains("dataprotection", StringComparison.Ordinal) && e.EndsWith(".xml", StringComparison.Ordinal));
            Assert.All(entries, e => Assert.True((File.GetUnixFileMode(e) & GroupOrOthers) == 0, $"{e} is {File.GetUnixFileMode(e)}"));
        });
    }

    [Fact]
    public async Task A_data_folder_that_others_may_read_gets_a_warning_at_start()
    {
        await InTempFolder("transitionlab-wide-", async temp =>
        {
            var data = Path.Combine(temp, "data");
            Directory.CreateDirectory(data);
            File.SetUnixFileMode(data, (UnixFileMode)Convert.ToInt32("755", 8));

            await using var api = await ApiProcess.StartAsync(data, "--Demo", "off");
            await WaitForAsync(() => api.Output.Contains("chmod -R go-rwx", StringComparison.Ordinal), api);

            Assert.Contains($"{data} (drwxr-xr-x)", api.Output);
        });
    }

    private static async Task WaitForAsync(Func<bool> condition, ApiProcess api)
    {
        if (!await Polling.Until(condition, TimeSpan.FromSeconds(90))) Assert.Fail("timed out; the API printed:\n" + api.Output);
    }

    private static async Task InTempFolder(string prefix, Func<string, Task> test)
    {
        var temp = Directory.CreateTempSubdirectory(prefix).FullName;
        try
        {
            await test(temp);
        }
        finally
        {
            // The API is killed by then, but a file it had open may still be closing; a try a moment later finds none.
            for (var attempt = 0; ; attempt++)
            {
                try { Directory.Delete(temp, recursive: true); break; }
                catch (IOException) when (attempt < 10) { await Task.Delay(500); }
            }
        }
    }

    private static (int ExitCode, string Output) Run(string file, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, text);
    }
}
