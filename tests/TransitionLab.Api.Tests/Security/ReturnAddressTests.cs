using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using TransitionLab.Api.Keys;
using Xunit.Abstractions;

namespace TransitionLab.Api.Tests.Security;

/// <summary>
/// The return address after signing in, tried with the open-redirect bypasses that are known to work against
/// checks that look at the raw string. Each must answer with a redirect that a browser reads as a path on this
/// site: the page it named (as the browser normalises it) or the home page.
/// </summary>
public sealed class ReturnAddressTests(ITestOutputHelper output)
{
    /// <summary>Known bypasses (raw value as the form or link carries it) and where they must lead.</summary>
    public static readonly (string Name, string Value, string Expected)[] Cases =
    [
        ("protocol-relative", "//evil.example/", "/"),
        ("three slashes", "///evil.example/", "/"),
        ("slash backslash", "/\\evil.example/", "/"),
        ("backslash slash", "\\/evil.example/", "/"),
        ("two backslashes", "\\\\evil.example/", "/"),
        ("tab between the slashes", "/\t/evil.example", "/"),
        ("newline between the slashes", "/\n/evil.example", "/"),
        ("CR between the slashes", "/\r/evil.example", "/"),
        ("CRLF between the slashes", "/\r\n/evil.example", "/"),
        ("tab and backslash", "/\t\\evil.example", "/"),
        ("leading space before //", " //evil.example", "/"),
        ("leading NUL before //", "\0//evil.example", "/"),
        ("leading control character before //", "\u0001//evil.example", "/"),
        ("absolute http", "http://evil.example/", "/"),
        ("absolute https", "https://evil.example/", "/"),
        ("scheme without slashes", "https:evil.example", "/"),
        ("scheme with one slash", "https:/evil.example", "/"),
        ("javascript", "javascript:alert(1)", "/"),
        ("javascript after a tab", "java\tscript:alert(1)", "/"),
        ("data", "data:text/html,<script>alert(1)</script>", "/"),
        ("relative without slash", "evil.example", "/"),
        ("dot segment folding to //", "/.//evil.example", "/"),
        ("dot-dot segment folding to //", "/..//evil.example", "/"),
        ("encoded dot-dot folding to //", "/%2e%2e//evil.example", "/"),
        ("fullwidth solidus", "\uFF0F\uFF0Fevil.example", "/"),
        ("ideographic space after /", "/\u3000/evil.example", "/"),
        ("right-to-left override", "/\u202E/elpmaxe.live", "/"),
        ("zero-width space between slashes", "/\u200B/evil.example", "/"),
        ("non-breaking space between slashes", "/\u00A0/evil.example", "/"),
        ("NUL inside", "/experimenten/\0/", "/"),
        ("DEL inside", "/experimenten/\u007F/", "/"),
        ("escape character inside", "/experimenten/\u001B[2J", "/"),
        ("header injection", "/\r\nSet-Cookie: tl_sessie=stolen", "/"),
        ("header injection without spaces", "/\r\nSet-Cookie:tl_sessie=stolen", "/Set-Cookie:tl_sessie=stolen"),
        ("space inside", "/experimenten/ netwerkberaden-alpha/", "/"),
        ("overlong", "/" + new string('a', 5000), "/"),
        ("empty", "", "/"),
        ("only whitespace", " \t ", "/"),
        ("user info look-alike", "/@evil.example", "/@evil.example"),
        ("encoded slashes stay a path", "/%2F%2Fevil.example", "/%2F%2Fevil.example"),
        ("encoded tab stays a path", "/%09/evil.example", "/%09/evil.example"),
        ("plain page", "/experimenten/netwerkberaden-alpha/", "/experimenten/netwerkberaden-alpha/"),
        ("page with query and fragment", "/cursus/verdiepen-en-opschalen/?geoefend=1#oefenreflectie", "/cursus/verdiepen-en-opschalen/?geoefend=1#oefenreflectie"),
        ("backslash inside a local path", "/experimenten\\netwerkberaden-alpha/", "/experimenten/netwerkberaden-alpha/"),
        ("tab inside a local path", "/experi\tmenten/", "/experimenten/"),
        ("surrounding spaces", "  /begrippen/  ", "/begrippen/"),
    ];

    private static HttpClient Browser(ApiFactory api)
    {
        var client = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        return client;
    }

    private static Task<HttpResponseMessage> SignIn(HttpClient browser, string key, string returnUrl) =>
        browser.PostAsync("/api/session", new FormUrlEncodedContent([new("key", key), new("returnUrl", returnUrl)]));

    [Fact]
    public async Task A_tab_in_the_return_address_no_longer_sends_the_browser_off_site()
    {
        using var api = new ApiFactory();
        var response = await SignIn(Browser(api), api.Key(KeyRole.Frontrunner, [ApiFactory.Alpha]), "/\t/evil.example");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/\n/evil.example")]
    [InlineData("/\r/evil.example")]
    [InlineData("/\u0001/evil.example")]
    public async Task Control_characters_in_the_return_address_no_longer_answer_500(string returnUrl)
    {
        using var api = new ApiFactory();
        var response = await SignIn(Browser(api), api.Key(KeyRole.Frontrunner, [ApiFactory.Alpha]), returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_sign_in_link_no_longer_carries_a_tab_bypass_into_the_form()
    {
        using var api = new ApiFactory();
        var html = await Browser(api).GetStringAsync("/aanmelden/?returnUrl=/%09/evil.example");

        Assert.Equal("/", new HtmlParser().ParseDocument(html).QuerySelector("input[name=returnUrl]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Every_known_bypass_leads_to_a_path_on_this_site_after_sign_in_and_in_the_sign_in_link()
    {
        using var api = new ApiFactory();
        var browser = Browser(api);
        var key = api.Key(KeyRole.Frontrunner, [ApiFactory.Alpha]);
        var failures = new List<string>();
        foreach (var (name, value, expected) in Cases)
        {
            var response = await SignIn(browser, key, value);
            var location = response.Headers.Location?.OriginalString;
            output.WriteLine($"{name}: POST /api/session -> {(int)response.StatusCode} Location {location}");
            // A form value with a NUL cannot be read at all, so that post is refused before any redirect is made.
            var (status, where) = value.Contains('\0') ? (HttpStatusCode.BadRequest, null) : (HttpStatusCode.Redirect, expected);
            if (response.StatusCode != status || location != where)
                failures.Add($"{name}: POST answered {(int)response.StatusCode} Location '{location}', expected {(int)status} '{where}'");

            // A link carries its value percent-encoded, as a phishing mail would.
            var page = await browser.GetAsync("/aanmelden/?returnUrl=" + Uri.EscapeDataString(value));
            var inForm = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync()).QuerySelector("input[name=returnUrl]")?.GetAttribute("value");
            if (page.StatusCode != HttpStatusCode.OK || inForm != expected)
                failures.Add($"{name}: GET /aanmelden/ answered {(int)page.StatusCode} with returnUrl '{inForm}', expected '{expected}'");
        }
        Assert.Empty(failures);
    }
}
