using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Reflections;
using Microsoft.Extensions.DependencyInjection;

namespace TransitionLab.Api.Tests;

/// <summary>
/// The reflection form lives on its own page, <c>/experimenten/&lt;slug&gt;/reflectie/</c>, which the API renders
/// for the experiment's signed-in frontrunner, pre-filled from the latest reflection.
/// </summary>
public sealed class ReflectionPageTests
{
    private const string PagePath = $"/experimenten/{ApiFactory.Alpha}/reflectie/";
    private static readonly HtmlParser Parser = new();

    private static HttpClient Browser(ApiFactory api)
    {
        var client = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        return client;
    }

    [Fact]
    public async Task Signed_out_the_reflection_page_asks_to_sign_in_and_signing_in_leads_back_to_it()
    {
        using var api = new ApiFactory();
        var browser = Browser(api);
        var experiment = Parser.ParseDocument(await browser.GetStringAsync($"/experimenten/{ApiFactory.Alpha}/"));
        Assert.Equal(PagePath, experiment.QuerySelector("section.add-reflection a")!.GetAttribute("href"));
        Assert.Null(experiment.QuerySelector("form[action$='/reflections/form']"));

        var signedOut = await browser.GetAsync(PagePath);
        Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode);
        Assert.Equal("no-store", signedOut.Headers.CacheControl?.ToString());
        var signIn = Parser.ParseDocument(await signedOut.Content.ReadAsStringAsync());
        var returnUrl = signIn.QuerySelector("input[name=returnUrl]")!.GetAttribute("value")!;
        Assert.Equal(PagePath, returnUrl);

        var key = api.Key(KeyRole.Frontrunner, [ApiFactory.Alpha]);
        var session = await browser.PostAsync("/api/session", new FormUrlEncodedContent([new("key", key), new("returnUrl", returnUrl)]));
        Assert.Equal(HttpStatusCode.Redirect, session.StatusCode);
        Assert.Equal(PagePath, session.Headers.Location?.ToString());

