using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using TransitionLab.Api.Audit;
using TransitionLab.Api.Course.Cases;
using TransitionLab.Api.Intake;
using TransitionLab.Api.Keys;

namespace TransitionLab.Api.Tests;

/// <summary>
/// An own case proposed as a real experiment in one action: its author brings an invitation code, the case's fields become
/// the intake's draft, and nothing is public until the intake's review approves it.
/// </summary>
public class CaseProposalTests
{
    private static readonly HtmlParser Parser = new();

    private static object Case => new
    {
        title = "Buurtkracht Zwolle", municipality = "Zwolle", summary = "Bewoners van twee wijken beslissen mee over het budget voor ondersteuning.",
        region = "Overijssel", frontrunners = new[] { "Wijkteam Zwolle-Zuid" }, funding = new { source = "Projectsubsidie gemeente", endDate = "2027-12-31" },
    };

    private static async Task<Guid> CreateCase(HttpClient participant)
    {
        var response = await participant.PostAsJsonAsync("/api/course/cases", Case);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Json()).GetProperty("id").GetGuid();
    }

    private static async Task<string> Invite(ApiOnDay api, string municipality = "Zwolle")
    {
        var response = await api.With(KeyRole.Steward, municipality: municipality).PostAsJsonAsync("/api/invitations", new { municipality });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Json()).GetProperty("code").GetString()!;
    }

    private static HttpClient Holding(ApiOnDay api, string code)
    {
        var client = api.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", code);
        return client;
    }

    [Fact]
    public async Task Author_proposes_an_own_case_with_an_invitation_code_and_the_intake_draft_carries_its_fields()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var author = api.With(KeyRole.Participant, cohort: "A");
        var id = await CreateCase(author);
        var code = await Invite(api);

        var proposed = await author.PostAsJsonAsync($"/api/course/cases/{id}/proposal", new { invitationCode = code });

        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        var answer = await proposed.Json();
        var slug = answer.GetProperty("slug").GetString();
        Assert.Equal("draft", answer.GetProperty("state").GetString());
        Assert.Equal("buurtkracht-zwolle", slug);
        Assert.EndsWith($"/experiments/{slug}/draft", proposed.Headers.Location!.ToString());
        // The invitee (the author, with the code as key) finds the case's fields in the draft and goes on from there.
        var draft = await (await Holding(api, code).GetAsync($"/api/experiments/{slug}/draft")).Json();
        Assert.Equal("draft", draft.GetProperty("state").GetString());
        var fields = draft.GetProperty("draft");
        Assert.Equal("Buurtkracht Zwolle", fields.GetProperty("title").GetString());
        Assert.Equal("Zwolle", fields.GetProperty("municipality").GetString());
        Assert.Equal("Wijkteam Zwolle-Zuid", fields.GetProperty("frontrunners")[0].GetString());
        Assert.Equal("Projectsubsidie gemeente", fields.GetProperty("funding").GetProperty("source").GetString());
        Assert.Equal(slug, (await (await author.GetAsync($"/api/course/cases/{id}")).Json()).GetProperty("proposedAs").GetString());
        Assert.Contains(api.Database.Audit.FindAll(), a => a.Action == "course-case.propose" && a.Target == $"{id}/{slug}");

        // Once is enough; and nothing is public before the intake's review.
        Assert.Equal(HttpStatusCode.Conflict, (await author.PostAsJsonAsync($"/api/course/cases/{id}/proposal", new { invitationCode = await Invite(api) })).StatusCode);
        var anonymous = api.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/experiments/{slug}")).StatusCode);
        Assert.DoesNotContain("Buurtkracht", await anonymous.GetStringAsync("/api/snapshot"));
        Assert.DoesNotContain("Buurtkracht", await anonymous.GetStringAsync("/api/export/experimenten.csv"));
    }

    [Fact]
    public async Task Only_the_author_proposes_and_only_with_an_open_invitation_for_the_cases_municipality()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var author = api.With(KeyRole.Participant, cohort: "A");
        var id = await CreateCase(author);
        var code = await Invite(api);
        var body = new { invitationCode = code };

        Assert.Equal(HttpStatusCode.Forbidden, (await api.With(KeyRole.Participant, cohort: "A").PostAsJsonAsync($"/api/course/cases/{id}/proposal", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.With(KeyRole.Teacher, cohort: "A").PostAsJsonAsync($"/api/course/cases/{id}/proposal", body)).StatusCode);
        var stranger = await api.With(KeyRole.Participant, cohort: "B").PostAsJsonAsync($"/api/course/cases/{id}/proposal", body);
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.Equal("application/problem+json", stranger.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().PostAsJsonAsync($"/api/course/cases/{id}/proposal", body)).StatusCode);

        var wrong = await author.PostAsJsonAsync($"/api/course/cases/{id}/proposal", new { invitationCode = "tl_geen-uitnodiging" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("geen geldige uitnodiging", (await wrong.Json()).GetProperty("errors").GetProperty("invitationCode")[0].GetString());
        var elsewhere = await author.PostAsJsonAsync($"/api/course/cases/{id}/proposal", new { invitationCode = await Invite(api, "Deventer") });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, elsewhere.StatusCode);
        Assert.Contains("Deventer", (await elsewhere.Json()).GetProperty("errors").GetProperty("invitationCode")[0].GetString());
        // A participant's own key is no invitation.
        Assert.Equal(HttpStatusCode.UnprocessableEntity,
            (await author.PostAsJsonAsync($"/api/course/cases/{id}/proposal", new { invitationCode = author.DefaultRequestHeaders.Authorization!.Parameter })).StatusCode);
        Assert.Equal(0, api.Database.Registrations.Count());
        Assert.Null(api.Database.CourseCases.FindById(id)!.ProposedAs);
    }

    [Fact]
    public async Task The_case_page_carries_the_case_into_the_intake_form_in_one_action()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var author = await PracticeFormsTests.SignedIn(api, KeyRole.Participant, "A");
        await author.PostAsync("/cursus/casussen/", new FormUrlEncodedContent([new("title", "Buurtkracht Zwolle"), new("municipality", "Zwolle"),
            new("summary", "Bewoners beslissen mee over het budget."), new("frontrunners", "Wijkteam Zwolle-Zuid")]));
        var id = Assert.Single(api.Database.CourseCases.FindAll()).Id;
        var casePage = Parser.ParseDocument(await (await author.GetAsync($"/cursus/casussen/{id}/")).Content.ReadAsStringAsync());
        Assert.Equal($"/cursus/casussen/{id}/voorstellen", casePage.QuerySelector("#voorstellen form")!.GetAttribute("action"));

        var form = casePage.QuerySelector("#voorstellen form")!;
        Assert.Equal("/experimenten/aanmelden/?casus=1", form.QuerySelector("input[name=returnUrl]")!.GetAttribute("value"));
        FormUrlEncodedContent With(string code) => new([new("key", code), new("returnUrl", "/experimenten/aanmelden/?casus=1")]);

        var wrong = await author.PostAsync($"/cursus/casussen/{id}/voorstellen", With("tl_verkeerd"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        var again = Parser.ParseDocument(await wrong.Content.ReadAsStringAsync());
        Assert.Contains("geen geldige uitnodiging", again.QuerySelector("#fout-f-key")!.TextContent);
        Assert.Equal("", again.QuerySelector("#f-key")!.GetAttribute("value") ?? "");

        // The post is handed on, as it is, to the sign-in with the code (307 keeps method and body), which opens the intake's form.
        var code = await Invite(api);
        var posted = await author.PostAsync($"/cursus/casussen/{id}/voorstellen", With(code));
        Assert.Equal(HttpStatusCode.TemporaryRedirect, posted.StatusCode);
        Assert.Equal("/api/session", posted.Headers.Location?.ToString());
        var signedIn = await author.PostAsync("/api/session", With(code));
        Assert.Equal("/experimenten/aanmelden/?casus=1", signedIn.Headers.Location?.ToString());
        var intake = Parser.ParseDocument(await (await author.GetAsync("/experimenten/aanmelden/?casus=1")).Content.ReadAsStringAsync());
        Assert.Equal("Buurtkracht Zwolle", intake.QuerySelector("#f-title")!.GetAttribute("value"));
        Assert.Equal("Wijkteam Zwolle-Zuid", intake.QuerySelector("textarea[name=frontrunners]")!.TextContent.Trim());
        Assert.Contains("gegevens van uw eigen casus", intake.Body!.TextContent);
    }

    [Fact]
    public async Task The_proposal_form_refuses_another_cohort_and_another_origin()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var author = api.With(KeyRole.Participant, cohort: "A");
        var id = await CreateCase(author);
        var code = await Invite(api);
        FormUrlEncodedContent Form() => new([new("key", code), new("returnUrl", "/experimenten/aanmelden/?casus=1")]);

        var stranger = await PracticeFormsTests.SignedIn(api, KeyRole.Participant, "B");
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PostAsync($"/cursus/casussen/{id}/voorstellen", Form())).StatusCode);
        var peer = await PracticeFormsTests.SignedIn(api, KeyRole.Participant, "A");
        Assert.Equal(HttpStatusCode.Forbidden, (await peer.PostAsync($"/cursus/casussen/{id}/voorstellen", Form())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PracticeFormsTests.Browser(api).PostAsync($"/cursus/casussen/{id}/voorstellen", Form())).StatusCode);
        peer.DefaultRequestHeaders.Remove("Origin");
        peer.DefaultRequestHeaders.Add("Origin", "https://elders.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await peer.PostAsync($"/cursus/casussen/{id}/voorstellen", Form())).StatusCode);
        Assert.Equal(0, api.Database.Registrations.Count());
    }
}
