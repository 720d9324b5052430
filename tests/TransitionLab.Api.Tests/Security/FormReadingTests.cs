using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using TransitionLab.Api.Backup;
using TransitionLab.Api.Keys;

namespace TransitionLab.Api.Tests.Security;

/// <summary>Posts to the HTML forms that the form reader itself cannot read.</summary>
public sealed class FormReadingTests
{
    private static HttpClient Browser(ApiFactory api)
    {
        var client = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        return client;
    }

    [Theory]
    [InlineData("key=%00")]
    [InlineData("returnUrl=%2F%00%2Fevil.example&key=x")]
    public async Task A_NUL_in_a_form_value_no_longer_answers_500(string body)
    {
        using var api = new ApiFactory();
        var before = StoreExport.ToJson(api.Database);

        var response = await Browser(api).PostAsync("/api/session", new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal(before, StoreExport.ToJson(api.Database));
    }

    [Fact]
    public async Task A_post_that_is_not_a_form_no_longer_answers_500()
    {
        using var api = new ApiFactory();
        api.Key(KeyRole.Frontrunner, [ApiFactory.Alpha]);

        var response = await Browser(api).PostAsJsonAsync("/api/session", new { key = "x", returnUrl = "//evil.example" });

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }
}
