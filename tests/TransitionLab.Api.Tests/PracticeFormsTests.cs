using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TransitionLab.Api.Course;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Reflections;
using TransitionLab.Api.Site;

namespace TransitionLab.Api.Tests;

/// <summary>
/// The course through the browser's door: a participant signs in with a key, files a practice
/// reflection from the module page's form, and reads it back; a teacher sees the cohort.
/// </summary>
public class PracticeFormsTests
{
    private const string Module = "verdiepen-en-opschalen";
    private const string FormPath = $"/api/course/modules/{Module}/practice-reflections/form";
    private const string MinePath = $"/cursus/{Module}/mijn-oefeningen/";
    private const string CohortPath = $"/cursus/{Module}/cohort/";
    private const string Learned = "Oefening: de gespreksleider maakt het verschil.";

    private static readonly HtmlParser Parser = new();

    /// <summary>A browser: keeps cookies, does not follow redirects, and says it comes from the test server's origin.</summary>
    internal static HttpClient Browser(ApiOnDay api)
    {
        var client = api.Host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        return client;
    }

    internal static async Task<HttpClient> SignedIn(ApiOnDay api, KeyRole role, string cohort)
    {
        var browser = Browser(api);
        var secret = TestKeys.Issue(api.Database, role, [], null, DateTimeOffset.UtcNow, cohort: cohort).Secret;
        var response = await browser.PostAsync("/api/session", new FormUrlEncodedContent([new("key", secret), new("returnUrl", $"/cursus/{Module}/")]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    private static List<KeyValuePair<string, string>> Practice(string experiment = ApiFactory.Alpha)
    {
        var body = VerdictsApiTests.HalfYear(3);
        body["loop"]!["learned"] = Learned;
        body["experimentSlug"] = experiment;
        return Samples.FormFields(body);
    }

    private static async Task<string> Text(HttpResponseMessage response) => await response.Content.ReadAsStringAsync();

    private static async Task FileThroughForm(HttpClient participant) =>
        Assert.Equal(HttpStatusCode.Redirect, (await participant.PostAsync(FormPath, new FormUrlEncodedContent(Practice()))).StatusCode);

    /// <summary>A page that must answer 200, as HTML text.</summary>
    private static async Task<string> Html(HttpClient browser, string path)
    {
        var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Text(response);
    }

    [Fact]
    public async Task Participant_signed_in_through_the_session_files_a_practice_reflection_and_reads_it_back()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var participant = await SignedIn(api, KeyRole.Participant, "Najaar 2026");

        var posted = await participant.PostAsync(FormPath, new FormUrlEncodedContent(Practice()));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"/cursus/{Module}/?geoefend=1#oefenreflectie-opgeslagen", posted.Headers.Location?.ToString());
        var stored = Assert.Single(api.Database.PracticeReflections.FindAll());
        Assert.Equal((Module, "Najaar 2026", ApiFactory.Alpha), (stored.Module, stored.Cohort, stored.ExperimentSlug));

        var mine = await participant.GetAsync(MinePath);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal("no-store", mine.Headers.CacheControl?.ToString());
        var item = Parser.ParseDocument(await Text(mine)).QuerySelector($"li.practice[data-id='{stored.Id}']")!;
        Assert.Contains(Learned, item.TextContent);
        Assert.Equal(ApiFactory.Alpha, item.GetAttribute("data-experiment"));
    }

    [Fact]
    public async Task Practice_reflection_filed_through_the_form_never_changes_the_public_experiment_page_or_the_verdict()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var anonymous = api.Anonymous();
        var pagePath = $"/experimenten/{ApiFactory.Alpha}/";
        var verdictPath = $"/api/experiments/{ApiFactory.Alpha}/verdict";
        var pageBefore = await Polling.PageContaining(anonymous, pagePath, "</html>");
        var verdictBefore = await Text(await anonymous.GetAsync(verdictPath));

        var rebuilds = api.Host.Services.GetRequiredService<SiteRebuilds>();
        var requested = rebuilds.Requested;
        var participant = await SignedIn(api, KeyRole.Participant, "A");
        await FileThroughForm(participant);

        // A rebuild is asked for inside the write's commit, before the form's redirect: none was, so no page can change.
        Assert.Equal(requested, rebuilds.Requested);

        Assert.Equal(pageBefore, await Text(await anonymous.GetAsync(pagePath)));
        Assert.Equal(verdictBefore, await Text(await anonymous.GetAsync(verdictPath)));
        Assert.DoesNotContain(Learned, await Text(await anonymous.GetAsync($"/cursus/{Module}/")));
        Assert.Equal(0, api.Database.ReflectionRevisions.Count());
    }

