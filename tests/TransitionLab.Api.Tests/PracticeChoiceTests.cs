using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using TransitionLab.Api.Course;
using TransitionLab.Api.Keys;

namespace TransitionLab.Api.Tests;

/// <summary>
/// The module page's practice form is set to one catalogue experiment at a time: the module's case, or one chosen from
/// a short list or found by a search, which the API answers with the module page and that experiment's goals.
/// </summary>
public class PracticeChoiceTests
{
    // The fixture module has one case, Alpha; Beta (Bedum, Groningen) is the catalogue's other experiment.
    private const string Module = "verdiepen-en-opschalen";
    private const string Choose = $"/cursus/{Module}/oefenen/";
    private static readonly HtmlParser Parser = new();

    private static async Task<IHtmlDocument> Page(HttpClient browser, string path)
    {
        var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static string[][] Offered(IHtmlDocument page) =>
        page.QuerySelectorAll("form.practice-choice select[name=experimentSlug] optgroup")
            .Select(g => g.QuerySelectorAll("option").Select(o => o.GetAttribute("value")!).Prepend(g.GetAttribute("label")!).ToArray()).ToArray();

    [Fact]
    public async Task A_chosen_experiment_sets_the_practice_form_to_its_goals_and_a_reflection_on_it_is_stored()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var participant = await PracticeFormsTests.SignedIn(api, KeyRole.Participant, "A");

        var response = await participant.GetAsync($"{Choose}?experimentSlug={ApiFactory.Beta}");
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("noindex", response.Headers.GetValues("X-Robots-Tag").Single());
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal([["Casussen van deze module", ApiFactory.Alpha], ["Uw keuze", ApiFactory.Beta]], Offered(page));
        Assert.Equal(ApiFactory.Beta, page.QuerySelector("form.practice-choice option[selected]")!.GetAttribute("value"));
        var form = page.QuerySelector("form[action$='/practice-reflections/form']")!;
        Assert.Equal(ApiFactory.Beta, form.QuerySelector("input[type=hidden][name=experimentSlug]")!.GetAttribute("value"));
        Assert.Contains("Mentoren Beta (Bedum)", form.QuerySelector(".practice-case")!.TextContent);
        Assert.Equal("minder-schooluitval", form.QuerySelector("input[name='goals[0].goalId']")!.GetAttribute("value"));

        var body = VerdictsApiTests.HalfYear(3);
        body["experimentSlug"] = ApiFactory.Beta;
        body["goals"] = new JsonArray(new JsonObject
        {
            ["goalId"] = form.QuerySelector("input[name='goals[0].goalId']")!.GetAttribute("value"),
            ["targetGroup"] = "Jongeren 13-25", ["baseline"] = 30, ["target"] = 10, ["current"] = 22,
        });
        var posted = await participant.PostAsync($"/api/course/modules/{Module}/practice-reflections/form", new FormUrlEncodedContent(Samples.FormFields(body)));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(ApiFactory.Beta, Assert.Single(api.Database.PracticeReflections.FindAll()).ExperimentSlug);
    }

    [Fact]
    public async Task A_search_adds_its_matches_to_the_choice_and_says_so_next_to_the_field_when_it_finds_nothing()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var visitor = PracticeFormsTests.Browser(api);

        var found = await Page(visitor, $"{Choose}?experimentSlug={ApiFactory.Alpha}&zoek=+groningen+");
        Assert.Equal([["Casussen van deze module", ApiFactory.Alpha], ["Gevonden bij ‘groningen’", ApiFactory.Beta]], Offered(found));
        Assert.Equal("groningen", found.QuerySelector("form.practice-choice input[name=zoek]")!.GetAttribute("value"));
        Assert.Equal(ApiFactory.Alpha, found.QuerySelector("form[action$='/practice-reflections/form'] input[name=experimentSlug]")!.GetAttribute("value"));

