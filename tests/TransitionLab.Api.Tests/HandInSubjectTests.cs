using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using TransitionLab.Api.Course.Assignments;
using TransitionLab.Api.Course.Cases;
using TransitionLab.Api.Keys;

namespace TransitionLab.Api.Tests;

/// <summary>A hand-in is about an own case or a catalogue experiment, chosen in the form from a short list or a search.</summary>
public class HandInSubjectTests
{
    // The fixture module has the free-text exercise form (one field, "answer") and one case: Alpha.
    private const string Module = "verdiepen-en-opschalen";
    private const string Page = $"/cursus/{Module}/opdracht/";
    private static readonly HtmlParser Parser = new();

    private static Dictionary<string, string> Answer => new() { ["answer"] = "Uitgewerkt." };

    [Fact]
    public async Task Hand_in_about_a_catalogue_experiment_names_it_and_not_both_an_own_case_and_an_experiment()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var participant = api.With(KeyRole.Participant, cohort: "A");

        var about = await participant.PostAsJsonAsync($"/api/course/modules/{Module}/assignments", new { answers = Answer, experimentSlug = ApiFactory.Beta, handIn = true });
        Assert.Equal(HttpStatusCode.Created, about.StatusCode);
        var version = (await about.Json()).GetProperty("versions")[0];
        Assert.Equal(ApiFactory.Beta, version.GetProperty("experimentSlug").GetString());
        Assert.False(version.TryGetProperty("caseId", out var none) && none.ValueKind != System.Text.Json.JsonValueKind.Null);

        var own = await participant.PostAsJsonAsync("/api/course/cases", new { title = "Buurtkracht", municipality = "Zwolle", summary = "Bewoners beslissen mee." });
        var caseId = (await own.Json()).GetProperty("id").GetGuid();
        var both = await participant.PostAsJsonAsync($"/api/course/modules/{Module}/assignments", new { answers = Answer, caseId, experimentSlug = ApiFactory.Beta });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, both.StatusCode);
        Assert.Contains("niet allebei", (await both.Json()).GetProperty("errors").GetProperty("experimentSlug")[0].GetString());
        var unknown = await participant.PostAsJsonAsync($"/api/course/modules/{Module}/assignments", new { answers = Answer, experimentSlug = "bestaat-niet" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Single(Assert.Single(api.Database.Assignments.FindAll()).Versions);
    }

    [Fact]
    public async Task The_hand_in_form_offers_the_modules_cases_and_finds_other_experiments_by_search()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var participant = await PracticeFormsTests.SignedIn(api, KeyRole.Participant, "A");

        var plain = Parser.ParseDocument(await (await participant.GetAsync(Page)).Content.ReadAsStringAsync());
        var offered = plain.QuerySelectorAll("select[name=experimentSlug] optgroup")
            .Select(g => (g.GetAttribute("label"), g.QuerySelectorAll("option").Select(o => o.GetAttribute("value")).ToArray())).ToArray();
        Assert.Equal([("Casussen van deze module", new[] { ApiFactory.Alpha })], offered);

        var searched = Parser.ParseDocument(await (await participant.GetAsync($"{Page}?zoek=bedum")).Content.ReadAsStringAsync());
        Assert.Equal([ApiFactory.Alpha, ApiFactory.Beta], searched.QuerySelectorAll("select[name=experimentSlug] optgroup option").Select(o => o.GetAttribute("value")));
        Assert.Equal("bedum", searched.QuerySelector("#f-zoek")!.GetAttribute("value"));

        var nothing = Parser.ParseDocument(await (await participant.GetAsync($"{Page}?zoek=xyzzy")).Content.ReadAsStringAsync());
        Assert.Contains("Geen experiment gevonden", nothing.QuerySelector("#fout-f-zoek")!.TextContent);
        Assert.Equal("true", nothing.QuerySelector("#f-zoek")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task The_hand_in_form_stores_the_chosen_experiment_shows_it_and_keeps_it_chosen()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var participant = await PracticeFormsTests.SignedIn(api, KeyRole.Participant, "A");

        var posted = await participant.PostAsync(Page, new FormUrlEncodedContent([new("answers.answer", "Uitgewerkt."), new("experimentSlug", ApiFactory.Beta), new("handIn", "true")]));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(ApiFactory.Beta, Assert.Single(Assert.Single(api.Database.Assignments.FindAll()).Versions).ExperimentSlug);
        var page = Parser.ParseDocument(await (await participant.GetAsync(Page)).Content.ReadAsStringAsync());
        Assert.Contains("experiment uit de catalogus Mentoren Beta (Bedum)", page.QuerySelector("#uw-werk .work-subject")!.TextContent);
        // Beta is no case of the module and was not searched for: it is offered as the participant's choice, selected.
        Assert.Equal(ApiFactory.Beta, page.QuerySelector("select[name=experimentSlug] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_hand_in_form_with_an_own_case_and_an_experiment_shows_the_error_next_to_the_field_and_stores_nothing()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var participant = await PracticeFormsTests.SignedIn(api, KeyRole.Participant, "A");
        await participant.PostAsync("/cursus/casussen/", new FormUrlEncodedContent([new("title", "Buurtkracht"), new("municipality", "Zwolle"), new("summary", "Bewoners beslissen mee.")]));
        var caseId = Assert.Single(api.Database.CourseCases.FindAll()).Id;

        var posted = await participant.PostAsync(Page, new FormUrlEncodedContent(
            [new("answers.answer", "Uitgewerkt."), new("caseId", caseId.ToString()), new("experimentSlug", ApiFactory.Alpha), new("handIn", "false")]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, posted.StatusCode);
        var doc = Parser.ParseDocument(await posted.Content.ReadAsStringAsync());
        Assert.Contains("niet allebei", doc.QuerySelector("#fout-f-experimentSlug")!.TextContent);
        Assert.Equal(ApiFactory.Alpha, doc.QuerySelector("#f-experimentSlug option[selected]")!.GetAttribute("value"));
        Assert.Equal(0, api.Database.Assignments.Count());
    }
}
