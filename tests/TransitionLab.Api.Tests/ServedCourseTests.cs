using System.Net;
using System.Net.Http.Json;

namespace TransitionLab.Api.Tests;

public class ServedCourseTests
{
    [Fact]
    public async Task Frontrunners_new_reflection_reaches_the_served_module_page_of_its_case()
    {
        using var api = new ApiFactory();
        var created = await api.Frontrunner().PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", Samples.Reflection(cycle: 7));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        const string marker = "data-cycle=\"7\"";
        var page = await Polling.PageContaining(api.CreateClient(), "/cursus/verdiepen-en-opschalen/", marker);
        Assert.Contains($"<li {marker} data-evidence=\"2\" data-decision=\"persevere\">", page);
        Assert.Contains($"data-experiment=\"{ApiFactory.Alpha}\"", page);
    }
}