    [Fact]
    public async Task Another_participant_does_not_see_a_practice_reflection_on_their_own_page()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var author = await SignedIn(api, KeyRole.Participant, "A");
        await FileThroughForm(author);

        var html = await Html(await SignedIn(api, KeyRole.Participant, "A"), MinePath);

        Assert.DoesNotContain(Learned, html);
        Assert.NotNull(Parser.ParseDocument(html).QuerySelector(".practice-empty"));
    }

    [Fact]
    public async Task Teacher_of_the_cohort_sees_the_practice_reflection_next_to_the_frontrunners_and_a_teacher_of_another_cohort_does_not()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var participant = await SignedIn(api, KeyRole.Participant, "Najaar 2026");
        await FileThroughForm(participant);
        var participantKey = Assert.Single(api.Database.PracticeReflections.FindAll()).ParticipantKeyId;

        var html = await Html(await SignedIn(api, KeyRole.Teacher, "najaar 2026"), CohortPath);
        var comparison = Parser.ParseDocument(html).QuerySelector($"section.comparison[data-experiment='{ApiFactory.Alpha}']")!;
        var row = comparison.QuerySelector($"tbody.practice tr[data-participant='{participantKey}']")!;
        Assert.Equal(("2", "persevere"), (row.GetAttribute("data-evidence"), row.GetAttribute("data-decision")));
        Assert.NotNull(comparison.QuerySelector("tbody.frontrunners"));

        var otherHtml = await Html(await SignedIn(api, KeyRole.Teacher, "Voorjaar 2027"), CohortPath);
        Assert.DoesNotContain(participantKey, otherHtml);
        Assert.Empty(Parser.ParseDocument(otherHtml).QuerySelectorAll("section.comparison"));
    }

    [Fact]
    public async Task Course_pages_ask_to_sign_in_without_a_session_and_refuse_the_wrong_role()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var anonymous = Browser(api);
        var signIn = await anonymous.GetAsync(CohortPath);
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        Assert.Equal(CohortPath, Parser.ParseDocument(await Text(signIn)).QuerySelector("input[name=returnUrl]")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(MinePath)).StatusCode);

        var participant = await SignedIn(api, KeyRole.Participant, "A");
        Assert.Equal(HttpStatusCode.Forbidden, (await participant.GetAsync(CohortPath)).StatusCode);
        var teacher = await SignedIn(api, KeyRole.Teacher, "A");
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync(MinePath)).StatusCode);
        var refused = await teacher.PostAsync(FormPath, new FormUrlEncodedContent(Practice()));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(0, api.Database.PracticeReflections.Count());
    }

    [Theory]
    [InlineData("experimentSlug", "bestaat-niet", "fout-f-experimentSlug")]
    [InlineData("loop.observed", "Mail ons via jan@example.nl.", "fout-f-loop-observed")]
    public async Task Invalid_practice_reflection_shows_the_module_page_again_with_the_error_next_to_its_field(string field, string value, string errorId)
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var participant = await SignedIn(api, KeyRole.Participant, "A");
        var fields = Practice();
        fields.RemoveAll(f => f.Key == field);
        fields.Add(new(field, value));

        var response = await participant.PostAsync(FormPath, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = Parser.ParseDocument(await Text(response));
        Assert.Equal([errorId], page.QuerySelectorAll("section#oefenreflectie .error[id]").Select(e => e.Id));
        Assert.NotNull(page.QuerySelector("section#oefenreflectie .error-summary"));
        Assert.Equal(Learned, page.QuerySelector("textarea[name='loop.learned']")!.TextContent);
        Assert.Equal(0, api.Database.PracticeReflections.Count());
    }

    [Fact]
    public async Task Cross_origin_practice_post_is_refused()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var participant = await SignedIn(api, KeyRole.Participant, "A");
        var request = new HttpRequestMessage(HttpMethod.Post, FormPath) { Content = new FormUrlEncodedContent(Practice()) };
        request.Headers.Remove("Origin");
        participant.DefaultRequestHeaders.Remove("Origin");
        request.Headers.Add("Origin", "https://evil.example");

        var response = await participant.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, api.Database.PracticeReflections.Count());
    }

    [Fact]
    public async Task Practice_form_endpoint_and_pages_stay_out_of_the_openapi_document()
    {
        using var api = new ApiOnDay(new ApiFactory(), VerdictsApiTests.Today);
        var document = await api.Anonymous().GetStringAsync("/openapi/v1.json");
        Assert.DoesNotContain("practice-reflections/form", document);
        Assert.DoesNotContain("mijn-oefeningen", document);
        Assert.Contains("\"/course/modules/{module}/practice-reflections\"", document);
    }
}
