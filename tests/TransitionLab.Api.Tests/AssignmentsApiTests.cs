using System.Net;
using System.Net.Http.Json;
using System.Text;
using TransitionLab.Api.Audit;
using TransitionLab.Api.Course.Assignments;
using TransitionLab.Api.Keys;

namespace TransitionLab.Api.Tests;

/// <summary>Hand-ins of a module's exercise, comments of peers and the teacher, and the cohort's progress, through the JSON API.</summary>
public class AssignmentsApiTests
{
    // The fixture module has no exercise_form of its own, so it takes the free-text form with one field, "answer".
    private const string Module = "verdiepen-en-opschalen";
    private const string HandInPath = $"/api/course/modules/{Module}/assignments";

    private static async Task<Guid> Save(HttpClient participant, string answer, bool handIn, bool share = false)
    {
        var response = await participant.PostAsJsonAsync(HandInPath, new { answers = new Dictionary<string, string> { ["answer"] = answer }, handIn, share });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Json()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Draft_then_hand_in_keeps_both_versions_and_the_teacher_sees_only_the_hand_in()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var participant = api.With(KeyRole.Participant, cohort: "A");
        var id = await Save(participant, "Eerste opzet", handIn: false);
        var teacher = api.With(KeyRole.Teacher, cohort: "A");
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync($"/api/course/assignments/{id}")).StatusCode);

        Assert.Equal(id, await Save(participant, "Uitgewerkt", handIn: true));

        var own = await (await participant.GetAsync($"/api/course/assignments/{id}")).Json();
        Assert.Equal(new[] { (1, false, "Eerste opzet"), (2, true, "Uitgewerkt") },
            own.GetProperty("versions").EnumerateArray().Select(v => (v.GetProperty("number").GetInt32(), v.GetProperty("handedIn").GetBoolean(),
                v.GetProperty("answers").GetProperty("answer").GetString()!)).ToArray());
        var seen = await (await teacher.GetAsync($"/api/course/assignments/{id}")).Json();
        Assert.Equal(2, Assert.Single(seen.GetProperty("versions").EnumerateArray()).GetProperty("number").GetInt32());
        Assert.Equal(["course-assignment.draft", "course-assignment.hand-in"],
            api.Database.Audit.FindAll().Where(a => a.Action.StartsWith("course-assignment", StringComparison.Ordinal)).OrderBy(a => a.At).ThenBy(a => a.Id).Select(a => a.Action));
    }

    [Fact]
    public async Task Hand_in_with_an_empty_required_field_is_refused_but_a_draft_is_saved()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var participant = api.With(KeyRole.Participant, cohort: "A");
        var refused = await participant.PostAsJsonAsync(HandInPath, new { answers = new Dictionary<string, string>(), handIn = true });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.True((await refused.Json()).GetProperty("errors").TryGetProperty("answers.answer", out _));
        var unknown = await participant.PostAsJsonAsync(HandInPath, new { answers = new Dictionary<string, string> { ["owner"] = "x" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await participant.PostAsJsonAsync(HandInPath, new { answers = new Dictionary<string, string>() })).StatusCode);
    }

    [Fact]
    public async Task Hand_in_with_a_bsn_is_rejected()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var response = await api.With(KeyRole.Participant, cohort: "A").PostAsJsonAsync(HandInPath,
            new { answers = new Dictionary<string, string> { ["answer"] = "Casus van BSN 111222333 besproken." }, handIn = true });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("burgerservicenummer", (await response.Json()).GetProperty("errors").GetProperty("answers.answer")[0].GetString());
        Assert.Equal(0, api.Database.Assignments.Count());
    }

    [Fact]
    public async Task Peers_comment_only_on_a_shared_hand_in_and_only_the_teacher_marks_it_done()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var author = api.With(KeyRole.Participant, cohort: "A");
        var peer = api.With(KeyRole.Participant, cohort: "A");
        var teacher = api.With(KeyRole.Teacher, cohort: "A");
        var stranger = api.With(KeyRole.Participant, cohort: "B");
        var id = await Save(author, "Uitgewerkt", handIn: true);
        var feedback = $"/api/course/assignments/{id}/feedback";

        Assert.Equal(HttpStatusCode.Forbidden, (await peer.PostAsJsonAsync(feedback, new { text = "Sterk punt." })).StatusCode);
        Assert.Empty((await (await peer.GetAsync($"/api/course/modules/{Module}/assignments")).Json()).EnumerateArray());
        await Save(author, "Uitgewerkt en gedeeld", handIn: true, share: true);
        Assert.Single((await (await peer.GetAsync($"/api/course/modules/{Module}/assignments")).Json()).EnumerateArray());

        Assert.Equal(HttpStatusCode.OK, (await peer.PostAsJsonAsync(feedback, new { text = "Sterk punt." })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await peer.PostAsJsonAsync(feedback, new { text = "Klaar!", done = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.PostAsJsonAsync(feedback, new { text = "Zelf" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PostAsJsonAsync(feedback, new { text = "Hoi" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync($"/api/course/assignments/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().GetAsync($"/api/course/assignments/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await teacher.PostAsJsonAsync(feedback, new { text = "Goed uitgewerkt.", done = true })).StatusCode);

        var read = await (await author.GetAsync($"/api/course/assignments/{id}")).Json();
        Assert.Equal(new[] { (false, "Sterk punt.", 2), (true, "Goed uitgewerkt.", 2) },
            read.GetProperty("feedback").EnumerateArray().Select(f => (f.GetProperty("byTeacher").GetBoolean(), f.GetProperty("text").GetString()!, f.GetProperty("version").GetInt32())).ToArray());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, read.GetProperty("doneAt").ValueKind);
    }

    [Fact]
    public async Task Teacher_sees_the_cohort_progress_table_and_downloads_it_as_csv()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var author = api.With(KeyRole.Participant, cohort: "A");
        api.With(KeyRole.Participant, cohort: "A");
        api.With(KeyRole.Participant, cohort: "B");
        var id = await Save(author, "Uitgewerkt", handIn: true);
        var teacher = api.With(KeyRole.Teacher, cohort: "A");
        await teacher.PostAsJsonAsync($"/api/course/assignments/{id}/feedback", new { text = "Goed.", done = true });

        var table = await (await teacher.GetAsync("/api/course/progress")).Json();
        var rows = table.GetProperty("participants").EnumerateArray().ToArray();
        Assert.Equal(2, rows.Length);
        // The API leaves out null fields, so a module not done has no doneAt.
        Assert.Single(rows, r => r.GetProperty("modules")[0].TryGetProperty("doneAt", out var done) && done.ValueKind == System.Text.Json.JsonValueKind.String);
        Assert.Single((await (await author.GetAsync("/api/course/progress")).Json()).GetProperty("participants").EnumerateArray());

        var csv = await teacher.GetAsync("/api/course/progress.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("Deelnemer;", lines[0]);
        Assert.Contains(lines, l => l.Contains("klaar op 1 november 2026", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync("/api/course/progress.csv")).StatusCode);
    }
}
