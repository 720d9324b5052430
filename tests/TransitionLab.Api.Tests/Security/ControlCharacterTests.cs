using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using TransitionLab.Api.Agenda;
using TransitionLab.Api.Backup;
using TransitionLab.Api.Keys;
using TransitionLab.Core.Text;

namespace TransitionLab.Api.Tests.Security;

/// <summary>
/// Found by the HTML fuzz suite: a reflection with U+0001 in its free text was stored (the form answered 302), and
/// from then on every rebuild of its experiment's pages failed writing the Atom feed (XML has no U+0001), so the
/// site stopped showing that experiment's new reflections. Own cases and agenda items took such text too. Every
/// free-text write now refuses it, through the JSON API with a problem details answer naming the field and through
/// the forms with a Dutch error next to the field, and stores nothing.
/// </summary>
public sealed class ControlCharacterTests
{
    private const string Module = "verdiepen-en-opschalen";
    private const string Cohort = "Najaar";
    private const string DraftSlug = "concept-proef";

    /// <summary>One free-text write: its setup, then a request that puts <c>text</c> in the field named <see cref="Field"/>.</summary>
    public sealed record Write(string Name, string Field, Func<ApiFactory, Task<Func<string, Task<HttpResponseMessage>>>> Arrange)
    {
        public override string ToString() => Name;
    }

    public static readonly Write[] JsonWrites =
    [
        new("reflection", "loop.learned", async api =>
        {
            var frontrunner = api.Frontrunner();
            return text => frontrunner.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", With(Samples.Reflection(), "loop", "learned", text));
        }),
        new("practice reflection", "loop.therefore", async api =>
        {
            var participant = api.ClientWith(Issue(api, KeyRole.Participant));
            var body = Samples.Reflection();
            body["experimentSlug"] = ApiFactory.Alpha;
            return text => participant.PostAsJsonAsync($"/api/course/modules/{Module}/practice-reflections", With(body, "loop", "therefore", text));
        }),
        new("decision", "rationale", async api =>
        {
            var steward = api.Steward();
            return text => steward.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/decisions", With(Samples.Decision(), null, "rationale", text));
        }),
        new("intake: registration", "title", async api =>
        {
            var admin = api.Admin();
            return text => admin.PostAsJsonAsync("/api/experiments", With(Samples.Draft(DraftSlug), null, "title", text));
        }),
        new("intake: review comment", "comments.summary", async api =>
        {
            var steward = api.Steward();
            var admin = api.Admin();
            await Succeeds(admin.PostAsJsonAsync("/api/experiments", Samples.Draft(DraftSlug)));
            await Succeeds(admin.PostAsync($"/api/experiments/{DraftSlug}/submit", null));
            return text => steward.PostAsJsonAsync($"/api/experiments/{DraftSlug}/review",
                new { action = "request-changes", comments = new Dictionary<string, string> { ["summary"] = text } });
        }),
        new("intake: invitation label", "label", async api =>
        {
            var steward = api.Steward();
            return text => steward.PostAsJsonAsync("/api/invitations", new { municipality = "Alphen", label = text });
        }),
        new("key label", "label", async api =>
        {
            var admin = api.Admin();
            return text => admin.PostAsJsonAsync("/api/keys", new { role = "steward", municipality = "Alphen", label = text });
        }),
        new("agenda item", "title", async api =>
        {
            var steward = api.Steward();
            return text => steward.PostAsJsonAsync("/api/agenda", new { title = text, level = "municipality", status = "signalled", experiments = new[] { ApiFactory.Alpha } });
        }),
        new("agenda dismissal", "reason", async api =>
        {
            var steward = api.Steward();
            var id = await AgendaItem(steward);
            return text => steward.PostAsJsonAsync($"/api/agenda/{id}/dismiss", new { reason = text });
        }),
        new("own case", "summary", async api =>
        {
            var participant = api.ClientWith(Issue(api, KeyRole.Participant));
            return text => participant.PostAsJsonAsync("/api/course/cases", new { title = "Eigen casus", municipality = "Zwolle", summary = text });
        }),
        new("exercise hand-in", "answers.answer", async api =>
        {
            var participant = api.ClientWith(Issue(api, KeyRole.Participant));
            return text => participant.PostAsJsonAsync($"/api/course/modules/{Module}/assignments", new { answers = new Dictionary<string, string> { ["answer"] = text }, handIn = true });
        }),
        new("comment on a hand-in", "text", async api =>
        {
            var id = await HandIn(api);
            var teacher = api.ClientWith(Issue(api, KeyRole.Teacher));
            return text => teacher.PostAsJsonAsync($"/api/course/assignments/{id}/feedback", new { text });
        }),
    ];

