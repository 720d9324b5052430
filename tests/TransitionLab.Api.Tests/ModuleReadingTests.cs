using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using TransitionLab.Api.Audit;
using TransitionLab.Api.Course.Reading;
using TransitionLab.Api.Keys;

namespace TransitionLab.Api.Tests;

/// <summary>"Read" per module: a participant marks it through the JSON API or the button on the module page, and the progress shows it.</summary>
public class ModuleReadingTests
{
    private const string Module = "verdiepen-en-opschalen";
    private const string ReadPath = $"/api/course/modules/{Module}/read";
    private static readonly HtmlParser Parser = new();

    private static async Task<JsonElement> CellAsync(HttpClient client, string? participant = null)
    {
        var table = await (await client.GetAsync("/api/course/progress")).Json();
        var row = participant is null ? table.GetProperty("participants")[0]
            : table.GetProperty("participants").EnumerateArray().Single(p => p.GetProperty("name").GetString() == participant);
        return row.GetProperty("modules").EnumerateArray().Single(m => m.GetProperty("module").GetString() == Module);
    }

    // The API leaves out what is null, so a module not read has no readAt at all.
    private static DateTimeOffset? ReadAt(JsonElement cell) =>
        cell.TryGetProperty("readAt", out var at) && at.ValueKind != JsonValueKind.Null ? at.GetDateTimeOffset() : null;

    [Fact]
    public async Task Participant_marks_a_module_read_and_it_shows_in_their_progress_and_their_teachers_table_and_csv()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var participant = api.With(KeyRole.Participant, cohort: "A");
        var teacher = api.With(KeyRole.Teacher, cohort: "A");

        Assert.Null(ReadAt(await CellAsync(participant)));
        var marked = await participant.PutAsync(ReadPath, null);
        Assert.Equal(HttpStatusCode.OK, marked.StatusCode);
        var readAt = (await marked.Json()).GetProperty("readAt").GetDateTimeOffset();
        Assert.Equal(HttpStatusCode.OK, (await participant.PutAsync(ReadPath, null)).StatusCode);

