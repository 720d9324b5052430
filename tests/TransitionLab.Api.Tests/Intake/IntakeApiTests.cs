using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using TransitionLab.Api.Audit;
using TransitionLab.Api.Keys;

namespace TransitionLab.Api.Tests.Intake;

/// <summary>The intake through the JSON API: invitation, draft, submission, review and publication.</summary>
public sealed class IntakeApiTests
{
    private const string Slug = "buurtbudget-alphen";

    private static async Task<string> Invite(ApiFactory api, HttpClient steward, string municipality = "Alphen")
    {
        var response = await steward.PostAsJsonAsync("/api/invitations", new { municipality });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Json()).GetProperty("code").GetString()!;
    }

    private static JsonObject Draft(string slug = Slug, string title = "Buurtbudget in Alphen")
    {
        var draft = Samples.Draft(slug);
        draft["title"] = title;
        draft["body"] = "## Wat is het\n\nBewoners beslissen samen over een klein budget.\n";
        return draft;
    }

    private static Task<string> Page(ApiFactory api, string path, string expected) => Polling.PageContaining(api.CreateClient(), path, expected);

    [Fact]
    public async Task Invited_frontrunner_registers_and_submits_and_the_approval_publishes_it_everywhere()
    {
        using var api = new ApiFactory();
        var steward = api.Steward("Alphen");
        var code = await Invite(api, steward);
        var invitee = api.ClientWith(code);

        var draft = Draft();
        draft.Remove("municipality");
        var created = await invitee.PostAsJsonAsync("/api/experiments", draft);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Json();
        Assert.Equal("draft", body.GetProperty("state").GetString());
        Assert.Equal("Alphen", body.GetProperty("municipality").GetString());
        // A draft is private until it is approved.
        Assert.Equal(HttpStatusCode.NotFound, (await api.CreateClient().GetAsync($"/api/experiments/{Slug}")).StatusCode);
        Assert.DoesNotContain(Slug, await api.CreateClient().GetStringAsync("/api/export/experimenten.csv"));
        Assert.Equal(HttpStatusCode.NotFound, (await api.Steward("Bedum").GetAsync($"/api/experiments/{Slug}/draft")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await invitee.PostAsync($"/api/experiments/{Slug}/submit", null)).StatusCode);
        Assert.Contains(Slug, await steward.GetStringAsync("/api/review"));
        Assert.DoesNotContain(Slug, await api.Steward("Bedum").GetStringAsync("/api/review"));

        Assert.Equal(HttpStatusCode.Forbidden, (await api.Steward("Bedum").PostAsJsonAsync($"/api/experiments/{Slug}/review", new { action = "approve" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await invitee.PostAsJsonAsync($"/api/experiments/{Slug}/review", new { action = "approve" })).StatusCode);
        var approved = await steward.PostAsJsonAsync($"/api/experiments/{Slug}/review", new { action = "approve" });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("approved", (await approved.Json()).GetProperty("state").GetString());

        var published = await (await api.CreateClient().GetAsync($"/api/experiments/{Slug}")).Json();
        Assert.Equal("registration", published.GetProperty("source").GetString());
        Assert.Contains("Buurtbudget in Alphen", await api.CreateClient().GetStringAsync("/api/export/experimenten.csv"));
        var page = await Page(api, $"/experimenten/{Slug}/", "Buurtbudget in Alphen");
        Assert.Contains("Buurtbudget in Alphen", page);
        Assert.Contains("aangemeld door koplopers op", page);
        Assert.Contains("gecontroleerd door de redactie op", page);
        Assert.Contains($"/experimenten/{Slug}/", await Page(api, "/experimenten/", $"/experimenten/{Slug}/"));
        Assert.Contains("Buurtbudget in Alphen", await Page(api, "/zoekindex.json", "Buurtbudget in Alphen"));
        // The code is now the experiment's frontrunner key: it files the first reflection.
        var reflection = Samples.Reflection();
        reflection["goals"] = JsonNode.Parse("""[{ "goalId": "minder-schulden", "targetGroup": "Gezinnen", "baseline": 10, "target": 5, "current": 8 }]""");
        Assert.Equal(HttpStatusCode.Created, (await invitee.PostAsJsonAsync($"/api/experiments/{Slug}/reflections", reflection)).StatusCode);

        var audit = api.Database.Audit.FindAll().Select(a => a.Action).ToArray();
        foreach (var action in new[] { "invitation.create", "experiment.draft", "experiment.submit", "experiment.review.approve" }) Assert.Contains(action, audit);
    }

    [Fact]
    public async Task An_invitation_fixes_its_municipality_and_registers_one_experiment_only()
    {
        using var api = new ApiFactory();
        var invitee = api.ClientWith(await Invite(api, api.Steward("Alphen")));
        var elsewhere = Draft();
        elsewhere["municipality"] = "Bedum";
        var refused = await invitee.PostAsJsonAsync("/api/experiments", elsewhere);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Alphen", (await refused.Json()).GetProperty("errors").GetProperty("municipality")[0].GetString());

        Assert.Equal(HttpStatusCode.Created, (await invitee.PostAsJsonAsync("/api/experiments", Draft())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await invitee.PostAsJsonAsync("/api/experiments", Draft("tweede-experiment"))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.Admin().PostAsJsonAsync("/api/experiments", Draft())).StatusCode);
        // A slug of the catalogue can never be taken by a registration.
        Assert.Equal(HttpStatusCode.Conflict, (await api.Admin().PostAsJsonAsync("/api/experiments", Draft(ApiFactory.Alpha))).StatusCode);
    }

    [Fact]
    public async Task Stewards_invite_only_inside_their_scope_and_list_and_revoke_invitations()
    {
        using var api = new ApiFactory();
        var steward = api.Steward("Alphen");
        Assert.Equal(HttpStatusCode.Forbidden, (await steward.PostAsJsonAsync("/api/invitations", new { municipality = "Bedum" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Frontrunner().PostAsJsonAsync("/api/invitations", new { municipality = "Alphen" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await steward.PostAsJsonAsync("/api/invitations", new { municipality = " " })).StatusCode);

        var created = await (await steward.PostAsJsonAsync("/api/invitations", new { municipality = "Alphen", label = "Wijkteam Noord" })).Json();
        var id = created.GetProperty("details").GetProperty("id").GetString()!;
        var code = created.GetProperty("code").GetString()!;
        var list = await steward.GetStringAsync("/api/invitations");
        Assert.Contains(id, list);
        Assert.DoesNotContain(code, list);
        Assert.DoesNotContain(id, await api.Steward("Bedum").GetStringAsync("/api/invitations"));
        Assert.Contains(id, await api.Admin().GetStringAsync("/api/keys"));

        Assert.Equal(HttpStatusCode.NotFound, (await api.Steward("Bedum").DeleteAsync($"/api/invitations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await steward.DeleteAsync($"/api/invitations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.ClientWith(code).PostAsJsonAsync("/api/experiments", Draft())).StatusCode);
        Assert.Contains("invitation.revoke", api.Database.Audit.FindAll().Select(a => a.Action));
    }

    [Fact]
    public async Task An_unused_invitation_stops_working_after_14_days()
    {
        var api = new ApiFactory();
        using var day = new ApiOnDay(api, new DateOnly(2026, 3, 1));
        var response = await day.With(KeyRole.Steward, municipality: "Alphen").PostAsJsonAsync("/api/invitations", new { municipality = "Alphen" });
        var code = (await response.Json()).GetProperty("code").GetString()!;
        Assert.Equal(new DateTimeOffset(2026, 3, 15, 12, 0, 0, TimeSpan.Zero), (await response.Json()).GetProperty("details").GetProperty("expiresAt").GetDateTimeOffset());

        var stored = ApiKeys.Find(day.Database, code, new DateTimeOffset(2026, 3, 15, 11, 59, 0, TimeSpan.Zero));
        Assert.NotNull(stored);
        Assert.Null(ApiKeys.Find(day.Database, code, new DateTimeOffset(2026, 3, 15, 12, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task Requested_changes_come_back_per_field_and_the_corrected_version_is_reviewed_again()
    {
        using var api = new ApiFactory();
        var steward = api.Steward("Alphen");
        var invitee = api.ClientWith(await Invite(api, steward));
        await invitee.PostAsJsonAsync("/api/experiments", Draft());
        await invitee.PostAsync($"/api/experiments/{Slug}/submit", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await steward.PostAsJsonAsync($"/api/experiments/{Slug}/review", new { action = "request-changes" })).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await steward.PostAsJsonAsync($"/api/experiments/{Slug}/review", new { action = "reject" })).StatusCode);
        var asked = await steward.PostAsJsonAsync($"/api/experiments/{Slug}/review",
            new { action = "request-changes", comments = new Dictionary<string, string> { ["summary"] = "Zeg wie het budget beheert." } });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);

        var seen = await (await invitee.GetAsync($"/api/experiments/{Slug}/draft")).Json();
        Assert.Equal("changes-requested", seen.GetProperty("state").GetString());
        Assert.Equal("Zeg wie het budget beheert.", seen.GetProperty("comments").GetProperty("summary").GetString());
        Assert.DoesNotContain(Slug, await steward.GetStringAsync("/api/review"));

        var corrected = Draft();
        corrected["summary"] = "Een buurtteam beheert een klein budget voor bewoners.";
        Assert.Equal(HttpStatusCode.OK, (await invitee.PutAsJsonAsync($"/api/experiments/{Slug}", corrected)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await invitee.PostAsync($"/api/experiments/{Slug}/submit", null)).StatusCode);
        // Submitted again: it waits for review and cannot be changed meanwhile.
        Assert.Equal(HttpStatusCode.Conflict, (await invitee.PutAsJsonAsync($"/api/experiments/{Slug}", corrected)).StatusCode);
        var again = await (await steward.GetAsync($"/api/experiments/{Slug}/draft")).Json();
        Assert.Empty(again.GetProperty("comments").EnumerateObject());
        Assert.Equal(HttpStatusCode.OK, (await steward.PostAsJsonAsync($"/api/experiments/{Slug}/review", new { action = "approve" })).StatusCode);
        Assert.Contains("budget voor bewoners", (await (await api.CreateClient().GetAsync($"/api/experiments/{Slug}")).Json()).GetProperty("summary").GetString());
    }

    [Fact]
    public async Task A_change_to_a_published_experiment_is_a_new_revision_and_the_published_version_stays_until_approved()
    {
        using var api = new ApiFactory();
        var steward = api.Steward("Alphen");
        var invitee = api.ClientWith(await Invite(api, steward));
        await invitee.PostAsJsonAsync("/api/experiments", Draft());
        await invitee.PostAsync($"/api/experiments/{Slug}/submit", null);
        await steward.PostAsJsonAsync($"/api/experiments/{Slug}/review", new { action = "approve" });

        var changed = await invitee.PutAsJsonAsync($"/api/experiments/{Slug}", Draft(title: "Buurtbudget in heel Alphen"));
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var revision = await changed.Json();
        Assert.Equal(2, revision.GetProperty("revision").GetInt32());
        Assert.Equal("draft", revision.GetProperty("state").GetString());
        Assert.True(revision.GetProperty("published").GetBoolean());
        Assert.Equal("Buurtbudget in Alphen", (await (await api.CreateClient().GetAsync($"/api/experiments/{Slug}")).Json()).GetProperty("title").GetString());

        await invitee.PostAsync($"/api/experiments/{Slug}/submit", null);
        await steward.PostAsJsonAsync($"/api/experiments/{Slug}/review", new { action = "approve" });
        Assert.Equal("Buurtbudget in heel Alphen", (await (await api.CreateClient().GetAsync($"/api/experiments/{Slug}")).Json()).GetProperty("title").GetString());
        Assert.Contains("Buurtbudget in heel Alphen", await Page(api, $"/experimenten/{Slug}/", "Buurtbudget in heel Alphen"));
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_which_the_frontrunner_reads_and_closes_the_registration()
    {
        using var api = new ApiFactory();
        var steward = api.Steward("Alphen");
        var invitee = api.ClientWith(await Invite(api, steward));
        await invitee.PostAsJsonAsync("/api/experiments", Draft());
        await invitee.PostAsync($"/api/experiments/{Slug}/submit", null);
        Assert.Equal(HttpStatusCode.OK, (await steward.PostAsJsonAsync($"/api/experiments/{Slug}/review", new { action = "reject", reason = "Dit is regulier beleid, geen experiment." })).StatusCode);

        var seen = await (await invitee.GetAsync($"/api/experiments/{Slug}/draft")).Json();
        Assert.Equal("rejected", seen.GetProperty("state").GetString());
        Assert.Equal("Dit is regulier beleid, geen experiment.", seen.GetProperty("reason").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await invitee.PutAsJsonAsync($"/api/experiments/{Slug}", Draft())).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await invitee.PostAsync($"/api/experiments/{Slug}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.CreateClient().GetAsync($"/api/experiments/{Slug}")).StatusCode);
        Assert.Contains("experiment.review.reject", api.Database.Audit.FindAll().Select(a => a.Action));
    }

    [Fact]
    public async Task Review_comments_are_checked_for_known_fields_and_personal_data()
    {
        using var api = new ApiFactory();
        var steward = api.Steward("Alphen");
        var invitee = api.ClientWith(await Invite(api, steward));
        await invitee.PostAsJsonAsync("/api/experiments", Draft());
        await invitee.PostAsync($"/api/experiments/{Slug}/submit", null);
        var response = await steward.PostAsJsonAsync($"/api/experiments/{Slug}/review",
            new { action = "request-changes", comments = new Dictionary<string, string> { ["eigenaar"] = "Wie?", ["summary"] = "Mail jan@voorbeeld.nl" } });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Json()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("comments.eigenaar", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("comments.summary", out _), errors.ToString());
        Assert.Equal(JsonValueKind.Array, errors.GetProperty("comments.summary").ValueKind);
    }
}