    public static readonly Write[] FormWrites =
    [
        new("reflection form", "loop.learned", async api =>
        {
            var browser = await SignedIn(api, api.Key(KeyRole.Frontrunner, [ApiFactory.Alpha]));
            return text => browser.PostAsync($"/api/experiments/{ApiFactory.Alpha}/reflections/form",
                new FormUrlEncodedContent(Samples.FormFields(With(Samples.Reflection(cycle: 3), "loop", "learned", text))));
        }),
        new("intake: registration form", "summary", async api =>
        {
            var browser = await SignedIn(api, api.Key(KeyRole.Admin));
            return text => browser.PostAsync("/api/experiments/form", new FormUrlEncodedContent(
                [new("title", "Concept via het formulier"), new("slug", DraftSlug), new("summary", text), new("municipality", "Alphen")]));
        }),
        // A half-filled draft is saved with its codes as typed, so a code field is guarded too.
        new("intake: registration form, a code field", "startDate", async api =>
        {
            var browser = await SignedIn(api, api.Key(KeyRole.Admin));
            return text => browser.PostAsync("/api/experiments/form", new FormUrlEncodedContent(
                [new("title", "Concept via het formulier"), new("slug", DraftSlug), new("startDate", text), new("municipality", "Alphen")]));
        }),
        new("intake: review form", "comments.summary", async api =>
        {
            var admin = api.Admin();
            await Succeeds(admin.PostAsJsonAsync("/api/experiments", Samples.Draft(DraftSlug)));
            await Succeeds(admin.PostAsync($"/api/experiments/{DraftSlug}/submit", null));
            var steward = await SignedIn(api, api.Key(KeyRole.Steward, municipality: "Alphen"));
            return text => steward.PostAsync($"/api/experiments/{DraftSlug}/review/form",
                new FormUrlEncodedContent([new("action", "request-changes"), new("comments.summary", text)]));
        }),
        new("agenda form", "owner", async api =>
        {
            var id = await AgendaItem(api.Steward());
            var version = api.Database.Agenda.FindById(id)!.Version;
            var steward = await SignedIn(api, api.Key(KeyRole.Steward, municipality: "Alphen"));
            return text => steward.PostAsync($"/api/agenda/{id}/form", new FormUrlEncodedContent(
            [
                new("version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("title", "Geld in aparte potjes"),
                new("level", "municipality"), new("status", "on-agenda"), new("owner", text),
            ]));
        }),
        new("own case form", "title", async api =>
        {
            var participant = await SignedIn(api, Issue(api, KeyRole.Participant));
            return text => participant.PostAsync("/cursus/casussen/", new FormUrlEncodedContent(
                [new("title", text), new("municipality", "Zwolle"), new("summary", "Bewoners van twee wijken beslissen mee over het budget.")]));
        }),
        new("exercise form", "answers.answer", async api =>
        {
            var participant = await SignedIn(api, Issue(api, KeyRole.Participant));
            return text => participant.PostAsync($"/cursus/{Module}/opdracht/", new FormUrlEncodedContent([new("answers.answer", text), new("handIn", "true")]));
        }),
        new("comment form", "text", async api =>
        {
            var id = await HandIn(api);
            var teacher = await SignedIn(api, Issue(api, KeyRole.Teacher));
            return text => teacher.PostAsync($"/cursus/opdrachten/{id}/reactie", new FormUrlEncodedContent([new("text", text)]));
        }),
    ];

    public static TheoryData<Write, string> JsonCases() => Cross(JsonWrites);
    public static TheoryData<Write, string> FormCases() => Cross(FormWrites);

    // Each write meets one of the characters, in turn, so every kind reaches several doors without multiplying the run.
    private static readonly string[] Unreadable = ["Leren\u0001 gaat door.", "Escape \u001b[2J", "C1 \u0085 teken", "Onleesbaar \uFFFD teken", "Niet-teken \uFFFF"];

    private static TheoryData<Write, string> Cross(Write[] writes)
    {
        var data = new TheoryData<Write, string>();
        for (var i = 0; i < writes.Length; i++) data.Add(writes[i], Unreadable[i % Unreadable.Length]);
        return data;
    }

    [Theory]
    [MemberData(nameof(JsonCases))]
    public async Task A_control_character_in_free_text_sent_to_the_api_is_refused_as_a_problem_naming_the_field(Write write, string text)
    {
        var answer = await SentOnce(write, text);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("application/problem+json", answer.MediaType);
        var errors = JsonDocument.Parse(answer.Body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(write.Field, out var messages), $"no error for {write.Field}: {errors}");
        Assert.Contains(FreeTextGuard.UnreadableMessage, messages.EnumerateArray().Select(m => m.GetString()));
    }

    [Theory]
    [MemberData(nameof(FormCases))]
    public async Task A_control_character_in_a_form_field_is_refused_next_to_that_field(Write write, string text)
    {
        var answer = await SentOnce(write, text);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("text/html", answer.MediaType);
        var page = new HtmlParser().ParseDocument(answer.Body);
        var field = page.QuerySelectorAll("[name]").FirstOrDefault(e => e.GetAttribute("name") == write.Field);
        Assert.True(field is not null, $"the page shows no field {write.Field}");
        var described = (field.GetAttribute("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(page.GetElementById).Where(e => e is not null).Select(e => e!.TextContent);
        Assert.Contains(described, d => d.Contains(FreeTextGuard.UnreadableMessage, StringComparison.Ordinal));
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
    }

    private sealed record Answer(HttpStatusCode Status, string? MediaType, string Body);

    // Arranges the write in a store of its own, sends it once with the text, and checks that nothing was stored.
    private static async Task<Answer> SentOnce(Write write, string text)
    {
        using var api = new ApiFactory();
        var send = await write.Arrange(api);
        var before = StoreExport.ToJson(api.Database);

        var response = await send(text);

        Assert.Equal(before, StoreExport.ToJson(api.Database));
        return new Answer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Tabs_and_line_breaks_in_free_text_are_still_stored()
    {
        using var api = new ApiFactory();
        var body = With(Samples.Reflection(), "loop", "learned", "Eerste regel.\r\nTweede regel,\tmet een tab.");

        var response = await api.Frontrunner().PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static JsonObject With(JsonObject body, string? section, string field, string text)
    {
        var target = section is null ? body : (JsonObject)body[section]!;
        target[field] = text;
        return body;
    }

    private static string Issue(ApiFactory api, KeyRole role) =>
        TestKeys.Issue(api.Database, role, [], null, DateTimeOffset.UtcNow, cohort: Cohort).Secret;

    private static async Task<HttpClient> SignedIn(ApiFactory api, string key)
    {
        var browser = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        browser.DefaultRequestHeaders.Add("Origin", browser.BaseAddress!.GetLeftPart(UriPartial.Authority));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostAsync("/api/session", new FormUrlEncodedContent([new("key", key), new("returnUrl", "/")]))).StatusCode);
        return browser;
    }

    private static async Task<string> AgendaItem(HttpClient steward)
    {
        var created = await Succeeds(steward.PostAsJsonAsync("/api/agenda",
            new { title = "Geld in aparte potjes", level = "municipality", status = "signalled", experiments = new[] { ApiFactory.Alpha } }));
        return (await created.Json()).GetProperty("id").GetString()!;
    }

    private static async Task<Guid> HandIn(ApiFactory api)
    {
        var participant = api.ClientWith(Issue(api, KeyRole.Participant));
        var created = await Succeeds(participant.PostAsJsonAsync($"/api/course/modules/{Module}/assignments",
            new { answers = new Dictionary<string, string> { ["answer"] = "Mijn antwoord." }, handIn = true }));
        return (await created.Json()).GetProperty("id").GetGuid();
    }

    private static async Task<HttpResponseMessage> Succeeds(Task<HttpResponseMessage> request)
    {
        var response = await request;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }
}
