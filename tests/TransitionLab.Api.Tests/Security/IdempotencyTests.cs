using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace TransitionLab.Api.Tests.Security;

public sealed class IdempotencyTests
{
    private static HttpRequestMessage Post(string path, JsonObject body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.Add("Idempotency-Key", key);
        return request;
    }

    [Fact]
    public async Task A_retried_reflection_with_the_same_key_is_filed_once_and_answers_the_original()
    {
        using var api = new ApiFactory();
        var client = api.Frontrunner();
        var path = $"/api/experiments/{ApiFactory.Alpha}/reflections";

        var first = await client.SendAsync(Post(path, Samples.Reflection(), "retry-1"));
        var again = await client.SendAsync(Post(path, Samples.Reflection(), "retry-1"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal((await first.Json()).GetProperty("id").GetGuid(), (await again.Json()).GetProperty("id").GetGuid());
        Assert.Single((await (await client.GetAsync(path)).Json()).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_refused()
    {
        using var api = new ApiFactory();
        var client = api.Frontrunner();
        var path = $"/api/experiments/{ApiFactory.Alpha}/reflections";
        await client.SendAsync(Post(path, Samples.Reflection(), "retry-2"));

        var other = await client.SendAsync(Post(path, Samples.Reflection(cycle: 2), "retry-2"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        Assert.Single((await (await client.GetAsync(path)).Json()).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Concurrent_retries_with_one_key_file_one_reflection()
    {
        using var api = new ApiFactory();
        var client = api.Frontrunner();
        var path = $"/api/experiments/{ApiFactory.Alpha}/reflections";

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.SendAsync(Post(path, Samples.Reflection(), "burst"))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single((await Task.WhenAll(responses.Select(async r => (await r.Json()).GetProperty("id").GetGuid()))).Distinct());
        Assert.Single((await (await client.GetAsync(path)).Json()).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Idempotency_keys_that_differ_only_in_case_are_two_keys()
    {
        using var api = new ApiFactory();
        var client = api.Frontrunner();
        var path = $"/api/experiments/{ApiFactory.Alpha}/reflections";

        var first = await client.SendAsync(Post(path, Samples.Reflection(), "AbCdEf-1"));
        var other = await client.SendAsync(Post(path, Samples.Reflection(cycle: 2), "abcdef-1"));
        var sameBodyOtherCase = await client.SendAsync(Post(path, Samples.Reflection(cycle: 3), "ABCDEF-1"));
        var retry = await client.SendAsync(Post(path, Samples.Reflection(cycle: 2), "abcdef-1"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        Assert.Equal(HttpStatusCode.Created, sameBodyOtherCase.StatusCode);
        var ids = await Task.WhenAll(new[] { first, other, sameBodyOtherCase }.Select(async r => (await r.Json()).GetProperty("id").GetGuid()));
        Assert.Equal(3, ids.Distinct().Count());
        Assert.Equal(ids[1], (await retry.Json()).GetProperty("id").GetGuid());
        Assert.Equal(3, (await (await client.GetAsync(path)).Json()).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Keys_are_remembered_across_a_restart()
    {
        using var temp = new TempFolder("tl-api-tests");
        var data = temp.Path;
        var path = $"/api/experiments/{ApiFactory.Alpha}/reflections";
        string secret;
        Guid id;
        using (var api = new ApiFactory(dataFolder: data))
        {
            secret = api.Key(Keys.KeyRole.Frontrunner, [ApiFactory.Alpha]);
            id = (await (await api.ClientWith(secret).SendAsync(Post(path, Samples.Reflection(), "across-restart"))).Json()).GetProperty("id").GetGuid();
        }
        using (var api = new ApiFactory(dataFolder: data))
        {
            var again = await api.ClientWith(secret).SendAsync(Post(path, Samples.Reflection(), "across-restart"));
            Assert.Equal(id, (await again.Json()).GetProperty("id").GetGuid());
        }
    }

    [Fact]
    public async Task A_retried_decision_with_the_same_key_is_recorded_once()
    {
        using var api = new ApiFactory();
        var steward = api.Steward();
        var path = $"/api/experiments/{ApiFactory.Alpha}/decisions";

        var first = await steward.SendAsync(Post(path, Samples.Decision(), "decision-1"));
        var again = await steward.SendAsync(Post(path, Samples.Decision(), "decision-1"));
        var other = await steward.SendAsync(Post(path, Samples.Decision("stop"), "decision-1"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal((await first.Json()).GetProperty("id").GetGuid(), (await again.Json()).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Single((await (await steward.GetAsync(path)).Json()).EnumerateArray());
    }

    [Theory]
    [InlineData("met spatie")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789")]
    [InlineData("ñ")]
    public async Task An_unusable_key_is_a_400(string key)
    {
        using var api = new ApiFactory();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/experiments/{ApiFactory.Alpha}/reflections") { Content = JsonContent.Create(Samples.Reflection()) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);

        var response = await api.Frontrunner().SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
