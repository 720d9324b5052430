using System.Net;
using System.Net.Http.Json;
using TransitionLab.Api.Decisions;

namespace TransitionLab.Api.Tests;

public class DecisionsApiTests
{
    private const string Path = $"/api/experiments/{ApiFactory.Alpha}/decisions";

    [Fact]
    public async Task Steward_records_a_decision_with_etag()
    {
        using var api = new ApiFactory();
        var response = await api.Steward().PostAsJsonAsync(Path, Samples.Decision());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        var id = (await response.Json()).GetProperty("id").GetGuid();

        var get = await api.CreateClient().GetAsync($"/api/decisions/{id}");
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(response.Headers.ETag, get.Headers.ETag);
        var list = await (await api.CreateClient().GetAsync(Path)).Json();
        Assert.Equal("mainstreamed", list[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Decision_needs_steward_of_the_municipality()
    {
        using var api = new ApiFactory();
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.CreateClient().PostAsJsonAsync(Path, Samples.Decision())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Steward("Bedum").PostAsJsonAsync(Path, Samples.Decision())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Frontrunner().PostAsJsonAsync(Path, Samples.Decision())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.Steward().PostAsJsonAsync("/api/experiments/bestaat-niet/decisions", Samples.Decision())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.CreateClient().GetAsync("/api/experiments/bestaat-niet/decisions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.CreateClient().GetAsync($"/api/decisions/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task Mainstreamed_without_budget_line_and_stop_without_lessons_are_422()
    {
        using var api = new ApiFactory();
        var steward = api.Steward();
        var noBudget = Samples.Decision();
        noBudget.Remove("budgetLine");
        var response = await steward.PostAsJsonAsync(Path, noBudget);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.Json()).GetProperty("errors").TryGetProperty("budgetLine", out _));

        var stop = Samples.Decision("stop");
        var stopResponse = await steward.PostAsJsonAsync(Path, stop);
        Assert.True((await stopResponse.Json()).GetProperty("errors").TryGetProperty("lessons", out _));
    }

    [Fact]
    public async Task Decision_with_email_in_rationale_is_rejected()
    {
        using var api = new ApiFactory();
        var body = Samples.Decision();
        body["rationale"] = "Zie mail van wethouder@alphen.nl";
        var response = await api.Steward().PostAsJsonAsync(Path, body);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.DoesNotContain("wethouder@alphen.nl", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, api.Database.Decisions.Count());
    }

    [Fact]
    public async Task Update_needs_if_match_and_refuses_a_stale_etag()
    {
        using var api = new ApiFactory();
        var steward = api.Steward();
        var created = await steward.PostAsJsonAsync(Path, Samples.Decision());
        var id = (await created.Json()).GetProperty("id").GetGuid();
        var etag = created.Headers.ETag!.ToString();

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.CreateClient().PutAsJsonAsync($"/api/decisions/{id}", Samples.Decision())).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, (await steward.PutAsJsonAsync($"/api/decisions/{id}", Samples.Decision())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await steward.PutAsJsonAsync($"/api/decisions/{Guid.NewGuid()}", Samples.Decision())).StatusCode);

        var first = new HttpRequestMessage(HttpMethod.Put, $"/api/decisions/{id}") { Content = JsonContent.Create(Samples.Decision("mark-for-scaling")) };
        first.Headers.TryAddWithoutValidation("If-Match", etag);
        var ok = await steward.SendAsync(first);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.NotEqual(etag, ok.Headers.ETag!.ToString());

        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/decisions/{id}") { Content = JsonContent.Create(Samples.Decision()) };
        stale.Headers.TryAddWithoutValidation("If-Match", etag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await steward.SendAsync(stale)).StatusCode);

        var other = new HttpRequestMessage(HttpMethod.Put, $"/api/decisions/{id}") { Content = JsonContent.Create(Samples.Decision()) };
        other.Headers.TryAddWithoutValidation("If-Match", ok.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Steward("Bedum").SendAsync(other)).StatusCode);
    }
}
