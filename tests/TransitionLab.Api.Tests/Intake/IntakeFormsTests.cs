using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using TransitionLab.Api.Intake;

namespace TransitionLab.Api.Tests.Intake;

/// <summary>The intake through its HTML forms, as a browser without JavaScript uses them.</summary>
public sealed class IntakeFormsTests
{
    private const string Slug = "buurtbudget-alphen";
    private static readonly HtmlParser Parser = new();

    /// <summary>A browser: keeps cookies, does not follow redirects, and says it comes from the test server's origin.</summary>
    private static HttpClient Browser(ApiFactory api)
    {
        var client = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        return client;
    }

    private static async Task<HttpClient> SignedIn(ApiFactory api, string key, string returnUrl)
    {
        var browser = Browser(api);
        var response = await browser.PostAsync("/api/session", new FormUrlEncodedContent([new("key", key), new("returnUrl", returnUrl)]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    private static async Task<IDocument> Html(HttpResponseMessage response) => Parser.ParseDocument(await response.Content.ReadAsStringAsync());

    private static List<KeyValuePair<string, string>> Full(string summary = "Bewoners beslissen samen over een klein budget.", string action = "indienen") =>
    [
        new("title", "Buurtbudget in Alphen"), new("slug", Slug), new("summary", summary), new("municipality", "Alphen"), new("region", "Zuid-Holland"),
        new("themes", "jeugd"), new("status", "running"), new("startDate", "2025-03-01"), new("funding.source", "Projectsubsidie gemeente"),
        new("funding.endDate", "2026-12-31"), new("frontrunners", "Wijkteam Alphen\nBuurthuis De Brug"), new("goals[0].description", "Meer bewoners doen mee"),
        new("goals[0].targetGroup", "Bewoners van Alphen-Noord"), new("goals[0].unit", "aantal per jaar"), new("goals[0].baseline", "20"), new("goals[0].target", "60"),
        new("xCurve", "take-off"), new("stage", "pilot"), new("body.watIsHet", "Bewoners beslissen samen over een klein budget."),
        new("body.watWeNietWeten", "Of het blijft werken als het nieuwe eraf is."), new("actie", action),
    ];

    private static async Task<string> Invite(HttpClient steward)
    {
        var response = await steward.PostAsync("/api/invitations/form", new FormUrlEncodedContent([new("municipality", "Alphen"), new("label", "Wijkteam Alphen")]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await Html(response)).QuerySelector("#uitnodigingscode")!.TextContent.Trim();
    }

    [Fact]
    public async Task The_whole_intake_works_through_the_forms_without_javascript()
    {
        using var api = new ApiFactory();
        Assert.Equal(HttpStatusCode.Unauthorized, (await Browser(api).GetAsync("/experimenten/aanmelden/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Browser(api).GetAsync("/redactie/")).StatusCode);

        var steward = await SignedIn(api, api.Key(Keys.KeyRole.Steward, municipality: "Alphen"), "/redactie/");
        var queue = await steward.GetAsync("/redactie/");
        Assert.Equal("Redactie", (await Html(queue)).QuerySelector("h1")!.TextContent);
        Assert.Equal("no-store", queue.Headers.CacheControl?.ToString());
        var code = await Invite(steward);
        Assert.StartsWith("tl_", code);

        var invitee = await SignedIn(api, code, "/experimenten/aanmelden/");
        var form = await Html(await invitee.GetAsync("/experimenten/aanmelden/"));
        Assert.Equal("Experiment aanmelden", form.QuerySelector("h1")!.TextContent);
        Assert.Equal("Alphen", form.QuerySelector("#f-municipality")!.GetAttribute("value"));

        // Personal data is refused next to the field, and nothing is stored.
        var refused = await invitee.PostAsync("/api/experiments/form", new FormUrlEncodedContent(Full(summary: "Mail jan.jansen@voorbeeld.nl voor vragen.")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var again = await Html(refused);
        Assert.Contains("AVG", again.QuerySelector("#fout-f-summary")!.TextContent);
        Assert.Equal("true", again.QuerySelector("#f-summary")!.GetAttribute("aria-invalid"));
        Assert.Contains("jan.jansen@voorbeeld.nl", again.QuerySelector("#f-summary")!.TextContent);
        Assert.Empty(api.Database.Registrations.FindAll());

        var submitted = await invitee.PostAsync("/api/experiments/form", new FormUrlEncodedContent(Full()));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Contains("ingediend=1", submitted.Headers.Location!.ToString());

        var item = await Html(await steward.GetAsync($"/redactie/{Slug}/"));
        Assert.Contains("Buurtbudget in Alphen", item.QuerySelector(".preview h3")!.TextContent);
        Assert.Contains("Of het blijft werken", item.QuerySelector(".preview .body")!.TextContent);
        Assert.NotNull((await Html(await steward.GetAsync("/redactie/"))).QuerySelector($".review-queue a[href='/redactie/{Slug}/']"));

        var asked = await steward.PostAsync($"/api/experiments/{Slug}/review/form",
            new FormUrlEncodedContent([new("action", "request-changes"), new("comments.summary", "Zeg wie het budget beheert.")]));
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);

        var toCorrect = await Html(await invitee.GetAsync("/experimenten/aanmelden/"));
        Assert.Contains("Zeg wie het budget beheert.", toCorrect.QuerySelector("#f-summary-hint")!.TextContent);
        Assert.Equal("Buurtbudget in Alphen", toCorrect.QuerySelector("#f-title")!.GetAttribute("value"));
        var fields = Full(summary: "Een buurtteam beheert een klein budget; bewoners beslissen samen.").Where(f => f.Key != "slug").Append(new("experiment", Slug));
        Assert.Equal(HttpStatusCode.Redirect, (await invitee.PostAsync("/api/experiments/form", new FormUrlEncodedContent(fields))).StatusCode);

        var approved = await steward.PostAsync($"/api/experiments/{Slug}/review/form", new FormUrlEncodedContent([new("action", "approve")]));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var page = await Polling.PageContaining(api.CreateClient(), $"/experimenten/{Slug}/", "een klein budget; bewoners");
        Assert.Contains("Een buurtteam beheert een klein budget; bewoners beslissen samen.", page);
    }

    [Fact]
    public async Task A_half_filled_draft_is_saved_and_continued_later()
    {
        using var api = new ApiFactory();
        var steward = await SignedIn(api, api.Key(Keys.KeyRole.Steward, municipality: "Alphen"), "/redactie/");
        var invitee = await SignedIn(api, await Invite(steward), "/experimenten/aanmelden/");

        var saved = await invitee.PostAsync("/api/experiments/form", new FormUrlEncodedContent(
            [new("title", "Buurtbudget in Alphen"), new("slug", Slug), new("municipality", "Alphen"), new("body.hoeWerktHet", "Een buurtteam legt voorstellen voor."), new("actie", "opslaan")]));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var page = await Html(saved);
        Assert.NotNull(page.QuerySelector(".intake-notice"));
        Assert.NotNull(page.QuerySelector("#fout-f-summary"));

        var continued = await Html(await invitee.GetAsync("/experimenten/aanmelden/"));
        Assert.Equal("Buurtbudget in Alphen", continued.QuerySelector("#f-title")!.GetAttribute("value"));
        Assert.Equal("Een buurtteam legt voorstellen voor.", continued.QuerySelector("#f-body-hoeWerktHet")!.TextContent);
        Assert.NotNull(continued.QuerySelector($"input[name=experiment][value={Slug}]"));

        // Submitting the half-filled draft is refused with the missing fields named next to them.
        var submit = await invitee.PostAsync("/api/experiments/form", new FormUrlEncodedContent(
            [new("experiment", Slug), new("title", "Buurtbudget in Alphen"), new("municipality", "Alphen"), new("actie", "indienen")]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, submit.StatusCode);
        Assert.Contains("Vul dit veld in.", (await Html(submit)).QuerySelector("#fout-f-summary")!.TextContent);
    }

    [Fact]
    public async Task A_steward_of_another_municipality_cannot_open_or_decide_and_forms_from_elsewhere_are_refused()
    {
        using var api = new ApiFactory();
        var steward = await SignedIn(api, api.Key(Keys.KeyRole.Steward, municipality: "Alphen"), "/redactie/");
        var invitee = await SignedIn(api, await Invite(steward), "/experimenten/aanmelden/");
        Assert.Equal(HttpStatusCode.Redirect, (await invitee.PostAsync("/api/experiments/form", new FormUrlEncodedContent(Full()))).StatusCode);

        var other = await SignedIn(api, api.Key(Keys.KeyRole.Steward, municipality: "Bedum"), "/redactie/");
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/redactie/{Slug}/")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync($"/api/experiments/{Slug}/review/form", new FormUrlEncodedContent([new("action", "approve")]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await invitee.GetAsync("/redactie/")).StatusCode);

        var foreign = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreign.DefaultRequestHeaders.Add("Origin", "https://aanvaller.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await foreign.PostAsync("/api/invitations/form", new FormUrlEncodedContent([new("municipality", "Alphen")]))).StatusCode);
    }
}
