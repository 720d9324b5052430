using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TransitionLab.Api.Course.Cases;
using TransitionLab.Api.Keys;

namespace TransitionLab.Api.Tests;

/// <summary>
/// Every write endpoint and every form, fed one valid write, moves the page that shows what it wrote. The pages
/// follow the store's own stream of committed changes, so a write path needs no wiring of its own to be seen;
/// these cases prove it for each one, and a write endpoint without a case fails <see cref="Every_write_endpoint_has_a_case"/>.
/// </summary>
public sealed class WritesReachTheirPagesTests
{
    private const string Module = "verdiepen-en-opschalen";

    // Endpoints that change no page: a session is kept by the session store and shown nowhere, a backup is a copy of the store.
    private static readonly string[] NoStoreWrite = ["POST /api/session", "POST /api/session/end", "POST /api/admin/backup"];

    private sealed record Case(string Endpoint, Func<Write, Task<Expectation>> Run);

    /// <summary>What a write must do to a page: show <see cref="Marker"/>, or, with <see cref="Disappears"/>, stop showing it.</summary>
    private sealed record Expectation(HttpClient Reader, string Page, string Marker, bool Disappears = false)
    {
        public static implicit operator Expectation((HttpClient Reader, string Page, string Marker) shows) => new(shows.Reader, shows.Page, shows.Marker);
    }

    /// <summary>One write: the API it runs against, signed-in clients and its own copy of the content folder.</summary>
    private sealed class Write(ApiFactory api, string content)
    {
        public ApiFactory Api => api;
        public string Content => content;

        public HttpClient Browser(string? key = null)
        {
            var client = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
            client.DefaultRequestHeaders.Add("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority));
            return client;
        }

        public async Task<HttpClient> SignedIn(KeyRole role, string[]? experiments = null, string? cohort = null, string? municipality = null)
        {
            return await SignedInWith(TestKeys.Issue(api.Database, role, experiments ?? [], municipality, DateTimeOffset.UtcNow, cohort: cohort).Secret);
        }

        /// <summary>A browser signed in on the sign-in form with <paramref name="secret"/>: a key or an invitation code.</summary>
        public async Task<HttpClient> SignedInWith(string secret)
        {
            var browser = Browser();
            var response = await browser.PostAsync("/api/session", new FormUrlEncodedContent([new("key", secret), new("returnUrl", "/")]));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            return browser;
        }
    }

    private const string DraftSlug = "concept-proef";
    // The sample reflection reports short-term funding as an open regime belemmering: in two experiments it is proposed.
    private const string Proposal = "short-term-funding";

    private static object OwnCase(string title) =>
        new { title, municipality = "Zwolle", summary = "Bewoners van twee wijken beslissen mee over het budget voor ondersteuning." };

    /// <summary>A steward of Alphen and the frontrunner they invited, who registers the draft.</summary>
    private static async Task<(HttpClient Steward, HttpClient Invitee)> Invited(ApiFactory api)
    {
        var steward = api.Steward();
        var created = await Succeeds(steward.PostAsJsonAsync("/api/invitations", new { municipality = "Alphen" }));
        var invitee = api.ClientWith((await created.Json()).GetProperty("code").GetString());
        var draft = Samples.Draft(DraftSlug);
        draft.Remove("municipality");
        await Succeeds(invitee.PostAsJsonAsync("/api/experiments", draft));
        return (steward, invitee);
    }

    /// <summary>The code of an invitation from a steward of <paramref name="municipality"/>.</summary>
    private static async Task<string> InvitationFor(ApiFactory api, string municipality) =>
        (await (await Succeeds(api.Steward(municipality).PostAsJsonAsync("/api/invitations", new { municipality }))).Json()).GetProperty("code").GetString()!;

