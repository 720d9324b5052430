using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TransitionLab.Tests.Shared;

/// <summary>
/// The API as a real process on a data folder of the test's choosing, so a test can kill it with SIGKILL
/// and start it again on the same store.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ApiProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>Where it listens.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Everything it printed so far.</summary>
    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>Starts the API on a free loopback port and waits until /healthz answers.</summary>
    public static Task<ApiProcess> StartAsync(string dataFolder, params string[] extraArgs) =>
        StartInAsync(Repository.Root, new Dictionary<string, string?>(), ["--data", dataFolder, "--content", Repository.Content, .. extraArgs]);

    /// <summary>
    /// Starts the API as <c>dotnet run</c> would from <paramref name="workingDirectory"/>, with its own environment
    /// (a value of <c>null</c> removes a variable) and only the given arguments besides <c>--urls</c>.
    /// </summary>
    public static async Task<ApiProcess> StartInAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var port = FreePort();
        var process = Start(["--urls", $"http://127.0.0.1:{port}", .. args], workingDirectory, environment);
        var api = new ApiProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        process.OutputDataReceived += (_, e) => api.Append(e.Data);
        process.ErrorDataReceived += (_, e) => api.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // A first start builds the site before it answers: 17 s on a machine busy with other suites, where 60 s proved too short.
        await api.WaitUntilHealthyAsync(TimeSpan.FromSeconds(180));
        return api;
    }

    /// <summary>Runs a command of the API (<c>keys</c>, <c>backup</c>, …) to its end; returns exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(params string[] args)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>SIGKILL: no shutdown, no flush, as a crash would end it.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    private static Process Start(IEnumerable<string> args, string? workingDirectory = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        if (!File.Exists(Repository.ApiAssembly))
            throw new InvalidOperationException($"The API is not built at {Repository.ApiAssembly}; run dotnet build first.");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? Repository.Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.ArgumentList.Add(Repository.ApiAssembly);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        return Process.Start(start) ?? throw new InvalidOperationException("could not start the API");
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the API exited with {_process.ExitCode}:\n{Output}");
            try
            {
                if ((await http.GetAsync("healthz")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"the API did not answer /healthz within {timeout.TotalSeconds} s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The repository and the API's build output, found from the test assembly's location.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: whatever this test assembly was built as, so the API matches it.</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Debug";

    public static string ApiAssembly => Path.Combine(Root, "api", "bin", Configuration, "net10.0", "TransitionLab.Api.dll");

    public static string Content => Path.Combine(Root, "content");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "TransitionLab.sln"))) return dir.FullName;
        throw new InvalidOperationException("TransitionLab.sln not found above " + AppContext.BaseDirectory);
    }
}
