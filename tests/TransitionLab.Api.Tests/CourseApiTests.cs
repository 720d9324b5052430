using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LiteDB;
using TransitionLab.Api.Course;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Reflections;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Tests;

public class CourseApiTests
{
    private const string Module = "verdiepen-en-opschalen";
    private const string ModulePath = $"/api/course/modules/{Module}/practice-reflections";
    private const string MinePath = "/api/course/practice-reflections/mine";
    private const string ComparisonPath = $"/api/course/modules/{Module}/comparison?experiment={ApiFactory.Alpha}";

    private static JsonObject Practice(int cycle = 1, string experiment = ApiFactory.Alpha)
    {
        var body = VerdictsApiTests.HalfYear(cycle);
        body["experimentSlug"] = experiment;
        return body;
    }

    private static async Task<Guid> File(HttpClient participant, JsonObject body)
    {
        var response = await participant.PostAsJsonAsync(ModulePath, body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Json()).GetProperty("id").GetGuid();
    }

    private static async Task<Guid[]> Ids(HttpClient client, string path) =>
        (await (await client.GetAsync(path)).Json()).EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToArray();

    [Fact]
    public async Task Practice_reflection_is_filed_with_cohort_module_and_participant()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var participant = api.With(KeyRole.Participant, cohort: "Najaar 2026");
        var response = await participant.PostAsJsonAsync(ModulePath, Practice());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Json();
        Assert.Equal((Module, "Najaar 2026"), (created.GetProperty("module").GetString(), created.GetProperty("cohort").GetString()));
        var participantId = created.GetProperty("participantKeyId").GetString();
        Assert.StartsWith("key_", participantId);
        var reflection = created.GetProperty("reflection");
        Assert.Equal((ApiFactory.Alpha, participantId), (reflection.GetProperty("experimentSlug").GetString(), reflection.GetProperty("recordedBy").GetString()));
        Assert.Equal("2025-06-30", reflection.GetProperty("barriers")[0].GetProperty("firstSeen").GetString());
        Assert.Equal(1, api.Database.PracticeReflections.Count());
        Assert.Equal(0, api.Database.ReflectionRevisions.Count());
    }

    [Fact]
    public async Task Practice_reflection_never_changes_a_verdict_or_a_public_list()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var frontrunner = api.With(KeyRole.Frontrunner, [ApiFactory.Alpha]);
        for (var cycle = 1; cycle <= 2; cycle++)
            await frontrunner.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", VerdictsApiTests.HalfYear(cycle));
        var anonymous = api.Anonymous();
        string[] publicPaths =
        [
            $"/api/experiments/{ApiFactory.Alpha}/verdict", "/api/verdicts", $"/api/experiments/{ApiFactory.Alpha}/reflections",
            "/api/insights/barriers", "/api/insights/funnel", "/api/insights/pilot-cliff", "/api/export/experimenten.json", "/api/export/experimenten.csv",
        ];
        async Task<string[]> Snapshot() => await Task.WhenAll(publicPaths.Select(async p => await (await anonymous.GetAsync(p)).Content.ReadAsStringAsync()));
        var before = await Snapshot();

        // As a frontrunner's third reflection this one would lift the verdict out of "insufficient evidence".
        var participant = api.With(KeyRole.Participant, cohort: "A");
        await File(participant, Practice(3));
        var practiceOnBeta = Practice(3, ApiFactory.Beta);
        ((JsonArray)practiceOnBeta["goals"]!).Clear();
        await File(participant, practiceOnBeta);

        Assert.Equal(before, await Snapshot());
        Assert.Equal("insufficient-evidence", (await (await anonymous.GetAsync($"/api/experiments/{ApiFactory.Alpha}/verdict")).Json()).GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Participant_cannot_read_another_participants_practice_reflections()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var first = api.With(KeyRole.Participant, cohort: "A");
        var second = api.With(KeyRole.Participant, cohort: "A");
        var id = await File(first, Practice());

        Assert.Equal([id], await Ids(first, MinePath));
        Assert.Empty(await Ids(second, MinePath));
        Assert.Equal(HttpStatusCode.Forbidden, (await second.GetAsync(ModulePath)).StatusCode);
    }

    [Fact]
    public async Task Teacher_sees_their_own_cohort_only()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var inA = await File(api.With(KeyRole.Participant, cohort: "A"), Practice());
        var inB = await File(api.With(KeyRole.Participant, cohort: "B"), Practice(2));
        var teacherA = api.With(KeyRole.Teacher, cohort: "a");
        var teacherB = api.With(KeyRole.Teacher, cohort: "B");

        Assert.Equal([inA], await Ids(teacherA, ModulePath));
        Assert.Equal([inB], await Ids(teacherB, ModulePath));

        var comparison = await (await teacherA.GetAsync(ComparisonPath)).Json();
        Assert.Equal(inA, comparison.GetProperty("practice").EnumerateArray().Single().GetProperty("reflectionId").GetGuid());
        Assert.Equal(0, comparison.GetProperty("frontrunners").GetArrayLength());
    }

    [Fact]
    public async Task Comparison_puts_the_cohort_next_to_the_frontrunners_latest_reflections()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var frontrunner = api.With(KeyRole.Frontrunner, [ApiFactory.Alpha]);
        var first = (await (await frontrunner.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", VerdictsApiTests.HalfYear(1))).Json()).GetProperty("id").GetGuid();
        var corrected = VerdictsApiTests.HalfYear(1);
        corrected["evidenceLevel"] = 3;
        await frontrunner.PutAsJsonAsync($"/api/reflections/{first}", corrected);
        var practice = Practice();
        practice["evidenceLevel"] = 1;
        practice["loop"]!["decision"] = "stop";
        await File(api.With(KeyRole.Participant, cohort: "A"), practice);

        var comparison = await (await api.With(KeyRole.Teacher, cohort: "A").GetAsync(ComparisonPath)).Json();
        var own = comparison.GetProperty("frontrunners").EnumerateArray().Single();
        var theirs = comparison.GetProperty("practice").EnumerateArray().Single();
        Assert.Equal((3, "persevere"), (own.GetProperty("evidenceLevel").GetInt32(), own.GetProperty("decision").GetString()));
        Assert.False(own.TryGetProperty("participantKeyId", out _));
        Assert.Equal((1, "stop"), (theirs.GetProperty("evidenceLevel").GetInt32(), theirs.GetProperty("decision").GetString()));
        Assert.Equal("short-term-funding", theirs.GetProperty("regimeBarriers")[0].GetString());
        Assert.Equal("partly-confirmed", theirs.GetProperty("hypothesisResult").GetString());
    }

    [Fact]
    public async Task Participant_cannot_use_teacher_endpoints_and_other_roles_cannot_practise()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var participant = api.With(KeyRole.Participant, cohort: "A");
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.GetAsync(ModulePath)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.GetAsync(ComparisonPath)).StatusCode);

        var teacher = api.With(KeyRole.Teacher, cohort: "A");
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.PostAsJsonAsync(ModulePath, Practice())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync(MinePath)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.With(KeyRole.Frontrunner, [ApiFactory.Alpha]).PostAsJsonAsync(ModulePath, Practice())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.With(KeyRole.Admin).GetAsync(ModulePath)).StatusCode);
        Assert.Equal(0, api.Database.PracticeReflections.Count());
    }

    [Fact]
    public async Task Course_endpoints_without_a_key_are_401()
    {
        using var api = new ApiFactory();
        var anonymous = api.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync(ModulePath, Practice())).StatusCode);
        foreach (var path in new[] { ModulePath, MinePath, ComparisonPath })
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Practice_reflection_with_a_bsn_is_refused_422()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var body = Practice();
        body["loop"]!["observed"] = "Moeder met BSN 111222333 kwam langs.";
        var response = await api.With(KeyRole.Participant, cohort: "A").PostAsJsonAsync(ModulePath, body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.Json()).GetProperty("errors").TryGetProperty("loop.observed", out _));
        Assert.Equal(0, api.Database.PracticeReflections.Count());
    }

    [Fact]
    public async Task Unknown_module_is_404_and_a_missing_or_unknown_experiment_is_422()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var participant = api.With(KeyRole.Participant, cohort: "A");
        Assert.Equal(HttpStatusCode.NotFound, (await participant.PostAsJsonAsync("/api/course/modules/bestaat-niet/practice-reflections", Practice())).StatusCode);

        var unknown = await participant.PostAsJsonAsync(ModulePath, Practice(experiment: "bestaat-niet"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unknown.StatusCode);
        Assert.Contains(ApiFactory.Alpha, (await unknown.Json()).GetProperty("errors").GetProperty("experimentSlug")[0].GetString());
        var missing = Practice();
        missing.Remove("experimentSlug");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await participant.PostAsJsonAsync(ModulePath, missing)).StatusCode);

        var teacher = api.With(KeyRole.Teacher, cohort: "A");
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync("/api/course/modules/bestaat-niet/practice-reflections")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/api/course/modules/{Module}/comparison?experiment=bestaat-niet")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await teacher.GetAsync($"/api/course/modules/{Module}/comparison")).StatusCode);
    }

    [Fact]
    public async Task Participant_and_teacher_keys_need_a_cohort()
    {
        using var api = new ApiFactory();
        var admin = api.Admin();
        var refused = await admin.PostAsJsonAsync("/api/keys", new { role = "participant" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.True((await refused.Json()).GetProperty("errors").TryGetProperty("cohort", out _));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.PostAsJsonAsync("/api/keys", new { role = "teacher", cohort = " " })).StatusCode);

        var created = await admin.PostAsJsonAsync("/api/keys", new { role = "teacher", cohort = " Najaar 2026 " });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Najaar 2026", (await created.Json()).GetProperty("details").GetProperty("cohort").GetString());
    }

    [Fact]
    public void Keys_command_makes_participant_and_teacher_keys_only_with_a_cohort()
    {
        using var temp = new TempFolder("tl-cli-tests");
        var data = temp.Path;
        var error = new StringWriter();
        Assert.Equal(2, KeysCommand.Run(["keys", "create", "--role", "participant", "--data", data], new StringWriter(), error));
        Assert.Contains("cohort", error.ToString());
        Assert.Equal(0, KeysCommand.Run(["keys", "create", "--role", "participant", "--cohort", "Najaar 2026", "--data", data], new StringWriter(), new StringWriter()));
        Assert.Equal(0, KeysCommand.Run(["keys", "create", "--role", "teacher", "--cohort", "Najaar 2026", "--data", data], new StringWriter(), new StringWriter()));
        var list = new StringWriter();
        KeysCommand.Run(["keys", "list", "--data", data], list, new StringWriter());
        Assert.Equal(2, list.ToString().Split('\n').Count(l => l.Contains("Najaar 2026", StringComparison.Ordinal)));
    }

    [Fact]
    public void Practice_reflection_round_trips_through_litedb()
    {
        using var db = new Database(new LiteDatabase(new MemoryStream(), Database.CreateMapper()));
        var request = System.Text.Json.JsonSerializer.Deserialize<PracticeReflectionRequest>(Practice().ToJsonString(), ApiFactory.Json)!;
        var (reflection, missing) = Reflections.ReflectionMapping.ToDomain(request, Guid.NewGuid(), ApiFactory.Alpha);
        Assert.Empty(missing);
        var stored = (reflection with { Revision = 1, RecordedAt = new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero), RecordedBy = "key_p" }).ToStored(Module, "A");
        db.PracticeReflections.Insert(stored);

        var back = db.PracticeReflections.FindById(stored.Id);
        var json = (PracticeReflectionDto dto) => System.Text.Json.JsonSerializer.Serialize(dto, ApiFactory.Json);
        Assert.Equal(json(stored.AsDto()), json(back.AsDto()));
        Assert.Equal("key_p", back.ParticipantKeyId);
    }
}