    private static async Task ReflectOnBoth(ApiFactory api)
    {
        await Succeeds(api.Frontrunner(ApiFactory.Alpha).PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", Samples.Reflection()));
        var beta = Samples.Reflection();
        beta["goals"] = new JsonArray();
        await Succeeds(api.Frontrunner(ApiFactory.Beta).PostAsJsonAsync($"/api/experiments/{ApiFactory.Beta}/reflections", beta));
    }

    // Disappearing proves nothing unless the page showed it first.
    private static async Task ProposalShown(ApiFactory api)
    {
        await ReflectOnBoth(api);
        Assert.True(await Polling.Until(async () => (await api.CreateClient().GetStringAsync("/transitieagenda/")).Contains($"id=\"{Proposal}\"", StringComparison.Ordinal)),
            "The proposal never reached the agenda page.");
    }

    private static readonly Case[] Cases =
    [
        new("POST /api/experiments/{slug}/reflections", async w =>
        {
            await Succeeds(w.Api.Frontrunner().PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", Samples.Reflection(cycle: 7)));
            return (w.Api.CreateClient(), $"/experimenten/{ApiFactory.Alpha}/", "data-cycle=\"7\"");
        }),
        new("PUT /api/reflections/{id}", async w =>
        {
            var frontrunner = w.Api.Frontrunner();
            var created = await Succeeds(frontrunner.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", Samples.Reflection(cycle: 7)));
            var id = (await created.Json()).GetProperty("id").GetGuid();
            await Succeeds(frontrunner.PutAsJsonAsync($"/api/reflections/{id}", Samples.Reflection(cycle: 8)));
            return (w.Api.CreateClient(), $"/experimenten/{ApiFactory.Alpha}/", "data-cycle=\"8\"");
        }),
        new("POST /api/experiments/{slug}/decisions", async w =>
        {
            var decision = Samples.Decision();
            decision["budgetLine"] = "Begrotingspost proef 1";
            await Succeeds(w.Api.Steward().PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/decisions", decision));
            return (w.Api.CreateClient(), $"/experimenten/{ApiFactory.Alpha}/", "Begrotingspost proef 1");
        }),
        new("PUT /api/decisions/{id}", async w =>
        {
            var steward = w.Api.Steward();
            var created = await Succeeds(steward.PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/decisions", Samples.Decision()));
            var update = Samples.Decision();
            update["budgetLine"] = "Begrotingspost proef 2";
            var put = new HttpRequestMessage(HttpMethod.Put, $"/api/decisions/{(await created.Json()).GetProperty("id").GetGuid()}") { Content = JsonContent.Create(update) };
            put.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.ToString());
            await Succeeds(steward.SendAsync(put));
            return (w.Api.CreateClient(), $"/experimenten/{ApiFactory.Alpha}/", "Begrotingspost proef 2");
        }),
        new("POST /api/experiments", async w =>
        {
            var (steward, _) = await Invited(w.Api);
            // A draft is private: its author and the stewards of its municipality read it.
            return (steward, $"/api/experiments/{DraftSlug}/draft", DraftSlug);
        }),
        new("PUT /api/experiments/{slug}", async w =>
        {
            var (steward, invitee) = await Invited(w.Api);
            var changed = Samples.Draft(DraftSlug);
            changed["title"] = "Concept na de wijziging";
            changed.Remove("municipality");
            await Succeeds(invitee.PutAsJsonAsync($"/api/experiments/{DraftSlug}", changed));
            return (steward, $"/api/experiments/{DraftSlug}/draft", "Concept na de wijziging");
        }),
        new("POST /api/experiments/{slug}/submit", async w =>
        {
            var (steward, invitee) = await Invited(w.Api);
            await Succeeds(invitee.PostAsync($"/api/experiments/{DraftSlug}/submit", null));
            return (steward, "/api/review", DraftSlug);
        }),
        new("POST /api/experiments/{slug}/review", async w =>
        {
            var (steward, invitee) = await Invited(w.Api);
            await Succeeds(invitee.PostAsync($"/api/experiments/{DraftSlug}/submit", null));
            await Succeeds(steward.PostAsJsonAsync($"/api/experiments/{DraftSlug}/review", new { action = "approve" }));
            // Published: a new page, and the index lists it.
            return (w.Api.CreateClient(), "/experimenten/", $"/experimenten/{DraftSlug}/");
        }),
        new("POST /api/invitations", async w =>
        {
            var steward = w.Api.Steward();
            var code = (await (await Succeeds(steward.PostAsJsonAsync("/api/invitations", new { municipality = "Alphen" }))).Json()).GetProperty("details").GetProperty("id").GetString()!;
            return (steward, "/api/invitations", code);
        }),
        new("DELETE /api/invitations/{id}", async w =>
        {
            var steward = w.Api.Steward();
            var id = (await (await Succeeds(steward.PostAsJsonAsync("/api/invitations", new { municipality = "Alphen" }))).Json()).GetProperty("details").GetProperty("id").GetString()!;
            await Succeeds(steward.DeleteAsync($"/api/invitations/{id}"));
            return (steward, "/api/invitations", "revokedAt\":\"");
        }),
        new("POST /api/agenda/", async w =>
        {
            await Succeeds(w.Api.Steward("Alphen").PostAsJsonAsync("/api/agenda", new
            {
                title = "Agendapunt van de proef", level = "municipality", status = "signalled", experiments = new[] { ApiFactory.Alpha },
            }));
            return (w.Api.CreateClient(), "/transitieagenda/", "Agendapunt van de proef");
        }),
        new("PUT /api/agenda/{id}", async w =>
        {
            await ReflectOnBoth(w.Api);
            var steward = w.Api.Steward("Bedum");
            var read = await Succeeds(w.Api.CreateClient().GetAsync($"/api/agenda/{Proposal}"));
            var item = (JsonObject)JsonNode.Parse(await read.Content.ReadAsStringAsync())!;
            var body = new JsonObject { ["status"] = "on-agenda", ["owner"] = "Eigenaar van de proef", ["decisionMoment"] = "Voorjaarsnota 2027" };
            foreach (var field in new[] { "title", "level", "experiments" }) body[field] = item[field]!.DeepClone();
            var put = new HttpRequestMessage(HttpMethod.Put, $"/api/agenda/{Proposal}") { Content = JsonContent.Create(body) };
            put.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
            await Succeeds(steward.SendAsync(put));
            return (w.Api.CreateClient(), "/transitieagenda/", "Eigenaar van de proef");
        }),
        new("POST /api/agenda/{id}/accept", async w =>
        {
            await ReflectOnBoth(w.Api);
            await Succeeds(w.Api.Steward("Bedum").PostAsJsonAsync($"/api/agenda/{Proposal}/accept", new { }));
            return (w.Api.CreateClient(), "/transitieagenda/", "data-disposition=\"accepted\"");
        }),
        new("POST /api/agenda/{id}/dismiss", async w =>
        {
            await ProposalShown(w.Api);
            await Succeeds(w.Api.Steward("Bedum").PostAsJsonAsync($"/api/agenda/{Proposal}/dismiss", new { reason = "Het geld is geregeld." }));
            // A dismissed proposal leaves the agenda.
            return new Expectation(w.Api.CreateClient(), "/transitieagenda/", $"id=\"{Proposal}\"", Disappears: true);
        }),
        new("POST /api/agenda/{id}/merge", async w =>
        {
            await ProposalShown(w.Api);
            var steward = w.Api.Steward("Alphen");
            var created = await Succeeds(steward.PostAsJsonAsync("/api/agenda", new
            {
                title = "Geld in aparte potjes", level = "municipality", status = "signalled", experiments = new[] { ApiFactory.Alpha },
            }));
            var into = (await created.Json()).GetProperty("id").GetString()!;
            await Succeeds(steward.PostAsJsonAsync($"/api/agenda/{Proposal}/merge", new { into }));
            // The merged proposal leaves the agenda; the item it went into carries its experiments.
            return new Expectation(w.Api.CreateClient(), "/transitieagenda/", $"id=\"{Proposal}\"", Disappears: true);
        }),
        new("POST /api/agenda/{id}/form", async w =>
        {
            await ReflectOnBoth(w.Api);
            var browser = await w.SignedIn(KeyRole.Steward, municipality: "Bedum");
            var posted = await browser.PostAsync($"/api/agenda/{Proposal}/form", new FormUrlEncodedContent(
            [
                new("version", "0"), new("title", "Kortlopend geld"), new("level", "municipality"), new("status", "on-agenda"),
                new("owner", "Eigenaar via het formulier"), new("decisionMoment", "Voorjaarsnota 2027"),
            ]));
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            return (w.Api.CreateClient(), "/transitieagenda/", "Eigenaar via het formulier");
        }),
        new("POST /api/course/cases/", async w =>
        {
            var participant = Participant(w.Api);
            await Succeeds(participant.PostAsJsonAsync("/api/course/cases", OwnCase("Eigen casus via de API")));
            return (participant, "/api/course/cases", "Eigen casus via de API");
        }),
        new("POST /cursus/casussen/", async w =>
        {
            var browser = await w.SignedIn(KeyRole.Participant, cohort: "Najaar");
            var posted = await browser.PostAsync("/cursus/casussen/", new FormUrlEncodedContent(
            [
                new("title", "Eigen casus via het formulier"), new("municipality", "Zwolle"),
                new("summary", "Bewoners van twee wijken beslissen mee over het budget voor ondersteuning."),
            ]));
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            return (browser, "/cursus/casussen/", "Eigen casus via het formulier");
        }),
        new("POST /api/experiments/import", async w =>
        {
            var file = Path.Combine(w.Content, "experiments", $"{ApiFactory.Alpha}.md");
            var text = await File.ReadAllTextAsync(file);
            var title = text.Split('\n').First(l => l.StartsWith("title:", StringComparison.Ordinal));
            await File.WriteAllTextAsync(file, text.Replace(title, "title: Netwerkberaden na de import", StringComparison.Ordinal));
            await Succeeds(w.Api.Admin().PostAsync("/api/experiments/import", null));
            return (w.Api.CreateClient(), $"/experimenten/{ApiFactory.Alpha}/", "Netwerkberaden na de import");
        }),
        new("POST /api/course/modules/{module}/practice-reflections", async w =>
        {
            var participant = Participant(w.Api);
            var body = Samples.Reflection();
            body["experimentSlug"] = ApiFactory.Alpha;
            body["loop"]!["learned"] = "Oefening via de JSON-API.";
            await Succeeds(participant.PostAsJsonAsync($"/api/course/modules/{Module}/practice-reflections", body));
            return (participant, "/api/course/practice-reflections/mine", "Oefening via de JSON-API.");
        }),
        new("POST /api/course/modules/{module}/agenda-drafts", async w =>
        {
            var participant = Participant(w.Api);
            await Succeeds(participant.PostAsJsonAsync($"/api/course/modules/{Module}/agenda-drafts", AgendaDraft("Agendapunt via de JSON-API")));
            return (participant, "/api/course/agenda-drafts/mine", "Agendapunt via de JSON-API");
        }),
        new("POST /api/course/modules/{module}/agenda-drafts/form", async w =>
        {
            var browser = await w.SignedIn(KeyRole.Participant, cohort: "Najaar");
            var posted = await browser.PostAsync($"/api/course/modules/{Module}/agenda-drafts/form", new FormUrlEncodedContent(
            [
                new("belemmering", "Agendapunt via het formulier"), new("level", "region"), new("owner", "Regionaal inkoopbureau jeugd"),
                new("decisionMoment", "Regionale inkoopronde 2027"), new("change", "Inkoop op taak in plaats van per product."),
            ]));
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            return (browser, $"/cursus/{Module}/mijn-oefeningen/", "Agendapunt via het formulier");
        }),
        new("POST /api/keys/", async w =>
        {
            var admin = w.Api.Admin();
            await Succeeds(admin.PostAsJsonAsync("/api/keys", new { role = "teacher", cohort = "Najaar", label = "sleutel-proef" }));
            return (admin, "/api/keys", "sleutel-proef");
        }),
        new("DELETE /api/keys/{id}", async w =>
        {
            var admin = w.Api.Admin();
            var created = await Succeeds(admin.PostAsJsonAsync("/api/keys", new { role = "teacher", cohort = "Najaar", label = "sleutel-proef" }));
            await Succeeds(admin.DeleteAsync($"/api/keys/{(await created.Json()).GetProperty("details").GetProperty("id").GetString()}"));
            return (admin, "/api/keys", "revokedAt");
        }),
        new("POST /api/experiments/{slug}/reflections/form", async w =>
        {
            var browser = await w.SignedIn(KeyRole.Frontrunner, [ApiFactory.Alpha]);
            var posted = await browser.PostAsync($"/api/experiments/{ApiFactory.Alpha}/reflections/form", new FormUrlEncodedContent(Samples.FormFields(Samples.Reflection(cycle: 7))));
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            return (w.Api.CreateClient(), $"/experimenten/{ApiFactory.Alpha}/", "data-cycle=\"7\"");
        }),
        new("POST /api/course/modules/{module}/practice-reflections/form", async w =>
        {
            var browser = await w.SignedIn(KeyRole.Participant, cohort: "Najaar");
            var body = Samples.Reflection();
            body["experimentSlug"] = ApiFactory.Alpha;
            body["loop"]!["learned"] = "Oefening via het formulier.";
            var posted = await browser.PostAsync($"/api/course/modules/{Module}/practice-reflections/form", new FormUrlEncodedContent(Samples.FormFields(body)));
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            return (browser, $"/cursus/{Module}/mijn-oefeningen/", "Oefening via het formulier.");
        }),
        new("POST /api/course/modules/{module}/assignments", async w =>
        {
            var participant = Participant(w.Api);
            await HandIn(participant, "Opdracht via de JSON-API.");
            return (participant, "/api/course/assignments/mine", "Opdracht via de JSON-API.");
        }),
        new("POST /cursus/{module}/opdracht/", async w =>
        {
            var browser = await w.SignedIn(KeyRole.Participant, cohort: "Najaar");
            var posted = await browser.PostAsync($"/cursus/{Module}/opdracht/", new FormUrlEncodedContent(
                [new("answers.answer", "Opdracht via het formulier."), new("handIn", "true")]));
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            return (browser, $"/cursus/{Module}/opdracht/", "Opdracht via het formulier.");
        }),
        new("POST /api/course/assignments/{id}/feedback", async w =>
        {
            var participant = Participant(w.Api);
            var id = await HandIn(participant, "Opdracht voor de docent.");
            var teacher = w.Api.ClientWith(TestKeys.Issue(w.Api.Database, KeyRole.Teacher, [], null, DateTimeOffset.UtcNow, cohort: "Najaar").Secret);
            await Succeeds(teacher.PostAsJsonAsync($"/api/course/assignments/{id}/feedback", new { text = "Reactie via de JSON-API." }));
            return (participant, $"/api/course/assignments/{id}", "Reactie via de JSON-API.");
        }),
        new("POST /cursus/opdrachten/{id:guid}/reactie", async w =>
        {
            var id = await HandIn(Participant(w.Api), "Opdracht voor de docent.");
            var teacher = await w.SignedIn(KeyRole.Teacher, cohort: "Najaar");
            var posted = await teacher.PostAsync($"/cursus/opdrachten/{id}/reactie", new FormUrlEncodedContent([new("text", "Reactie via het formulier.")]));
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            return (teacher, $"/cursus/{Module}/opdracht/", "Reactie via het formulier.");
        }),
        new("PUT /api/course/modules/{module}/read", async w =>
        {
            var participant = Participant(w.Api);
            await Succeeds(participant.PutAsync($"/api/course/modules/{Module}/read", null));
            return (participant, "/api/course/progress", "\"readAt\"");
        }),
        new("DELETE /api/course/modules/{module}/read", async w =>
        {
            var participant = Participant(w.Api);
            await Succeeds(participant.PutAsync($"/api/course/modules/{Module}/read", null));
            await Succeeds(participant.DeleteAsync($"/api/course/modules/{Module}/read"));
            return new Expectation(participant, "/api/course/progress", "\"readAt\"", Disappears: true);
        }),
        new("POST /cursus/{module}/gelezen", async w =>
        {
            var browser = await w.SignedIn(KeyRole.Participant, cohort: "Najaar");
            var posted = await browser.PostAsync($"/cursus/{Module}/gelezen", new FormUrlEncodedContent([new("gelezen", "true")]));
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            return (browser, "/cursus/voortgang/", "gelezen op");
        }),
        new("POST /api/course/cases/{id}/proposal", async w =>
        {
            var participant = Participant(w.Api);
            var id = (await (await Succeeds(participant.PostAsJsonAsync("/api/course/cases", OwnCase("Casus voor de intake")))).Json()).GetProperty("id").GetGuid();
            var code = await InvitationFor(w.Api, "Zwolle");
            await Succeeds(participant.PostAsJsonAsync($"/api/course/cases/{id}/proposal", new { invitationCode = code }));
            return (participant, $"/api/course/cases/{id}", "proposedAs");
        }),
        new("POST /cursus/casussen/{id:guid}/voorstellen", async w =>
        {
            var browser = await w.SignedIn(KeyRole.Participant, cohort: "Najaar");
            await browser.PostAsync("/cursus/casussen/", new FormUrlEncodedContent(
                [new("title", "Casus voor de intake"), new("municipality", "Zwolle"), new("summary", "Bewoners beslissen mee over het budget.")]));
            var id = Assert.Single(w.Api.Database.CourseCases.FindAll()).Id;
            var posted = await browser.PostAsync($"/cursus/casussen/{id}/voorstellen", new FormUrlEncodedContent(
                [new("key", await InvitationFor(w.Api, "Zwolle")), new("returnUrl", "/experimenten/aanmelden/?casus=1")]));
            Assert.Equal(HttpStatusCode.TemporaryRedirect, posted.StatusCode);
            return (browser, $"/cursus/casussen/{id}/", "Voorgesteld als experiment");
        }),
        new("POST /api/invitations/form", async w =>
        {
            var steward = await w.SignedIn(KeyRole.Steward, municipality: "Alphen");
            await InviteThroughTheForm(steward, "Uitnodiging via het formulier");
            return (steward, "/redactie/", "Uitnodiging via het formulier");
        }),
        new("POST /api/invitations/{id}/revoke/form", async w =>
        {
            var steward = await w.SignedIn(KeyRole.Steward, municipality: "Alphen");
            await InviteThroughTheForm(steward, "In te trekken");
            var id = System.Text.RegularExpressions.Regex.Match(await steward.GetStringAsync("/redactie/"), "data-id=\"([^\"]+)\"").Groups[1].Value;
            var revoked = await steward.PostAsync($"/api/invitations/{id}/revoke/form", new FormUrlEncodedContent([]));
            Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
            // A revoked invitation loses its revoke button.
            return new Expectation(steward, "/redactie/", $"/api/invitations/{id}/revoke/form", Disappears: true);
        }),
        new("POST /api/experiments/form", async w =>
        {
            var (steward, invitee) = await InvitedThroughTheForms(w);
            await Redirects(invitee.PostAsync("/api/experiments/form", new FormUrlEncodedContent(RegistrationFields())));
            return (steward, "/redactie/", $"/redactie/{DraftSlug}/");
        }),
        new("POST /api/experiments/{slug}/review/form", async w =>
        {
            var (steward, invitee) = await InvitedThroughTheForms(w);
            await Redirects(invitee.PostAsync("/api/experiments/form", new FormUrlEncodedContent(RegistrationFields())));
            var approved = await steward.PostAsync($"/api/experiments/{DraftSlug}/review/form", new FormUrlEncodedContent([new("action", "approve")]));
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
            return (w.Api.CreateClient(), "/experimenten/", $"/experimenten/{DraftSlug}/");
        }),
    ];

    /// <summary>Creates an invitation on the editors' page; answers the one-time code it shows.</summary>
    private static async Task<string> InviteThroughTheForm(HttpClient steward, string label)
    {
        var response = await steward.PostAsync("/api/invitations/form", new FormUrlEncodedContent([new("municipality", "Alphen"), new("label", label)]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var code = System.Text.RegularExpressions.Regex.Match(await response.Content.ReadAsStringAsync(), "tl_[A-Za-z0-9_-]+").Value;
        Assert.NotEmpty(code);
        return code;
    }

    private static async Task<(HttpClient Steward, HttpClient Invitee)> InvitedThroughTheForms(Write w)
    {
        var steward = await w.SignedIn(KeyRole.Steward, municipality: "Alphen");
        var code = await InviteThroughTheForm(steward, "Wijkteam Alphen");
        return (steward, await w.SignedInWith(code));
    }

    private static KeyValuePair<string, string>[] RegistrationFields() =>
    [
        new("title", "Concept via het formulier"), new("slug", DraftSlug), new("summary", "Bewoners beslissen samen over een klein budget."),
        new("municipality", "Alphen"), new("region", "Zuid-Holland"), new("themes", "jeugd"), new("status", "running"), new("startDate", "2025-03-01"),
        new("funding.source", "Projectsubsidie gemeente"), new("funding.endDate", "2026-12-31"), new("frontrunners", "Wijkteam Alphen"),
        new("goals[0].description", "Meer bewoners doen mee"), new("goals[0].targetGroup", "Bewoners van Alphen-Noord"), new("goals[0].unit", "aantal per jaar"),
        new("goals[0].baseline", "20"), new("goals[0].target", "60"), new("xCurve", "take-off"), new("stage", "pilot"),
        new("body.watIsHet", "Bewoners beslissen samen over een klein budget."), new("body.watWeNietWeten", "Of het blijft werken."), new("actie", "indienen"),
    ];

    private static object AgendaDraft(string belemmering) => new
    {
        belemmering, level = "national", owner = "Ministerie van SZW", decisionMoment = "Wetswijziging Participatiewet 2027",
        change = "Ruimte voor maatwerk in de Participatiewet.",
    };

    private static HttpClient Participant(ApiFactory api) =>
        api.ClientWith(TestKeys.Issue(api.Database, KeyRole.Participant, [], null, DateTimeOffset.UtcNow, cohort: "Najaar").Secret);

    // The fixture module takes the free-text exercise form, whose one field is "answer".
    private static async Task<Guid> HandIn(HttpClient participant, string answer)
    {
        var created = await Succeeds(participant.PostAsJsonAsync($"/api/course/modules/{Module}/assignments",
            new { answers = new Dictionary<string, string> { ["answer"] = answer }, handIn = true }));
        return (await created.Json()).GetProperty("id").GetGuid();
    }

    public static TheoryData<string> Endpoints() => new(Cases.Select(c => c.Endpoint));

    [Fact]
    public void Every_write_endpoint_has_a_case()
    {
        using var api = new ApiFactory();
        _ = api.Server;
        var writes = api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Where(e => !e.StartsWith("GET ", StringComparison.Ordinal) && !e.StartsWith("HEAD ", StringComparison.Ordinal))
            .Except(NoStoreWrite)
            .Order(StringComparer.Ordinal).ToArray();
        // A new write endpoint needs a case here: one valid write and the page that shows it.
        Assert.Empty(writes.Except(Cases.Select(c => c.Endpoint)));
        Assert.Empty(Cases.Select(c => c.Endpoint).Except(writes));
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task One_valid_write_moves_the_page_that_shows_it(string endpoint)
    {
        var content = ApiFactory.CopyOfFixtureContent();
        try
        {
            using var api = new ApiFactory(settings: new Dictionary<string, string> { ["Content"] = content });
            var write = new Write(api, content);
            var run = Cases.Single(c => c.Endpoint == endpoint).Run;

            var (reader, page, marker, disappears) = await run(write);

            var moved = await Polling.Until(async () => (await reader.GetStringAsync(page)).Contains(marker, StringComparison.Ordinal) != disappears);
            Assert.True(moved, $"{page} {(disappears ? "still showed" : "did not show")} '{marker}' after {endpoint}.");
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }

    [Fact]
    public async Task Pages_do_not_show_the_markers_before_the_writes()
    {
        using var api = new ApiFactory();
        var admin = api.Admin();
        var experiment = await api.CreateClient().GetStringAsync($"/experimenten/{ApiFactory.Alpha}/");
        foreach (var marker in new[] { "data-cycle=\"7\"", "data-cycle=\"8\"", "Begrotingspost proef", "Netwerkberaden na de import" })
            Assert.DoesNotContain(marker, experiment);
        Assert.DoesNotContain($"/experimenten/{DraftSlug}/", await api.CreateClient().GetStringAsync("/experimenten/"));
        var agenda = await api.CreateClient().GetStringAsync("/transitieagenda/");
        foreach (var marker in new[] { "Agendapunt van de proef", "Eigenaar van de proef", "Eigenaar via het formulier", "data-disposition=\"accepted\"" })
            Assert.DoesNotContain(marker, agenda);
        Assert.DoesNotContain("sleutel-proef", await admin.GetStringAsync("/api/keys"));
        Assert.DoesNotContain("revokedAt", await admin.GetStringAsync("/api/keys"));
    }

    private static async Task Redirects(Task<HttpResponseMessage> posting)
    {
        var response = await posting;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<HttpResponseMessage> Succeeds(Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response;
    }
}
