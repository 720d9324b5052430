using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using TransitionLab.Api.Course.Cases;
using TransitionLab.Api.Course;
using TransitionLab.Api.Keys;

namespace TransitionLab.Api.Tests;

/// <summary>Own cases without script: the cohort's page, its form, one case and practising on it.</summary>
public class OwnCaseFormsTests
{
    private const string Module = "verdiepen-en-opschalen";
    private static readonly HtmlParser Parser = new();

    private static FormUrlEncodedContent CaseForm(string title = "Buurtkracht Zwolle", string summary = "Bewoners beslissen mee over het budget.") =>
        new([new("title", title), new("municipality", "Zwolle"), new("summary", summary), new("frontrunners", "Wijkteam Zwolle\nBuurtcoach")]);

    /// <summary>A participant of cohort A, signed in, who registered one own case through the form.</summary>
    private static async Task<(HttpClient Participant, Guid Case)> ParticipantWithCase(ApiOnDay api)
    {
        var participant = await PracticeFormsTests.SignedIn(api, KeyRole.Participant, "A");
        await participant.PostAsync("/cursus/casussen/", CaseForm());
        return (participant, Assert.Single(api.Database.CourseCases.FindAll()).Id);
    }

    /// <summary>The practice form's fields for a first cycle on own case <paramref name="id"/>, which has no goals.</summary>
    private static FormUrlEncodedContent PracticeOnCase(Guid id)
    {
        var body = VerdictsApiTests.HalfYear(1);
        ((JsonArray)body["goals"]!).Clear();
        body["caseId"] = id.ToString();
        return new FormUrlEncodedContent(Samples.FormFields(body));
    }

    [Fact]
    public async Task Participant_registers_an_own_case_through_the_form_and_another_cohort_gets_403()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var participant = await PracticeFormsTests.SignedIn(api, KeyRole.Participant, "A");

        var posted = await participant.PostAsync("/cursus/casussen/", CaseForm());

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var stored = Assert.Single(api.Database.CourseCases.FindAll());
        Assert.Equal($"/cursus/casussen/{stored.Id}/", posted.Headers.Location?.ToString());
        Assert.Equal(["Wijkteam Zwolle", "Buurtcoach"], stored.Frontrunners);
        var page = await participant.GetAsync($"/cursus/casussen/{stored.Id}/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        var casePage = Parser.ParseDocument(await page.Content.ReadAsStringAsync());
        Assert.Contains("Buurtkracht Zwolle", casePage.QuerySelector("h1")!.TextContent);
        // The way to the live platform: the intake, with an invitation code from the municipality's steward.
        Assert.NotNull(casePage.QuerySelector($"#voorstellen form[action='/cursus/casussen/{stored.Id}/voorstellen'] input[name=key]"));

        var other = await PracticeFormsTests.SignedIn(api, KeyRole.Participant, "B");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/cursus/casussen/{stored.Id}/")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/cursus/{Module}/oefenen/?casus={stored.Id}")).StatusCode);
        Assert.DoesNotContain("Buurtkracht", await (await other.GetAsync("/cursus/casussen/")).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await PracticeFormsTests.Browser(api).GetAsync($"/cursus/casussen/{stored.Id}/")).StatusCode);
    }

    [Fact]
    public async Task Own_case_form_with_an_email_address_shows_the_error_next_to_the_field_and_stores_nothing()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var participant = await PracticeFormsTests.SignedIn(api, KeyRole.Participant, "A");

        var posted = await participant.PostAsync("/cursus/casussen/", CaseForm(summary: "Mail j.jansen@example.nl voor de stukken."));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, posted.StatusCode);
        var doc = Parser.ParseDocument(await posted.Content.ReadAsStringAsync());
        Assert.Contains("e-mailadres", doc.QuerySelector("#fout-f-summary")!.TextContent);
        Assert.Equal("Buurtkracht Zwolle", doc.QuerySelector("#f-title")!.GetAttribute("value"));
        Assert.Equal(0, api.Database.CourseCases.Count());
    }

    [Fact]
    public async Task Participant_practises_on_an_own_case_from_the_form_and_reads_it_back()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var (participant, id) = await ParticipantWithCase(api);

        var form = Parser.ParseDocument(await (await participant.GetAsync($"/cursus/{Module}/oefenen/?casus={id}")).Content.ReadAsStringAsync());
        Assert.Equal(id.ToString(), form.QuerySelector("input[name=caseId]")!.GetAttribute("value"));
        var posted = await participant.PostAsync($"/api/course/modules/{Module}/practice-reflections/form", PracticeOnCase(id));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(id, Assert.Single(api.Database.PracticeReflections.FindAll()).CaseId);
        Assert.Contains("Buurtkracht Zwolle", await (await participant.GetAsync($"/cursus/{Module}/mijn-oefeningen/")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signed_out_the_practice_form_on_an_own_case_leads_to_signing_in_and_back_to_the_form_set_to_the_case()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var (_, id) = await ParticipantWithCase(api);

        var signedOut = await PracticeFormsTests.Browser(api).PostAsync($"/api/course/modules/{Module}/practice-reflections/form", PracticeOnCase(id));

        Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode);
        Assert.Equal($"/cursus/{Module}/oefenen/?casus={id}#oefenreflectie",
            Parser.ParseDocument(await signedOut.Content.ReadAsStringAsync()).QuerySelector("input[name=returnUrl]")!.GetAttribute("value"));
        Assert.Empty(api.Database.PracticeReflections.FindAll());
    }
}
