using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using TransitionLab.Api.Keys;

namespace TransitionLab.Api.Tests;

/// <summary>
/// The built site passes the W3C validator (HtmlValidityTests); these are the pages the server renders per request,
/// which no build writes out: sign-in answers, the signed-in forms, and each form re-shown with its errors. Every one
/// must give zero validator errors too. Needs Java and vnu.jar (<c>.ci/install-validator</c>).
/// </summary>
public sealed partial class RequestTimePagesValidityTests
{
    private const string Module = "verdiepen-en-opschalen";

    [Fact]
    public async Task Pages_rendered_per_request_pass_the_W3C_validator_without_errors()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        async Task Keep(string name, HttpStatusCode expected, Task<HttpResponseMessage> request)
        {
            var response = await request;
            Assert.True(expected == response.StatusCode, $"{name}: expected {expected}, got {response.StatusCode}");
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            pages[name] = await response.Content.ReadAsStringAsync();
        }

        var anonymous = PracticeFormsTests.Browser(api);
        await Keep("sign-in", HttpStatusCode.OK, anonymous.GetAsync($"/aanmelden/?returnUrl=/experimenten/{ApiFactory.Alpha}/reflectie/"));
        await Keep("sign-in-wrong-key", HttpStatusCode.UnprocessableEntity, anonymous.PostAsync("/api/session", Form(("key", "tl_fout"), ("returnUrl", "/"))));
        await Keep("reflection-signed-out", HttpStatusCode.Unauthorized, anonymous.GetAsync($"/experimenten/{ApiFactory.Alpha}/reflectie/"));
        // Search answered by the server, for visitors without JavaScript: results with marked excerpts, a filter, nothing found.
        await Keep("search-results", HttpStatusCode.OK, anonymous.GetAsync("/zoeken/?q=jongeren"));
        await Keep("search-filtered", HttpStatusCode.OK, anonymous.GetAsync("/zoeken/?q=jongeren&soort=experiment&oordeel=insufficient-evidence"));
        await Keep("search-nothing", HttpStatusCode.OK, anonymous.GetAsync("/zoeken/?q=qqxqzq"));
        // The comparison, and its page for a choice it cannot show.
        await Keep("compare", HttpStatusCode.OK, anonymous.GetAsync($"/vergelijk/?e={ApiFactory.Alpha}&e={ApiFactory.Beta}"));
        await Keep("compare-too-few", HttpStatusCode.BadRequest, anonymous.GetAsync($"/vergelijk/?e={ApiFactory.Alpha}"));
        // The module page set to another experiment to practise on, with a search that found something and one that did not.
        await Keep("practice-chosen", HttpStatusCode.OK, anonymous.GetAsync($"/cursus/{Module}/oefenen/?experimentSlug={ApiFactory.Beta}&zoek=bedum"));
        await Keep("practice-choice-errors", HttpStatusCode.OK, anonymous.GetAsync($"/cursus/{Module}/oefenen/?experimentSlug=onbekend&zoek=qqxqzq"));

