using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using TransitionLab.Api.Audit;
using TransitionLab.Api.Course.Cases;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Reflections;

namespace TransitionLab.Api.Tests;

/// <summary>A participant's own practice case: registered through the JSON API, private to the cohort, never public.</summary>
public class OwnCasesApiTests
{
    private const string Module = "verdiepen-en-opschalen";

    private static object Case(string title = "Buurtkracht Zwolle") =>
        new { title, municipality = "Zwolle", summary = "Bewoners van twee wijken beslissen mee over het budget voor ondersteuning." };

    private static async Task<Guid> Register(HttpClient participant, object body)
    {
        var response = await participant.PostAsJsonAsync("/api/course/cases", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Json()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Own_case_is_readable_by_its_cohort_and_teacher_and_refused_to_everyone_else()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var author = api.With(KeyRole.Participant, cohort: "Najaar 2026");
        var id = await Register(author, Case());

        var read = await author.GetAsync($"/api/course/cases/{id}");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var body = await read.Json();
        Assert.Equal(("Buurtkracht Zwolle", "Zwolle", "Najaar 2026"),
            (body.GetProperty("title").GetString(), body.GetProperty("municipality").GetString(), body.GetProperty("cohort").GetString()));

        Assert.Equal(HttpStatusCode.OK, (await api.With(KeyRole.Participant, cohort: "najaar 2026").GetAsync($"/api/course/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.With(KeyRole.Teacher, cohort: "Najaar 2026").GetAsync($"/api/course/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.With(KeyRole.Participant, cohort: "Voorjaar 2027").GetAsync($"/api/course/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.With(KeyRole.Teacher, cohort: "Voorjaar 2027").GetAsync($"/api/course/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.With(KeyRole.Frontrunner, [ApiFactory.Alpha]).GetAsync($"/api/course/cases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().GetAsync($"/api/course/cases/{id}")).StatusCode);
        Assert.Empty((await (await api.With(KeyRole.Participant, cohort: "Voorjaar 2027").GetAsync("/api/course/cases")).Json()).EnumerateArray());
        Assert.Single((await (await author.GetAsync("/api/course/cases")).Json()).EnumerateArray());
    }

    [Fact]
    public async Task Own_case_write_is_journaled_and_audited_under_the_participants_key()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var id = await Register(api.With(KeyRole.Participant, cohort: "A"), Case());

        var audit = Assert.Single(api.Database.Audit.FindAll(), a => a.Action == "course-case.create");
        Assert.Equal(id.ToString(), audit.Target);
        Assert.Equal(api.Database.CourseCases.FindById(id).ParticipantKeyId, audit.KeyId);
    }

    [Fact]
    public async Task Own_case_without_title_municipality_or_summary_is_refused_per_field()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var response = await api.With(KeyRole.Participant, cohort: "A").PostAsJsonAsync("/api/course/cases", new { region = "Overijssel", status = "bezig" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Json()).GetProperty("errors");
        Assert.All(new[] { "title", "municipality", "summary", "status" }, f => Assert.True(errors.TryGetProperty(f, out _), f));
        Assert.Equal(0, api.Database.CourseCases.Count());
    }

    [Fact]
    public async Task Own_case_with_a_phone_number_in_its_summary_is_rejected()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var response = await api.With(KeyRole.Participant, cohort: "A").PostAsJsonAsync("/api/course/cases",
            new { title = "Schuldhulp", municipality = "Zwolle", summary = "Bel mevrouw op 06-12345678 voor de intake." });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("telefoonnummer", (await response.Json()).GetProperty("errors").GetProperty("summary")[0].GetString());
        Assert.Equal(0, api.Database.CourseCases.Count());
    }

    [Fact]
    public async Task Only_a_participant_registers_an_own_case()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.With(KeyRole.Teacher, cohort: "A").PostAsJsonAsync("/api/course/cases", Case())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.With(KeyRole.Frontrunner, [ApiFactory.Alpha]).PostAsJsonAsync("/api/course/cases", Case())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().PostAsJsonAsync("/api/course/cases", Case())).StatusCode);
    }

    [Fact]
    public async Task Own_case_never_reaches_a_public_list_export_or_verdict()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        await Register(api.With(KeyRole.Participant, cohort: "A"), Case("Geheime casus Buurtkracht"));
        var anonymous = api.Anonymous();
        foreach (var path in new[] { "/api/experiments", "/api/verdicts", "/api/export/experimenten.csv", "/api/export/experimenten.json", "/api/snapshot",
                     "/api/insights/funnel", "/api/insights/barriers", "/api/insights/pilot-cliff" })
            Assert.DoesNotContain("Geheime casus", await (await anonymous.GetAsync(path)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Practice_reflection_on_an_own_case_is_filed_and_another_cohorts_case_is_refused()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var participant = api.With(KeyRole.Participant, cohort: "A");
        var id = await Register(participant, Case());
        JsonObject Practice(Guid caseId)
        {
            var body = VerdictsApiTests.HalfYear(1);
            ((JsonArray)body["goals"]!).Clear();
            body["caseId"] = caseId.ToString();
            return body;
        }

        var filed = await participant.PostAsJsonAsync($"/api/course/modules/{Module}/practice-reflections", Practice(id));
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        Assert.Equal(id, (await filed.Json()).GetProperty("caseId").GetGuid());

        var other = api.With(KeyRole.Participant, cohort: "B");
        var refused = await other.PostAsJsonAsync($"/api/course/modules/{Module}/practice-reflections", Practice(id));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.True((await refused.Json()).GetProperty("errors").TryGetProperty("caseId", out _));
        Assert.Equal(0, api.Database.ReflectionRevisions.Count());
    }
}
