using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TransitionLab.Api.Decisions;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Tests;

public class ErrorsAndConfigurationTests
{
    public static TheoryData<string, string> WriteEndpoints => new()
    {
        { "POST", "/api/experiments" },
        { "POST", "/api/experiments/import" },
        { "POST", $"/api/experiments/{ApiFactory.Alpha}/reflections" },
        { "PUT", $"/api/reflections/{Guid.NewGuid()}" },
        { "POST", $"/api/experiments/{ApiFactory.Alpha}/decisions" },
        { "PUT", $"/api/decisions/{Guid.NewGuid()}" },
        { "POST", "/api/keys" },
        { "DELETE", "/api/keys/key_x" },
    };

    [Theory]
    [MemberData(nameof(WriteEndpoints))]
    public async Task Every_write_without_a_key_is_401_before_the_body_is_read(string method, string path)
    {
        using var api = new ApiFactory();
        foreach (var body in new[] { "", "{not json", "{\"unknown\": 1}" })
        {
            var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            var response = await api.CreateClient().SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public async Task Unknown_route_is_problem_details()
    {
        using var api = new ApiFactory();
        var response = await api.CreateClient().GetAsync("/api/bestaat-niet");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Unknown_fields_are_400_for_drafts_decisions_and_corrections()
    {
        using var api = new ApiFactory();
        var draft = Samples.Draft("nieuw-experiment");
        draft["owner"] = "x";
        var draftResponse = await api.Admin().PostAsJsonAsync("/api/experiments", draft);
        Assert.Equal(HttpStatusCode.BadRequest, draftResponse.StatusCode);
        Assert.True((await draftResponse.Json()).GetProperty("errors").TryGetProperty("owner", out _));

        var decision = Samples.Decision();
        decision["vote"] = 3;
        Assert.Equal(HttpStatusCode.BadRequest, (await api.Steward().PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/decisions", decision)).StatusCode);

        var frontrunner = api.Frontrunner();
        var id = (await (await frontrunner.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", Samples.Reflection())).Json()).GetProperty("id").GetGuid();
        var correction = Samples.Reflection();
        correction["id"] = id.ToString();
        Assert.Equal(HttpStatusCode.BadRequest, (await frontrunner.PutAsJsonAsync($"/api/reflections/{id}", correction)).StatusCode);
    }

    [Fact]
    public async Task Invalid_decision_update_is_422_and_keeps_the_old_version()
    {
        using var api = new ApiFactory();
        var steward = api.Steward();
        var created = await steward.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/decisions", Samples.Decision());
        var id = (await created.Json()).GetProperty("id").GetGuid();
        var invalid = Samples.Decision("stop");
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/decisions/{id}") { Content = JsonContent.Create(invalid) };
        request.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await steward.SendAsync(request)).StatusCode);
        Assert.Equal(1, api.Database.Decisions.FindById(id).Version);
    }

    [Fact]
    public void Data_folder_comes_from_configuration_then_environment_then_default()
    {
        IConfiguration Config(string? data) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Data"] = data }).Build();
        var previous = Environment.GetEnvironmentVariable("TRANSITIONLAB_DATA");
        try
        {
            Environment.SetEnvironmentVariable("TRANSITIONLAB_DATA", null);
            // The default is the user's data folder, never a folder relative to where the API was started.
            var userData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            Assert.Equal(Path.Combine(userData, "transitionlab"), StoreOptions.From(Config(null)).DataFolder);
            Assert.False(StoreOptions.From(Config(null)).Chosen);
            Environment.SetEnvironmentVariable("TRANSITIONLAB_DATA", "/tmp/tl-env");
            Assert.Equal("/tmp/tl-env", StoreOptions.From(Config(null)).DataFolder);
            Assert.True(StoreOptions.From(Config(null)).Chosen);
            Assert.Equal("/tmp/tl-config", StoreOptions.From(Config("/tmp/tl-config")).DataFolder);
            Assert.EndsWith("transitionlab.db", StoreOptions.From(Config("/tmp/tl-config")).FilePath);
        }
        finally
        {
            Environment.SetEnvironmentVariable("TRANSITIONLAB_DATA", previous);
        }
    }

    [Fact]
    public void Settings_files_are_read_once_and_not_watched()
    {
        // A watch would cover the folder the API was started from and every folder below it: from a home folder,
        // every folder of the built site.
        using var api = new ApiFactory();
        var configuration = (IConfigurationRoot)api.Services.GetRequiredService<IConfiguration>();

        var files = configuration.Providers.OfType<FileConfigurationProvider>().ToArray();

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.False(file.Source.ReloadOnChange, file.Source.Path));
    }

    [Fact]
    public void Seed_demo_flag_becomes_configuration()
    {
        Assert.Equal(["--data", "x", "--Demo=seed"], TransitionLab.Api.Hosting.CommandLine.Normalise(["--data", "x", "--seed-demo"]));
    }
}
