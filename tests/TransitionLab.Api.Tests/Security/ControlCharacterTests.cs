using System.Net;
using System.Net.Http.Json;

namespace TransitionLab.Api.Tests.Security;

/// <summary>
/// Found by the HTML fuzz suite: a reflection with U+0001 in its free text was stored (the form answered 302), and
/// from then on every rebuild of its experiment's pages failed writing the Atom feed (XML has no U+0001), so the
/// site stopped showing that experiment's new reflections. Free text with control characters is now refused.
/// </summary>
public sealed class ControlCharacterTests
{
    [Theory]
    [InlineData("Leren\u0001 gaat door.")]
    [InlineData("Escape \u001b[2J")]
    [InlineData("C1 \u0085 teken")]
    [InlineData("Onleesbaar \uFFFD teken")]
    public async Task A_control_character_in_a_reflection_is_refused_next_to_its_field_and_no_longer_breaks_the_pages(string learned)
    {
        using var api = new ApiFactory();
        var body = Samples.Reflection();
        body["loop"]!["learned"] = learned;

        var response = await api.Frontrunner().PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.Json()).GetProperty("errors").TryGetProperty("loop.learned", out _));
        Assert.Equal(0, api.Database.ReflectionHeads.Count());
    }

    [Fact]
    public async Task Tabs_and_line_breaks_in_free_text_are_still_stored()
    {
        using var api = new ApiFactory();
        var body = Samples.Reflection();
        body["loop"]!["learned"] = "Eerste regel.\r\nTweede regel,\tmet een tab.";

        var response = await api.Frontrunner().PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
