using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>
/// The product as users run it: the API process serving the built site, on its own data folder and
/// port. Tests talk to it over HTTP and through a browser, never through its internals.
/// </summary>
public sealed class ProductProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ProductProcess(Process process, Uri baseAddress, string dataFolder)
    {
        _process = process;
        BaseAddress = baseAddress;
        DataFolder = dataFolder;
    }

    public Uri BaseAddress { get; }
    public string DataFolder { get; }
    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>Starts the API on a free loopback port and waits until /healthz answers.</summary>
    public static async Task<ProductProcess> StartAsync(string? dataFolder = null, params string[] extraArgs)
    {
        if (!File.Exists(RepositoryPaths.ApiAssembly))
            throw new InvalidOperationException($"The API is not built at {RepositoryPaths.ApiAssembly}; run dotnet build first.");
        dataFolder ??= Directory.CreateTempSubdirectory("transitionlab-e2e-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { RepositoryPaths.ApiAssembly, "--urls", $"http://127.0.0.1:{port}", "--data", dataFolder, "--content", RepositoryPaths.Content }.Concat(extraArgs))
            start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the API");
        var product = new ProductProcess(process, new Uri($"http://127.0.0.1:{port}/"), dataFolder);
        process.OutputDataReceived += (_, e) => product.Append(e.Data);
        process.ErrorDataReceived += (_, e) => product.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await product.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));
        return product;
    }

    /// <summary>Kills the process without letting it shut down, as a crash or power cut would.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        await Task.CompletedTask;
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
            await Task.Delay(250);
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