        var form = await browser.GetAsync(PagePath);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var page = Parser.ParseDocument(await form.Content.ReadAsStringAsync());
        Assert.Equal($"/api/experiments/{ApiFactory.Alpha}/reflections/form", page.QuerySelector("form[method=post]")!.GetAttribute("action"));
        Assert.Equal("1", Field(page, "cycle"));
    }

    [Fact]
    public async Task A_key_of_another_experiment_gets_the_sign_in_page_not_the_form()
    {
        using var api = new ApiFactory();
        var browser = Browser(api);
        await browser.PostAsync("/api/session", new FormUrlEncodedContent([new("key", api.Key(KeyRole.Frontrunner, [ApiFactory.Beta])), new("returnUrl", "/")]));

        var response = await browser.GetAsync(PagePath);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Null(page.QuerySelector("form[action$='/reflections/form']"));
        Assert.Contains("hoort niet bij dit experiment", page.QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task The_form_is_prefilled_from_the_latest_reflection_and_sent_back_files_the_next_cycle()
    {
        using var api = new ApiFactory();
        var first = Samples.Reflection(cycle: 3);
        Assert.Equal(HttpStatusCode.Created, (await api.Frontrunner().PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", first)).StatusCode);
        var browser = Browser(api);
        await browser.PostAsync("/api/session", new FormUrlEncodedContent([new("key", api.Key(KeyRole.Frontrunner, [ApiFactory.Alpha])), new("returnUrl", "/")]));

        var page = Parser.ParseDocument(await browser.GetStringAsync(PagePath));
        // What describes the experiment is carried over; what belongs to one cycle starts empty.
        Assert.Equal("4", Field(page, "cycle"));
        Assert.Equal("2025-07-01", Field(page, "periodStart"));
        Assert.Equal("Een getrainde gespreksleider en het eigen netwerk aan tafel.", Field(page, "workingCore.fixed"));
        Assert.Equal("33", Field(page, "goals[0].current"));
        Assert.Equal("short-term-funding", Field(page, "barriers[0].kind"));
        Assert.Equal("Het geld stopt in 2027.", Field(page, "barriers[0].description"));
        Assert.Equal("Wie betaalt de gespreksleiders later?", Field(page, "learningQuestions[0].question"));
        Assert.Equal("fit-and-conform", Field(page, "route.route"));
        Assert.Equal("Wijkteam Alphen", Field(page, "sustainment.structuralOwner"));
        Assert.Equal("", Field(page, "loop.learned"));
        Assert.Null(page.QuerySelector("[name='hypothesis.result'] option[selected]"));
        // One empty row more than the rows carried over, for a new barrier.
        Assert.NotNull(page.QuerySelector("[name='barriers[1].kind']"));

        // The frontrunner fills in only what belongs to this cycle and sends the rest as it came.
        var fields = Fields(page);
        Set(fields, "hypothesis.result", "confirmed");
        Set(fields, "loop.observed", "Meer gezinnen vroegen zelf om een beraad.");
        Set(fields, "loop.learned", "Een vaste gespreksleider per wijk werkt beter.");
        Set(fields, "loop.therefore", "We geven elke wijk een vaste gespreksleider.");
        Set(fields, "loop.decision", "broaden");
        Set(fields, "peopleReached", "51");
        Set(fields, "lessons.challenges", "Roosters van gespreksleiders.");
        Set(fields, "lessons.lessonsLearned", "Houd de gespreksleider vast.");
        // Reworded, even retyped: the barrier and the question are still the ones reported before.
        Set(fields, "barriers[0].kind", "procurement-and-market-forces");
        Set(fields, "barriers[0].description", "Het projectgeld houdt op na 2027.");
        Set(fields, "learningQuestions[0].question", "Wie betaalt straks de gespreksleiders?");
        var action = page.QuerySelector("form[method=post]")!.GetAttribute("action")!;
        var saved = await browser.PostAsync(action, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var stored = api.Services.GetRequiredService<StoredReflections>().ForExperiment(ApiFactory.Alpha).OrderBy(r => r.Cycle).ToArray();
        Assert.Equal([3, 4], stored.Select(r => r.Cycle));
        var next = stored[1];
        Assert.Equal("Een getrainde gespreksleider en het eigen netwerk aan tafel.", next.WorkingCore.Fixed);
        Assert.Equal("Het projectgeld houdt op na 2027.", Assert.Single(next.Barriers).Description);
        // The barrier and the question carried over keep their identity, so they are still as old as they were.
        Assert.NotEqual("", stored[0].Barriers[0].Id);
        Assert.Equal(stored[0].Barriers[0].Id, next.Barriers[0].Id);
        Assert.Equal(stored[0].Barriers[0].FirstSeen, next.Barriers[0].FirstSeen);
        Assert.Equal(stored[0].LearningQuestions[0].Id, Assert.Single(next.LearningQuestions).Id);
        Assert.Equal(stored[0].LearningQuestions[0].FirstSeen, next.LearningQuestions[0].FirstSeen);
        Assert.True(next.Date > stored[0].Barriers[0].FirstSeen);
    }

    [Fact]
    public async Task Indented_lines_of_a_stored_text_come_back_in_the_form_as_they_were()
    {
        using var api = new ApiFactory();
        // Pages leave out the indentation of their templates; the text inside a textarea is what was typed and stays whole.
        const string typed = "Een getrainde gespreksleider:\n    - het eigen netwerk aan tafel\n\t- een vaste plek";
        var first = Samples.Reflection(cycle: 3);
        first["workingCore"]!["fixed"] = typed;
        Assert.Equal(HttpStatusCode.Created, (await api.Frontrunner().PostAsJsonAsync($"/api/experiments/{ApiFactory.Alpha}/reflections", first)).StatusCode);
        var browser = Browser(api);
        await browser.PostAsync("/api/session", new FormUrlEncodedContent([new("key", api.Key(KeyRole.Frontrunner, [ApiFactory.Alpha])), new("returnUrl", "/")]));

        var page = Parser.ParseDocument(await browser.GetStringAsync(PagePath));

        Assert.Equal(typed, Field(page, "workingCore.fixed"));
    }

    [Fact]
    public async Task A_reflection_page_for_an_unknown_experiment_is_not_found()
    {
        using var api = new ApiFactory();
        Assert.Equal(HttpStatusCode.NotFound, (await Browser(api).GetAsync("/experimenten/bestaat-niet/reflectie/")).StatusCode);
    }

    /// <summary>The value a browser would send for a field: an input's value, a textarea's text, a select's chosen option.</summary>
    private static string Field(AngleSharp.Dom.IDocument page, string name) => page.QuerySelector($"[name='{name}']") switch
    {
        IHtmlTextAreaElement area => area.Value,
        IHtmlSelectElement select => select.Value ?? "",
        IHtmlInputElement input => input.Value,
        _ => throw new Xunit.Sdk.XunitException($"no field {name}"),
    };

    /// <summary>Every field of the form with the value a browser would send, checked boxes included, in document order.</summary>
    private static List<KeyValuePair<string, string>> Fields(AngleSharp.Dom.IDocument page)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in page.QuerySelector("form[method=post]")!.QuerySelectorAll("[name]"))
        {
            var name = element.GetAttribute("name")!;
            if (element is IHtmlInputElement { Type: "checkbox" } box)
            {
                if (box.IsChecked) fields.Add(new(name, box.Value));
                continue;
            }
            fields.Add(new(name, Field(page, name)));
        }
        return fields;
    }

    private static void Set(List<KeyValuePair<string, string>> fields, string name, string value)
    {
        fields.RemoveAll(f => f.Key == name);
        fields.Add(new(name, value));
    }
}
