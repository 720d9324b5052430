using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using TransitionLab.Api.Audit;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Site;

namespace TransitionLab.Api.Tests.Security;

/// <summary>The browser session: a new id at every sign-in, ended on the server at sign-out, host-bound over HTTPS, never cached.</summary>
public sealed class SessionTests
{
    private const string MinePath = "/cursus/verdiepen-en-opschalen/mijn-oefeningen/";

    private static HttpClient Browser(ApiFactory api, string address = "http://localhost")
    {
        var client = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri(address) });
        client.DefaultRequestHeaders.Add("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        return client;
    }

    private static string Participant(ApiFactory api) => TestKeys.Issue(api.Database, KeyRole.Participant, [], null, DateTimeOffset.UtcNow, cohort: "A").Secret;

    /// <summary>Signs in and answers the session cookie as a browser would send it back (<c>name=value</c>).</summary>
    private static async Task<string> SignIn(HttpClient browser, string key, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/session") { Content = new FormUrlEncodedContent([new("key", key), new("returnUrl", "/")]) };
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        var response = await browser.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return SetCookie(response).Split(';')[0];
    }

    private static string SetCookie(HttpResponseMessage response) =>
        Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.Contains("tl_sessie=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.Ordinal));

    private static async Task<HttpStatusCode> Open(HttpClient browser, string cookie, string path = MinePath)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return (await browser.SendAsync(request)).StatusCode;
    }

    [Fact]
    public async Task Signing_in_again_gives_a_new_session_id_and_the_old_one_stops_working()
    {
        using var api = new ApiFactory();
        var browser = Browser(api);
        var key = Participant(api);
        var first = await SignIn(browser, key);
        Assert.Equal(HttpStatusCode.OK, await Open(browser, first));

        var second = await SignIn(browser, key, first);

        Assert.NotEqual(first, second);
        Assert.Equal(HttpStatusCode.OK, await Open(browser, second));
        Assert.Equal(HttpStatusCode.Unauthorized, await Open(browser, first));
    }

    [Fact]
    public async Task Signing_out_ends_the_session_on_the_server_so_a_copied_cookie_stops_working()
    {
        using var api = new ApiFactory();
        var browser = Browser(api);
        var cookie = await SignIn(browser, Participant(api));
        Assert.Equal(HttpStatusCode.OK, await Open(browser, cookie));

        using var signOut = new HttpRequestMessage(HttpMethod.Post, "/api/session/end");
        signOut.Headers.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SendAsync(signOut)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, await Open(browser, cookie));
        Assert.Equal(0, api.Database.Sessions.Count());
        Assert.Contains(api.Database.Audit.FindAll(), a => a.Action == "session.end");
    }

    [Fact]
    public async Task Sessions_survive_a_restart_of_the_service()
    {
        using var temp = new TempFolder("tl-api-tests");
        var data = temp.Path;
        string cookie;
        using (var api = new ApiFactory(dataFolder: data)) cookie = await SignIn(Browser(api), Participant(api));
        using (var api = new ApiFactory(dataFolder: data)) Assert.Equal(HttpStatusCode.OK, await Open(Browser(api), cookie));
    }

    [Fact]
    public async Task Over_https_the_session_cookie_is_host_prefixed_secure_http_only_and_strict()
    {
        using var api = new ApiFactory();
        var browser = Browser(api, "https://localhost");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/session") { Content = new FormUrlEncodedContent([new("key", Participant(api)), new("returnUrl", "/")]) };

        var setCookie = SetCookie(await browser.SendAsync(request));

        Assert.StartsWith("__Host-tl_sessie=", setCookie);
        var attributes = setCookie.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToArray();
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.Contains("path=/", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("domain", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, await Open(browser, setCookie.Split(';')[0]));
        // The bare name is not read over HTTPS, so a cookie planted over plain HTTP cannot stand in for it.
        Assert.Equal(HttpStatusCode.Unauthorized, await Open(browser, setCookie.Split(';')[0].Replace("__Host-", "", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Pages_with_personal_or_session_data_are_never_stored_by_a_browser_or_proxy()
    {
        using var api = new ApiFactory();
        var browser = Browser(api);
        var cookie = await SignIn(browser, Participant(api));
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/api/session") { Content = new FormUrlEncodedContent([new("key", Participant(api)), new("returnUrl", "/")]) };
        using var wrongKey = new HttpRequestMessage(HttpMethod.Post, "/api/session") { Content = new FormUrlEncodedContent([new("key", "tl_fout"), new("returnUrl", "/")]) };
        using var mine = new HttpRequestMessage(HttpMethod.Get, MinePath);
        mine.Headers.Add("Cookie", cookie);
        using var reflectionForm = new HttpRequestMessage(HttpMethod.Post, $"/api/experiments/{ApiFactory.Alpha}/reflections/form") { Content = new FormUrlEncodedContent([new("cycle", "1")]) };
        reflectionForm.Headers.Add("Cookie", cookie);

        foreach (var request in new[] { new HttpRequestMessage(HttpMethod.Get, "/aanmelden/"), signIn, wrongKey, mine, reflectionForm })
        {
            var response = await browser.SendAsync(request);
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{request.Method} {request.RequestUri} answered {(int)response.StatusCode} without no-store");
        }
        Assert.NotEqual(true, (await browser.GetAsync("/")).Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Security_txt_names_a_contact_and_an_expiry_in_the_coming_year()
    {
        using var configured = new ApiFactory(settings: new Dictionary<string, string> { ["Security:Contact"] = "mailto:beveiliging@voorbeeld.example" });
        using var plain = new ApiFactory();

        var text = await configured.CreateClient().GetStringAsync("/.well-known/security.txt");
        var fallback = await plain.CreateClient().GetStringAsync("/.well-known/security.txt");

        Assert.Contains("Contact: mailto:beveiliging@voorbeeld.example\n", text);
        Assert.Contains("Contact: mailto:security@localhost\n", fallback);
        var expires = DateTimeOffset.Parse(text.Split('\n').Single(l => l.StartsWith("Expires: ", StringComparison.Ordinal))["Expires: ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expires, DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddYears(1));
    }
}
