using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TransitionLab.Api.Hosting;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Tests;

/// <summary>
/// The API with its own temp data folder and the small fixture catalogue (2 experiments, 1 theme).
/// No demo data unless a test passes <c>demo: "seed"</c>. Each test makes its own factory.
/// A restart on an earlier run's store imports the catalogue behind the site it serves; the factory hands out the host
/// once that import is done (so a test may read the store at once), unless <paramref name="awaitCatalogue"/> is false.
/// </summary>
public sealed class ApiFactory(string demo = "off", string? dataFolder = null, IReadOnlyDictionary<string, string>? settings = null, bool awaitCatalogue = true)
    : WebApplicationFactory<Program>
{
    public const string Alpha = "netwerkberaden-alpha";
    public const string Beta = "mentoren-beta";

    public string DataFolder { get; } = dataFolder ?? Path.Combine(Path.GetTempPath(), "tl-api-tests", Guid.NewGuid().ToString("N"));

    public static string ContentFolder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "content");

    public static JsonSerializerOptions Json { get; } = CreateJson();

    /// <summary>A copy of the fixture catalogue that a test may change; the test deletes it.</summary>
    public static string CopyOfFixtureContent()
    {
        var copy = Path.Combine(Path.GetTempPath(), "tl-api-tests", "content-" + Guid.NewGuid().ToString("N"));
        FolderTree.Copy(ContentFolder, copy);
        return copy;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Data", DataFolder);
        builder.UseSetting("Content", ContentFolder);
        builder.UseSetting("Demo", demo);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (awaitCatalogue) host.Services.GetRequiredService<CatalogueReadiness>().Ready.GetAwaiter().GetResult();
        return host;
    }

    public Database Database => Services.GetRequiredService<Database>();

    /// <summary>A working key of the given role, stored directly.</summary>
    public string Key(KeyRole role, string[]? experiments = null, string? municipality = null) =>
        TestKeys.Issue(Database, role, experiments ?? [], municipality, DateTimeOffset.UtcNow).Secret;

    public HttpClient ClientWith(string? key)
    {
        var client = CreateClient();
        if (key is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public HttpClient Frontrunner(string slug = Alpha) => ClientWith(Key(KeyRole.Frontrunner, [slug]));
    public HttpClient Steward(string municipality = "Alphen") => ClientWith(Key(KeyRole.Steward, municipality: municipality));
    public HttpClient Admin() => ClientWith(Key(KeyRole.Admin));

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (dataFolder is not null)
        {
            WaitForStoreToClose();
            return;
        }
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    // The app built by Program.Main may still be disposing its services (and so hold the store's lock file)
    // when the factory returns; a test that reopens the same folder waits for it here.
    private void WaitForStoreToClose()
    {
        var lockFile = Path.Combine(DataFolder, StoreOptions.FileName + ".lock");
        for (var deadline = DateTime.UtcNow.AddSeconds(15); DateTime.UtcNow < deadline; Thread.Sleep(50))
        {
            try
            {
                using var probe = new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return;
            }
            catch (IOException) { }
        }
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiJson.Configure(options);
        return options;
    }
}

public static class HttpExtensions
{
    public static async Task<T> Read<T>(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(ApiFactory.Json))!;

    public static async Task<JsonElement> Json(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