        var frontrunner = await SignedIn(api, KeyRole.Frontrunner, experiments: [ApiFactory.Alpha]);
        var reflectionForm = $"/api/experiments/{ApiFactory.Alpha}/reflections/form";
        await Keep("reflection-empty", HttpStatusCode.OK, frontrunner.GetAsync($"/experimenten/{ApiFactory.Alpha}/reflectie/"));
        await Keep("reflection-errors", HttpStatusCode.UnprocessableEntity, frontrunner.PostAsync(reflectionForm, Form()));
        // Values no number or date input can hold come back as sent, beside their error.
        await Keep("reflection-unreadable", HttpStatusCode.UnprocessableEntity,
            frontrunner.PostAsync(reflectionForm, Form(("cycle", "x"), ("date", "2026-13-40"), ("peopleReached", "1,5"), ("evidenceLevel", "9"))));
        Assert.Equal(HttpStatusCode.Created, (await api.With(KeyRole.Frontrunner, [ApiFactory.Alpha])
            .PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", VerdictsApiTests.HalfYear(1))).StatusCode);
        await Keep("reflection-prefilled", HttpStatusCode.OK, frontrunner.GetAsync($"/experimenten/{ApiFactory.Alpha}/reflectie/"));
        await Keep("reflection-other-experiment", HttpStatusCode.Forbidden, frontrunner.GetAsync($"/experimenten/{ApiFactory.Beta}/reflectie/"));

        var participant = await SignedIn(api, KeyRole.Participant, cohort: "A");
        await Keep("practice-none", HttpStatusCode.OK, participant.GetAsync($"/cursus/{Module}/mijn-oefeningen/"));
        await Keep("practice-errors", HttpStatusCode.UnprocessableEntity,
            participant.PostAsync($"/api/course/modules/{Module}/practice-reflections/form", Form(("experimentSlug", ApiFactory.Alpha), ("cycle", "x"))));
        var practice = VerdictsApiTests.HalfYear(1);
        practice["experimentSlug"] = ApiFactory.Alpha;
        Assert.Equal(HttpStatusCode.Created, (await api.With(KeyRole.Participant, cohort: "A")
            .PostAsJsonAsync($"/api/course/modules/{Module}/practice-reflections", practice)).StatusCode);
        await Keep("practice-mine", HttpStatusCode.OK, participant.GetAsync($"/cursus/{Module}/mijn-oefeningen/"));
        await Keep("own-cases", HttpStatusCode.OK, participant.GetAsync("/cursus/casussen/"));
        await Keep("own-case-errors", HttpStatusCode.UnprocessableEntity, participant.PostAsync("/cursus/casussen/", Form(("title", ""), ("summary", "Mail j.jansen@example.nl"))));
        var ownCase = await participant.PostAsync("/cursus/casussen/", Form(("title", "Buurtkracht Zwolle"), ("municipality", "Zwolle"), ("summary", "Bewoners beslissen mee over het budget.")));
        Assert.Equal(HttpStatusCode.Redirect, ownCase.StatusCode);
        var casePath = ownCase.Headers.Location!.OriginalString;
        await Keep("own-case", HttpStatusCode.OK, participant.GetAsync(casePath));
        await Keep("practise-on-own-case", HttpStatusCode.OK, participant.GetAsync($"/cursus/{Module}/oefenen/?casus={casePath.Split('/')[^2]}"));

        var teacher = await SignedIn(api, KeyRole.Teacher, cohort: "A");
        await Keep("cohort", HttpStatusCode.OK, teacher.GetAsync($"/cursus/{Module}/cohort/"));

        var created = await api.With(KeyRole.Steward, municipality: "Alphen").PostAsJsonAsync("/api/agenda",
            new { title = "Geld voor pilots in aparte potjes", level = "municipality", status = "signalled", experiments = new[] { ApiFactory.Alpha } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var item = (await created.Json()).GetProperty("id").GetString()!;
        var steward = await SignedIn(api, KeyRole.Steward, municipality: "Alphen");
        await Keep("agenda-edit", HttpStatusCode.OK, steward.GetAsync($"/transitieagenda/{item}/wijzigen/"));
        var version = VersionField().Match(pages["agenda-edit"]).Groups[1].Value;
        await Keep("agenda-edit-errors", HttpStatusCode.UnprocessableEntity,
            steward.PostAsync($"/api/agenda/{item}/form", Form(("version", version), ("title", ""), ("level", "municipality"), ("status", "bestaat-niet"))));

        var folder = Directory.CreateTempSubdirectory("transitionlab-request-pages-").FullName;
        foreach (var (name, html) in pages) await File.WriteAllTextAsync(Path.Combine(folder, name + ".html"), html);
        var errors = await HtmlValidator.ValidateAsync(folder);
        Assert.True(errors.Count == 0, $"{errors.Count} validator errors over {pages.Count} request-time pages:\n" + string.Join("\n", errors.Take(15)));
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    private static async Task<HttpClient> SignedIn(ApiOnDay api, KeyRole role, string[]? experiments = null, string? municipality = null, string? cohort = null)
    {
        var browser = PracticeFormsTests.Browser(api);
        var secret = TestKeys.Issue(api.Database, role, experiments ?? [], municipality, DateTimeOffset.UtcNow, cohort: cohort).Secret;
        var response = await browser.PostAsync("/api/session", Form(("key", secret), ("returnUrl", "/")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    [GeneratedRegex("name=\"version\" value=\"([0-9]+)\"")]
    private static partial Regex VersionField();
}
