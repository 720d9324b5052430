using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using TransitionLab.Api.Audit;
using TransitionLab.Api.Keys;

namespace TransitionLab.Api.Tests;

/// <summary>
/// A course participant practises drafting a transition-agenda item, by JSON or with the module page's form: stored
/// apart, journaled and audited, read back by the participant and their cohort's teacher only, never on the agenda.
/// </summary>
public sealed class AgendaDraftsTests
{
    private const string Module = "verdiepen-en-opschalen";
    private const string Create = $"/api/course/modules/{Module}/agenda-drafts";
    private const string FormPath = $"/api/course/modules/{Module}/agenda-drafts/form";

    private static readonly HtmlParser Parser = new();

    private static Dictionary<string, object?> Draft(string belemmering = "Geld voor een pilot loopt maar een paar jaar") => new()
    {
        ["belemmering"] = belemmering, ["level"] = "municipality", ["owner"] = "Regieteam sociaal domein",
        ["decisionMoment"] = "Voorjaarsnota 2027", ["change"] = "Een vaste begrotingspost voor pilots die werken.",
    };

    [Fact]
    public async Task A_participant_drafts_an_agenda_item_that_only_they_and_their_teacher_read_and_that_never_reaches_the_agenda()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var participant = api.With(KeyRole.Participant, cohort: "Najaar");

        var created = await participant.PostAsJsonAsync(Create, Draft());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Json();
        Assert.Equal("municipality", body.GetProperty("level").GetString());
        Assert.Equal("Najaar", body.GetProperty("cohort").GetString());
        var id = body.GetProperty("id").GetString()!;
        Assert.Single(api.Database.Audit.Find(a => a.Action == "agenda-draft.create" && a.Target == id));

        var mine = await (await participant.GetAsync("/api/course/agenda-drafts/mine")).Json();
        Assert.Equal([id], mine.EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        Assert.Empty((await (await api.With(KeyRole.Participant, cohort: "Najaar").GetAsync("/api/course/agenda-drafts/mine")).Json()).EnumerateArray());

        var teacher = await (await api.With(KeyRole.Teacher, cohort: "Najaar").GetAsync(Create)).Json();
        Assert.Equal([id], teacher.EnumerateArray().Select(d => d.GetProperty("id").GetString()));
        Assert.Empty((await (await api.With(KeyRole.Teacher, cohort: "Voorjaar").GetAsync(Create)).Json()).EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.GetAsync(Create)).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await api.With(KeyRole.Frontrunner, [ApiFactory.Alpha]).PostAsJsonAsync(Create, Draft())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().PostAsJsonAsync(Create, Draft())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await participant.PostAsJsonAsync("/api/course/modules/bestaat-niet/agenda-drafts", Draft())).StatusCode);

        Assert.DoesNotContain("Geld voor een pilot loopt maar een paar jaar", await api.Anonymous().GetStringAsync("/api/agenda"));
        Assert.DoesNotContain("Geld voor een pilot loopt maar een paar jaar", await api.Anonymous().GetStringAsync("/transitieagenda/"));
    }

    [Fact]
    public async Task A_draft_naming_an_email_address_or_holding_a_control_character_or_lacking_a_field_is_422_per_field_and_not_stored()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var participant = api.With(KeyRole.Participant, cohort: "Najaar");
        var draft = Draft();
        draft["owner"] = "wethouder@gemeente.nl";
        draft["decisionMoment"] = "Voorjaarsnota\u0007";
        draft.Remove("change");

        var refused = await participant.PostAsJsonAsync(Create, draft);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var errors = (await refused.Json()).GetProperty("errors");
        Assert.Equal(["change", "decisionMoment", "owner"], errors.EnumerateObject().Select(e => e.Name).Order());
        Assert.DoesNotContain("wethouder@gemeente.nl", await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, api.Database.Audit.Count(a => a.Action == "agenda-draft.create"));
    }

    [Fact]
    public async Task The_form_shows_dutch_errors_next_to_the_field_and_a_saved_draft_shows_to_the_participant_and_the_cohorts_teacher()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var participant = await PracticeFormsTests.SignedIn(api, KeyRole.Participant, "Najaar");
        List<KeyValuePair<string, string>> fields =
        [
            new("belemmering", "Inkoop per product"), new("level", "region"), new("owner", ""),
            new("decisionMoment", "Regionale inkoopronde 2027"), new("change", "Inkoop op taak in plaats van per product."),
        ];

        var refused = await participant.PostAsync(FormPath, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = Parser.ParseDocument(await refused.Content.ReadAsStringAsync());
        var owner = page.QuerySelector("#agendapunt input[name=owner]")!;
        Assert.Equal("true", owner.GetAttribute("aria-invalid"));
        Assert.Equal("Noem wie de verandering trekt: een organisatie of rol, geen persoon.",
            page.GetElementById(owner.GetAttribute("aria-describedby")!.Split(' ')[0])!.TextContent.Trim());
        Assert.Equal("Inkoop per product", page.QuerySelector("#agendapunt input[name=belemmering]")!.GetAttribute("value"));

        fields[2] = new("owner", "Regionaal inkoopbureau jeugd");
        var saved = await participant.PostAsync(FormPath, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/cursus/{Module}/?agendapunt=1#agendapunt-opgeslagen", saved.Headers.Location!.OriginalString);

        var mine = Parser.ParseDocument(await participant.GetStringAsync($"/cursus/{Module}/mijn-oefeningen/"));
        Assert.Equal("Inkoop per product", mine.QuerySelector(".agenda-drafts .agenda-draft h3")!.TextContent);
        Assert.Equal("Regio", mine.QuerySelector(".agenda-drafts dd[data-level=region]")!.TextContent);
        var teacher = await PracticeFormsTests.SignedIn(api, KeyRole.Teacher, "Najaar");
        var cohort = Parser.ParseDocument(await teacher.GetStringAsync($"/cursus/{Module}/cohort/"));
        Assert.Equal("Inkoop per product", cohort.QuerySelector(".agenda-drafts .agenda-draft h3")!.TextContent);
    }
}