        Assert.Equal(readAt, ReadAt(await CellAsync(participant)));
        var rows = (await (await teacher.GetAsync("/api/course/progress")).Json()).GetProperty("participants").EnumerateArray().ToArray();
        var cell = Assert.Single(rows).GetProperty("modules").EnumerateArray().Single(m => m.GetProperty("module").GetString() == Module);
        Assert.Equal(readAt, ReadAt(cell));
        var csv = System.Text.Encoding.UTF8.GetString(await (await teacher.GetAsync("/api/course/progress.csv")).Content.ReadAsByteArrayAsync());
        Assert.Contains("gelezen op", csv.Split("\r\n")[1]);
        // Marking twice is one write: the first date stays and the audit log names it once.
        Assert.Equal(["course-module.read"], api.Database.Audit.FindAll().Where(a => a.Action.StartsWith("course-module", StringComparison.Ordinal)).Select(a => a.Action));
    }

    [Fact]
    public async Task A_read_mark_is_taken_back_and_only_a_participant_marks()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var participant = api.With(KeyRole.Participant, cohort: "A");
        await participant.PutAsync(ReadPath, null);

        Assert.Equal(HttpStatusCode.NoContent, (await participant.DeleteAsync(ReadPath)).StatusCode);
        Assert.Null(ReadAt(await CellAsync(participant)));
        var again = await participant.DeleteAsync(ReadPath);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal("application/problem+json", again.Content.Headers.ContentType?.MediaType);

        var teacher = await api.With(KeyRole.Teacher, cohort: "A").PutAsync(ReadPath, null);
        Assert.Equal(HttpStatusCode.Forbidden, teacher.StatusCode);
        Assert.Equal("application/problem+json", teacher.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.With(KeyRole.Frontrunner, [ApiFactory.Alpha]).PutAsync(ReadPath, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Anonymous().PutAsync(ReadPath, null)).StatusCode);
        var unknown = await participant.PutAsync("/api/course/modules/bestaat-niet/read", null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(["course-module.read", "course-module.unread"],
            api.Database.Audit.FindAll().Where(a => a.Action.StartsWith("course-module", StringComparison.Ordinal)).OrderBy(a => a.At).ThenBy(a => a.Id).Select(a => a.Action));
    }

    [Fact]
    public async Task Another_cohort_never_sees_a_read_mark()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        await api.With(KeyRole.Participant, cohort: "A").PutAsync(ReadPath, null);

        Assert.Null(ReadAt(await CellAsync(api.With(KeyRole.Participant, cohort: "B"))));
        var otherTeacher = await (await api.With(KeyRole.Teacher, cohort: "B").GetAsync("/api/course/progress")).Json();
        // Teacher B sees only cohort B's own participant, who read nothing.
        var row = Assert.Single(otherTeacher.GetProperty("participants").EnumerateArray());
        Assert.All(row.GetProperty("modules").EnumerateArray(), cell => Assert.Null(ReadAt(cell)));
    }

    [Fact]
    public async Task The_read_button_marks_the_module_and_the_exercise_page_shows_it_and_takes_it_back()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var participant = await PracticeFormsTests.SignedIn(api, KeyRole.Participant, "A");
        var module = Parser.ParseDocument(await (await participant.GetAsync($"/cursus/{Module}/")).Content.ReadAsStringAsync());
        var form = module.QuerySelector("#gelezen form")!;
        Assert.EndsWith($"/cursus/{Module}/gelezen", form.GetAttribute("action"));

        var posted = await participant.PostAsync($"/cursus/{Module}/gelezen", new FormUrlEncodedContent([new("gelezen", "true")]));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"/cursus/{Module}/?gelezen=1#gelezen-opgeslagen", posted.Headers.Location?.ToString());
        var exercise = Parser.ParseDocument(await (await participant.GetAsync($"/cursus/{Module}/opdracht/")).Content.ReadAsStringAsync());
        Assert.Equal("true", exercise.QuerySelector("#gelezen [data-read]")!.GetAttribute("data-read"));
        Assert.Contains("gelezen op", exercise.QuerySelector("#gelezen")!.TextContent);
        var progress = Parser.ParseDocument(await (await participant.GetAsync("/cursus/voortgang/")).Content.ReadAsStringAsync());
        Assert.Contains("gelezen op", progress.QuerySelector($"tr[data-module='{Module}'] td")!.TextContent);

        var undo = exercise.QuerySelector("#gelezen form")!;
        var fields = undo.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!)).ToArray();
        Assert.Contains(new KeyValuePair<string, string>("gelezen", "false"), fields);
        var taken = await participant.PostAsync(undo.GetAttribute("action"), new FormUrlEncodedContent(fields));
        Assert.Equal($"/cursus/{Module}/opdracht/#gelezen", taken.Headers.Location?.ToString());
        Assert.Equal(0, api.Database.ModuleReads.Count());
    }

    [Fact]
    public async Task The_read_button_refuses_a_teacher_a_stranger_and_another_origin()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        FormUrlEncodedContent Form() => new([new("gelezen", "true")]);

        Assert.Equal(HttpStatusCode.Forbidden, (await (await PracticeFormsTests.SignedIn(api, KeyRole.Teacher, "A")).PostAsync($"/cursus/{Module}/gelezen", Form())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PracticeFormsTests.Browser(api).PostAsync($"/cursus/{Module}/gelezen", Form())).StatusCode);
        var participant = await PracticeFormsTests.SignedIn(api, KeyRole.Participant, "A");
        Assert.Equal(HttpStatusCode.NotFound, (await participant.PostAsync("/cursus/bestaat-niet/gelezen", Form())).StatusCode);
        participant.DefaultRequestHeaders.Remove("Origin");
        participant.DefaultRequestHeaders.Add("Origin", "https://elders.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.PostAsync($"/cursus/{Module}/gelezen", Form())).StatusCode);
        Assert.Equal(0, api.Database.ModuleReads.Count());
    }
}