        var nothing = await Page(visitor, $"{Choose}?zoek=xyzzy");
        Assert.Contains("Geen experiment gevonden bij ‘xyzzy’", nothing.QuerySelector("#fout-f-zoek")!.TextContent);
        Assert.Equal("true", nothing.QuerySelector("#f-zoek")!.GetAttribute("aria-invalid"));
        Assert.Equal([["Casussen van deze module", ApiFactory.Alpha]], Offered(nothing));
    }

    [Fact]
    public async Task An_unknown_experiment_keeps_the_modules_case_with_the_error_next_to_the_choice_and_an_unknown_module_is_not_found()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var visitor = PracticeFormsTests.Browser(api);

        var page = await Page(visitor, $"{Choose}?experimentSlug=bestaat-niet&experimentSlug={ApiFactory.Beta}");
        Assert.Contains("staat niet in de catalogus", page.QuerySelector("#fout-f-experimentSlug")!.TextContent);
        Assert.Equal(ApiFactory.Alpha, page.QuerySelector("form[action$='/practice-reflections/form'] input[name=experimentSlug]")!.GetAttribute("value"));

        // What was searched for comes back as text, cut to the length that was searched.
        var marked = await Page(visitor, $"{Choose}?zoek=%3Cb%3Ex%3C%2Fb%3E{new string('y', 150)}");
        Assert.Empty(marked.QuerySelectorAll("b"));
        Assert.Equal("<b>x</b>" + new string('y', 92), marked.QuerySelector("#f-zoek")!.GetAttribute("value"));
        Assert.Contains("Geen experiment gevonden bij ‘<b>x</b>", marked.QuerySelector("#fout-f-zoek")!.TextContent);

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/cursus/bestaat-niet/oefenen/")).StatusCode);
    }

    [Fact]
    public async Task Someone_not_signed_in_who_files_on_a_chosen_experiment_comes_back_to_it_after_signing_in()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var visitor = PracticeFormsTests.Browser(api);
        async Task<string?> ReturnAddress(HttpContent content)
        {
            var refused = await visitor.PostAsync($"/api/course/modules/{Module}/practice-reflections/form", content);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            return Parser.ParseDocument(await refused.Content.ReadAsStringAsync()).QuerySelector("input[name=returnUrl]")?.GetAttribute("value");
        }
        Task<string?> Posting(string experiment, string? caseId = null)
        {
            var body = VerdictsApiTests.HalfYear(3);
            body["experimentSlug"] = experiment;
            var fields = Samples.FormFields(body);
            if (caseId is not null) fields.Add(new("caseId", caseId));
            return ReturnAddress(new FormUrlEncodedContent(fields));
        }

        Assert.Equal($"/cursus/{Module}/#oefenreflectie", await Posting(ApiFactory.Alpha));
        // A case id that is no id is left out; an unknown experiment comes back to the choice, which says so next to it.
        Assert.Equal($"{Choose}?experimentSlug={ApiFactory.Beta}#oefenreflectie", await Posting(ApiFactory.Beta, caseId: "geen-casus"));
        Assert.Equal($"{Choose}?experimentSlug=bestaat-niet#oefenreflectie", await Posting("bestaat-niet"));
        Assert.Equal($"/cursus/{Module}/#oefenreflectie", await Posting("  "));
        // A body that is no form, or no form that can be read, still gets the sign-in page.
        Assert.Equal($"/cursus/{Module}/#oefenreflectie", await ReturnAddress(new StringContent("{}", System.Text.Encoding.UTF8, "application/json")));
        Assert.Equal($"/cursus/{Module}/#oefenreflectie", await ReturnAddress(new FormUrlEncodedContent([new("experimentSlug", "a\0b")])));
        var back = await Posting(ApiFactory.Beta);
        Assert.Equal($"{Choose}?experimentSlug={ApiFactory.Beta}#oefenreflectie", back);
        Assert.Empty(api.Database.PracticeReflections.FindAll());

        var secret = TestKeys.Issue(api.Database, KeyRole.Participant, [], null, DateTimeOffset.UtcNow, cohort: "A").Secret;
        var signedIn = await visitor.PostAsync("/api/session", new FormUrlEncodedContent([new("key", secret), new("returnUrl", back!)]));
        Assert.Equal(back, signedIn.Headers.Location?.ToString());
        var form = (await Page(visitor, back!)).QuerySelector("form[action$='/practice-reflections/form']")!;
        Assert.Equal(ApiFactory.Beta, form.QuerySelector("input[type=hidden][name=experimentSlug]")!.GetAttribute("value"));
    }
}
