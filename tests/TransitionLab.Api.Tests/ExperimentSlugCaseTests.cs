using System.Net;
using TransitionLab.Api.Keys;

namespace TransitionLab.Api.Tests;

/// <summary>
/// An experiment is found by its exact slug on every surface: LiteDB's own id lookup ignores case, and a form page, the
/// course comparison and the API once answered a slug in capitals differently.
/// </summary>
public sealed class ExperimentSlugCaseTests
{
    private static readonly string Shouted = ApiFactory.Alpha.ToUpperInvariant();

    [Fact]
    public async Task Slug_in_capitals_finds_no_experiment_on_any_surface()
    {
        using var api = new ApiFactory();
        var anonymous = api.CreateClient();
        var teacher = api.ClientWith(TestKeys.Issue(api.Database, KeyRole.Teacher, [], null, DateTimeOffset.UtcNow, cohort: "A").Secret);

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/experiments/{ApiFactory.Alpha}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/experiments/{Shouted}")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/experimenten/{ApiFactory.Alpha}/reflectie/")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/experimenten/{Shouted}/reflectie/")).StatusCode);

        const string Comparison = "/api/course/modules/verdiepen-en-opschalen/comparison?experiment=";
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync(Comparison + ApiFactory.Alpha)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync(Comparison + Shouted)).StatusCode);
    }
}
