using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TransitionLab.Api.Decisions;
using TransitionLab.Api.Keys;
using TransitionLab.Core.Decisions;

namespace TransitionLab.Api.Tests;

/// <summary>Youth care is bought by regions and some experiments are national policy: steward keys are scoped to match.</summary>
public class StewardScopeApiTests
{
    private const string Path = $"/api/experiments/{ApiFactory.Alpha}/decisions";

    private static HttpClient StewardOf(ApiFactory api, StewardScope scope) =>
        api.ClientWith(TestKeys.Issue(api.Database, KeyRole.Steward, [], null, DateTimeOffset.UtcNow, "test", scope: scope).Secret);

    [Fact]
    public async Task A_regional_steward_decides_for_a_municipality_in_the_region_and_the_decision_names_the_region()
    {
        using var api = new ApiFactory();
        var steward = StewardOf(api, StewardScope.ForRegion("Jeugdregio Holland Rijnland", ["Leiden", "Alphen"]));

        var response = await steward.PostAsJsonAsync(Path, Samples.Decision("mark-for-scaling"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Json();
        Assert.Equal("region", body.GetProperty("level").GetString());
        Assert.Equal("Jeugdregio Holland Rijnland", body.GetProperty("area").GetString());
    }

    [Fact]
    public async Task A_regional_steward_outside_the_region_is_forbidden()
    {
        using var api = new ApiFactory();
        var steward = StewardOf(api, StewardScope.ForRegion("Groningen-Noord", ["Bedum", "Winsum"]));

        Assert.Equal(HttpStatusCode.Forbidden, (await steward.PostAsJsonAsync(Path, Samples.Decision())).StatusCode);
        Assert.Equal(0, api.Database.Decisions.Count());
    }

    [Fact]
    public async Task A_national_steward_decides_anywhere_and_a_municipal_decision_names_its_municipality()
    {
        using var api = new ApiFactory();

        var national = await (await StewardOf(api, StewardScope.National).PostAsJsonAsync(Path, Samples.Decision())).Json();
        var municipal = await (await api.Steward("Alphen").PostAsJsonAsync(Path, Samples.Decision())).Json();

        Assert.Equal(("national", "Nederland"), (national.GetProperty("level").GetString(), national.GetProperty("area").GetString()));
        Assert.Equal(("municipality", "Alphen"), (municipal.GetProperty("level").GetString(), municipal.GetProperty("area").GetString()));
    }

    [Fact]
    public async Task An_admin_makes_a_regional_key_and_a_region_of_one_municipality_is_refused()
    {
        using var api = new ApiFactory();
        var admin = api.Admin();

        var bad = await admin.PostAsJsonAsync("/api/keys", JsonNode.Parse("""{ "role": "steward", "level": "region", "region": "Rijnland", "municipalities": ["Alphen"] }"""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.True((await bad.Json()).GetProperty("errors").TryGetProperty("municipalities", out _));

        var good = await admin.PostAsJsonAsync("/api/keys", JsonNode.Parse("""{ "role": "steward", "level": "region", "region": "Rijnland", "municipalities": ["Alphen", "Leiden"] }"""));
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        var created = await good.Json();
        var details = created.GetProperty("details");
        Assert.Equal("region", details.GetProperty("level").GetString());
        Assert.Equal(2, details.GetProperty("municipalities").GetArrayLength());

        var steward = api.ClientWith(created.GetProperty("key").GetString());
        Assert.Equal(HttpStatusCode.Created, (await steward.PostAsJsonAsync(Path, Samples.Decision())).StatusCode);
    }

    [Fact]
    public void The_command_line_makes_regional_and_national_keys()
    {
        using var temp = new TempFolder("tl-cli-tests");
        var data = temp.Path;
        var output = new StringWriter();
        Assert.Equal(0, KeysCommand.Run(["keys", "create", "--role", "steward", "--level", "region", "--region", "Walcheren",
            "--municipality", "Middelburg", "--municipality", "Vlissingen", "--data", data], output, new StringWriter()));
        Assert.Equal(0, KeysCommand.Run(["keys", "create", "--role", "steward", "--level", "national", "--data", data], output, new StringWriter()));
        var error = new StringWriter();
        Assert.Equal(2, KeysCommand.Run(["keys", "create", "--role", "steward", "--level", "provincie", "--data", data], output, error));
        Assert.Contains("unknown level 'provincie'", error.ToString());

        var list = new StringWriter();
        KeysCommand.Run(["keys", "list", "--data", data], list, new StringWriter());
        Assert.Contains("region Walcheren: Middelburg,Vlissingen", list.ToString());
        Assert.Contains("\tnational\t", list.ToString());
    }
}
