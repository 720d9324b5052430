using System.Net;
using System.Net.Http.Json;
using TransitionLab.Api.Keys;

namespace TransitionLab.Api.Tests.Security;

public sealed class SecurityTests
{
    [Theory]
    [InlineData("/healthz")]
    [InlineData("/api/experiments")]
    [InlineData("/api/experiments/bestaat-niet")]
    [InlineData("/openapi/v1.json")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var api = new ApiFactory();
        var response = await api.CreateClient().GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Only_the_api_reference_may_run_its_inline_start_script()
    {
        using var api = new ApiFactory();
        var response = await api.CreateClient().GetAsync("/api/docs/");

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self' 'unsafe-inline'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("http", csp);
    }

    [Fact]
    public async Task Writes_beyond_the_per_key_limit_get_429_with_retry_after()
    {
        using var api = new ApiFactory(settings: new Dictionary<string, string> { ["RateLimits:WritesPerMinute"] = "2" });
        var client = api.Frontrunner();

        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", Samples.Reflection())).StatusCode);
        var limited = await client.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", Samples.Reflection());

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        // Another key has its own budget, and reading is not limited.
        Assert.Equal(HttpStatusCode.Created, (await api.Frontrunner().PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", Samples.Reflection())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/experiments/{ApiFactory.Alpha}/reflections")).StatusCode);
    }

    [Fact]
    public async Task Guessing_keys_from_one_address_gets_429_after_the_limit()
    {
        using var api = new ApiFactory(settings: new Dictionary<string, string> { ["RateLimits:FailedAuthPerMinute"] = "3" });
        var guesser = api.ClientWith("tl_guess");

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Unauthorized, (await guesser.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", Samples.Reflection())).StatusCode);
        var limited = await guesser.GetAsync("/api/keys");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(429, (await limited.Json()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_revoked_key_stops_working_at_once()
    {
        using var api = new ApiFactory();
        var admin = api.Admin();
        var created = await admin.PostAsJsonAsync("/api/keys", new { role = "frontrunner", experiments = new[] { ApiFactory.Alpha } });
        var body = await created.Json();
        var frontrunner = api.ClientWith(body.GetProperty("key").GetString());
        Assert.Equal(HttpStatusCode.Created, (await frontrunner.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", Samples.Reflection())).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/keys/{body.GetProperty("details").GetProperty("id").GetString()}")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await frontrunner.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", Samples.Reflection())).StatusCode);
    }

    [Fact]
    public void A_key_that_differs_only_in_its_last_character_is_not_found()
    {
        using var api = new ApiFactory();
        var secret = api.Key(KeyRole.Admin);
        var wrong = secret[..^1] + (secret[^1] == 'a' ? 'b' : 'a');

        Assert.NotNull(ApiKeys.Find(api.Database, secret));
        Assert.Null(ApiKeys.Find(api.Database, wrong));
    }

    [Fact]
    public async Task Every_write_is_in_the_audit_log_which_only_admins_read_page_by_page()
    {
        using var api = new ApiFactory();
        var frontrunner = api.Frontrunner();
        var created = await (await frontrunner.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", Samples.Reflection())).Json();
        await frontrunner.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", Samples.Reflection(cycle: 2));
        var keyId = created.GetProperty("recordedBy").GetString();

        Assert.Equal(HttpStatusCode.Forbidden, (await frontrunner.GetAsync("/api/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.CreateClient().GetAsync("/api/audit")).StatusCode);

        var admin = api.Admin();
        var first = await (await admin.GetAsync("/api/audit?limit=1")).Json();
        var newest = Assert.Single(first.GetProperty("items").EnumerateArray());
        Assert.Equal("reflection.create", newest.GetProperty("action").GetString());
        Assert.Equal(keyId, newest.GetProperty("keyId").GetString());
        var second = await (await admin.GetAsync($"/api/audit?limit=1&before={first.GetProperty("nextBefore").GetString()}")).Json();
        var older = Assert.Single(second.GetProperty("items").EnumerateArray());
        Assert.Equal($"{created.GetProperty("id").GetGuid()}/1", older.GetProperty("target").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/audit?before=../../etc")).StatusCode);
    }
}
