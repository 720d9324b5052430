using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using TransitionLab.Api.Agenda;
using TransitionLab.Api.Backup;
using TransitionLab.Api.Keys;
using Xunit.Abstractions;

namespace TransitionLab.Api.Tests.Security;

/// <summary>
/// Every HTML endpoint (the pages rendered per request and the forms that post to them) under the same hostile
/// treatment as the JSON API: each field and query parameter gets control characters, CRLF, overlong values,
/// invalid UTF-8, look-alike Unicode, markup and off-site addresses. No answer may be a 5xx, no redirect may
/// leave the site or carry raw input, no header may be injected, no markup may come back live, and a refused
/// request must leave the store exactly as it was. Every case and its answer goes to the test output, and to the
/// file named by <c>TL_FUZZ_REPORT</c> when that is set.
/// </summary>
public sealed partial class HtmlFormFuzzTests(ITestOutputHelper output)
{
    private const string Module = "verdiepen-en-opschalen";
    private const string Cohort = "Najaar 2026";
    // Regime belemmeringen reported open in both fixture experiments: each becomes an agenda proposal.
    private const string UpdatedProposal = "short-term-funding";
    private const string AcceptedProposal = "silos";
    // The invitee's own registration (the registration form edits it) and a submitted one for the review form.
    private const string OwnDraft = "fuzz-aanmelding";
    private const string SubmittedDraft = "fuzz-beoordeling";

    /// <summary>Who is signed in when a request is sent.</summary>
    public enum Who { Nobody, Frontrunner, Participant, Teacher, Steward, Invitee }

    /// <summary>
    /// One HTML endpoint: its path, who is signed in, its valid fields (a request with only them succeeds) and the
    /// query parameters it reads. Paths and fields may name what the setup made: <c>{key}</c> (a frontrunner's
    /// key), <c>{case}</c> (an own case of the cohort), <c>{version}</c> (the agenda item's version), <c>{item}</c>
    /// and <c>{other}</c> (agenda items a steward made), <c>{assignment}</c> (a participant's hand-in) and
    /// <c>{invitation}</c> (an invitation to revoke) and <c>{proposal}</c> (an invitation code for the own case's municipality).
    /// </summary>
    public sealed record HtmlEndpoint(string Name, string Method, string Path, Who SignedIn, KeyValuePair<string, string>[] Fields, params string[] Query);

    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    /// <summary>Every HTML endpoint of the product, in an order where a row's valid request does not spoil a later row.</summary>
    public static readonly HtmlEndpoint[] Endpoints =
    [
        new("public page (static file)", "GET", $"/experimenten/{ApiFactory.Alpha}/", Who.Nobody, []),
        new("search page", "GET", "/zoeken/", Who.Nobody, [], "q", "thema", "gemeente", "oordeel", "soort"),
        new("compare page", "GET", "/vergelijk/", Who.Nobody, [], "e"),
        new("sign-in page", "GET", "/aanmelden/", Who.Nobody, [], "returnUrl"),
        new("sign in", "POST", "/api/session", Who.Nobody, [F("key", "{key}"), F("returnUrl", $"/experimenten/{ApiFactory.Alpha}/")]),
        new("reflection page", "GET", $"/experimenten/{ApiFactory.Alpha}/reflectie/", Who.Frontrunner, []),
        // The silos belemmering stays reported, or the accepted reflections would withdraw the proposal the accept row needs.
        new("reflection form", "POST", $"/api/experiments/{ApiFactory.Alpha}/reflections/form", Who.Frontrunner, [.. Samples.FormFields(WithSilos(Samples.Reflection(cycle: 3)))]),
        new("practice form", "POST", $"/api/course/modules/{Module}/practice-reflections/form", Who.Participant, [.. Samples.FormFields(Practice())]),
        new("own practice page", "GET", $"/cursus/{Module}/mijn-oefeningen/", Who.Participant, []),
        new("agenda item practice form", "POST", $"/api/course/modules/{Module}/agenda-drafts/form", Who.Participant,
            [F("belemmering", "Inkoop per product"), F("level", "region"), F("owner", "Regionaal inkoopbureau jeugd"), F("decisionMoment", "Regionale inkoopronde 2027"),
             F("change", "Inkoop op taak in plaats van per product.")]),
        new("cohort page", "GET", $"/cursus/{Module}/cohort/", Who.Teacher, []),
        new("own cases page", "GET", "/cursus/casussen/", Who.Participant, []),
        new("own cases form", "POST", "/cursus/casussen/", Who.Participant,
        [
            F("title", "Eigen casus"), F("municipality", "Zwolle"), F("summary", "Bewoners van twee wijken beslissen mee over het budget."),
            F("frontrunners", "Wijkteam Zwolle\nBuurtcoach"), F("partners", "Woningcorporatie"), F("body", "Wat we deden en wat we leerden."),
        ]),
        new("own case page", "GET", "/cursus/casussen/{case}/", Who.Participant, []),
        // Its valid request proposes the case, so the hostile ones meet a case proposed before: refused, nothing stored.
        new("propose own case form", "POST", "/cursus/casussen/{case}/voorstellen", Who.Participant, [F("key", "{proposal}"), F("returnUrl", "/experimenten/aanmelden/?casus=1")]),
        new("practise on an own case", "GET", $"/cursus/{Module}/oefenen/", Who.Participant, [], "casus"),
        new("practise on a chosen experiment", "GET", $"/cursus/{Module}/oefenen/", Who.Nobody, [], "experimentSlug", "zoek"),
        new("agenda edit page", "GET", $"/transitieagenda/{UpdatedProposal}/wijzigen/", Who.Steward, []),
        new("agenda form: update", "POST", $"/api/agenda/{UpdatedProposal}/form", Who.Steward,
        [
            F("version", "{version}"), F("title", "Kortlopend geld"), F("level", "municipality"), F("status", "on-agenda"),
            F("owner", "Team Financien"), F("decisionMoment", "Voorjaarsnota 2027"), F("statusReason", "Staat op de agenda."), F("changes", "Meerjarig budget."),
        ]),
        new("agenda form: accept", "POST", $"/api/agenda/{AcceptedProposal}/form", Who.Steward, [F("action", "accept")]),
        new("agenda form: merge", "POST", "/api/agenda/{other}/form", Who.Steward, [F("action", "merge"), F("into", UpdatedProposal)]),
        new("agenda form: dismiss", "POST", "/api/agenda/{item}/form", Who.Steward, [F("action", "dismiss"), F("reason", "Hoort bij een ander punt.")]),
        new("registration page", "GET", "/experimenten/aanmelden/", Who.Invitee, [], "experiment"),
        new("registration form", "POST", "/api/experiments/form", Who.Invitee,
        [
            F("experiment", OwnDraft), F("title", "Aanmelding via het formulier"), F("slug", OwnDraft), F("summary", "Bewoners beslissen samen over een klein budget."),
            F("municipality", "Alphen"), F("region", "Zuid-Holland"), F("themes", "jeugd"), F("status", "running"), F("startDate", "2025-03-01"),
            F("funding.source", "Projectsubsidie gemeente"), F("funding.endDate", "2026-12-31"), F("frontrunners", "Wijkteam Alphen"),
            F("goals[0].description", "Meer bewoners doen mee"), F("goals[0].targetGroup", "Bewoners van Alphen-Noord"), F("goals[0].unit", "aantal per jaar"),
            F("goals[0].baseline", "20"), F("goals[0].target", "60"), F("xCurve", "take-off"), F("stage", "pilot"),
            F("body.watIsHet", "Bewoners beslissen samen over een klein budget."), F("body.watWeNietWeten", "Of het blijft werken."),
        ]),
        new("review queue page", "GET", "/redactie/", Who.Steward, []),
        new("review item page", "GET", $"/redactie/{SubmittedDraft}/", Who.Steward, []),
        // Fields are checked before the state: after the valid request asked for changes, the variants still meet every check.
        new("review form", "POST", $"/api/experiments/{SubmittedDraft}/review/form", Who.Steward,
            [F("action", "request-changes"), F("comments.summary", "Maak de samenvatting concreter."), F("reason", "Bijna klaar.")]),
        new("invitation form", "POST", "/api/invitations/form", Who.Steward, [F("municipality", "Alphen"), F("label", "Wijkteam Alphen-Noord")]),
        new("revoke invitation form", "POST", "/api/invitations/{invitation}/revoke/form", Who.Steward, []),
        new("exercise page", "GET", $"/cursus/{Module}/opdracht/", Who.Participant, [], "zoek"),
        new("exercise form", "POST", $"/cursus/{Module}/opdracht/", Who.Participant,
            [F("answers.answer", "Mijn antwoord op de opdracht."), F("experimentSlug", ApiFactory.Alpha), F("handIn", "true")]),
        new("read form", "POST", $"/cursus/{Module}/gelezen", Who.Participant, [F("gelezen", "true"), F("naar", "opdracht")]),
        new("comment form", "POST", "/cursus/opdrachten/{assignment}/reactie", Who.Teacher, [F("text", "Goed gezien; kijk ook naar de financiering.")]),
        new("progress page", "GET", "/cursus/voortgang/", Who.Teacher, []),
        new("progress CSV", "GET", "/cursus/voortgang/voortgang.csv", Who.Teacher, []),
        new("sign out", "POST", "/api/session/end", Who.Frontrunner, []),
    ];

    /// <summary>A hostile value, already percent-encoded as it goes on the wire (invalid UTF-8 cannot be a .NET string).</summary>
    private sealed record Hostile(string Name, string Encoded);

    private static Hostile Text(string name, string value) => new(name, Uri.EscapeDataString(value));

    private static readonly Hostile[] Values =
    [
        Text("control character U+0001", "a\u0001b"),
        Text("escape sequence", "\u001b[2J\u001b]0;pwned\u0007"),
        Text("DEL", "a\u007fb"),
        Text("C1 control U+0085", "a\u0085b"),
        new("NUL", "a%00b"),
        Text("tab", "a\tb"),
        Text("CRLF header injection", "x\r\nSet-Cookie: injected=1\r\nX-Injected: 1"),
        Text("lone LF", "x\nLocation: https://evil.example/"),
        Text("5,000 characters", new string('a', 5_000)),
        Text("70,000 characters (over the body limit)", new string('a', 70_000)),
        new("invalid UTF-8 C3 28", "a%C3%28b"),
        new("invalid UTF-8 FF", "a%FFb"),
        new("overlong UTF-8 slash C0 AF", "a%C0%AFb"),
        new("UTF-8 encoded surrogate ED A0 80", "a%ED%A0%80b"),
        Text("Cyrillic look-alike", "netwerkberaden-\u0430lpha"),
        Text("fullwidth look-alike", "\uff4e\uff45\uff54\uff57\uff45\uff52\uff4b"),
        Text("right-to-left override", "\u202Egnp.exe"),
        Text("zero-width space and BOM", "\u200B\uFEFF"),
        Text("script tag", "<script>alert(1)</script>"),
        Text("attribute breakout", "\"><img src=x onerror=alert(1)>"),
        Text("javascript url", "javascript:alert(1)"),
        Text("template and Razor syntax", "{{7*7}} @(1+1) ${7*7}"),
        Text("protocol-relative address", "//evil.example/"),
        Text("tab bypass address", "/\t/evil.example"),
        Text("absolute address", "https://evil.example/"),
        Text("path traversal", "../../../../etc/passwd"),
        Text("number out of range", "1e400"),
        Text("negative number", "-2147483649"),
        Text("empty", ""),
    ];

    // One value of each kind. The two reflection forms have some fifty fields each, and every value they accept files
    // a reflection and re-renders its experiment's pages; the full list on each of their fields kept a busy machine
    // at it for over a quarter of an hour. Each kind still reaches every field; the other rows get the full list.
    private static readonly HashSet<string> OneOfEachKind =
    [
        "control character U+0001", "NUL", "CRLF header injection", "5,000 characters", "70,000 characters (over the body limit)",
        "invalid UTF-8 C3 28", "UTF-8 encoded surrogate ED A0 80", "Cyrillic look-alike", "right-to-left override", "script tag",
        "attribute breakout", "tab bypass address", "number out of range", "empty",
    ];

    private const int WideForm = 10;

    [Fact]
    public async Task Hostile_input_at_every_html_endpoint_gets_no_500_no_off_site_redirect_and_changes_nothing_it_refuses()
    {
        using var api = new ApiFactory(settings: new Dictionary<string, string>
        {
            ["RateLimits:WritesPerMinute"] = "1000000", ["RateLimits:FailedAuthPerMinute"] = "1000000",
        });
        var setup = await Setup(api);
        var report = new List<string>();
        var failures = new List<string>();

        foreach (var endpoint in Endpoints)
        {
            // One signed-in browser per row; only signing out ends its session, so that row signs in for every case.
            var browser = await Browser(api, setup, endpoint.SignedIn);
            string? last = null;
            var valid = endpoint.Fields.Select(f => F(f.Key, setup.Fill(f.Value))).ToList();
            var path = setup.Fill(endpoint.Path);
            var ownQuery = endpoint.Query.Contains("casus") ? $"?casus={setup.Case}" : "";
            // The valid request must succeed, or every hostile variant would be refused for the wrong reason.
            var baseline = await Send(browser, endpoint.Method, path + ownQuery, Encode(valid), origin: true);
            if ((int)baseline.Status is not (200 or 302 or 303 or 307))
                failures.Add($"{endpoint.Name}: the valid request answered {(int)baseline.Status}; the row's fields are out of date");
            report.Add($"{endpoint.Name} | valid request | | {Answer(baseline)}");

            foreach (var (where, attack, hostileBody, query, origin) in Cases(endpoint, valid, ownQuery))
            {
                var body = hostileBody;
                if (endpoint.Path == "/api/session/end") browser = await Browser(api, setup, endpoint.SignedIn);
                // The valid update raised the item's version; a stale one would refuse every variant before it is read.
                if (endpoint.Fields.Any(f => f.Value == "{version}"))
                    body = body.Replace($"version={Uri.EscapeDataString(valid.First(f => f.Key == "version").Value)}", $"version={setup.Version()}", StringComparison.Ordinal);
                // The store as the last case left it, unless signing in again wrote a session since.
                var before = endpoint.Path == "/api/session/end" || last is null ? StoreExport.ToJson(api.Database) : last;
                var answer = await Send(browser, endpoint.Method, path + query, body, origin);
                last = StoreExport.ToJson(api.Database);
                var changed = last != before;
                report.Add($"{endpoint.Name} | {where} | {attack} | {Answer(answer)}{(changed ? " | stored" : "")}");
                foreach (var problem in Problems(answer, changed)) failures.Add($"{endpoint.Name} / {where} / {attack}: {problem}");
                if (changed && Unreadable(last) > Unreadable(before)) failures.Add($"{endpoint.Name} / {where} / {attack}: a control character or unreadable byte was stored");
            }
        }

        output.WriteLine($"{report.Count} requests at {Endpoints.Length} HTML endpoints; failures: {failures.Count}");
        foreach (var failure in failures.Distinct().Take(80)) output.WriteLine("FAIL " + failure);
        foreach (var line in report) output.WriteLine(line);
        if (Environment.GetEnvironmentVariable("TL_FUZZ_REPORT") is { Length: > 0 } file) await File.WriteAllLinesAsync(file, report);
        Assert.Empty(failures);
    }

    // Control characters (tab and line breaks aside), U+FFFD, U+FFFE and U+FFFF in a JSON export, raw or escaped.
    private static int Unreadable(string export) => UnreadablePattern().Count(export);

    [System.Text.RegularExpressions.GeneratedRegex(@"[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD-\uFFFF]|\\u000[0-8BbCcEeFf]|\\u001[0-9A-Fa-f]|\\u007[Ff]|\\u00[89][0-9A-Fa-f]|\\u[Ff]{3}[D-Fd-f]")]
    private static partial System.Text.RegularExpressions.Regex UnreadablePattern();

    private static JsonObject WithSilos(JsonObject reflection)
    {
        ((JsonArray)reflection["barriers"]!).Add(new JsonObject { ["kind"] = AcceptedProposal, ["level"] = "regime", ["status"] = "open", ["description"] = "Jeugd en zorg werken apart." });
        return reflection;
    }

    private static JsonObject Practice()
    {
        var body = Samples.Reflection();
        body["experimentSlug"] = ApiFactory.Alpha;
        return body;
    }

    /// <summary>What the rows need: keys per role, an own case of the cohort, two proposals and two steward items on the agenda.</summary>
    private sealed record Made(Dictionary<Who, string> Keys, Guid Case, string Item, string Other, Func<int> Version, Guid Assignment, string Invitation, string Proposal)
    {
        public string Fill(string text) => text.Replace("{key}", Keys[Who.Frontrunner], StringComparison.Ordinal)
            .Replace("{case}", Case.ToString(), StringComparison.Ordinal).Replace("{item}", Item, StringComparison.Ordinal)
            .Replace("{assignment}", Assignment.ToString(), StringComparison.Ordinal).Replace("{invitation}", Invitation, StringComparison.Ordinal)
            .Replace("{proposal}", Proposal, StringComparison.Ordinal)
            .Replace("{other}", Other, StringComparison.Ordinal).Replace("{version}", Version().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static async Task<Made> Setup(ApiFactory api)
    {
        var keys = new Dictionary<Who, string>
        {
            [Who.Frontrunner] = TestKeys.Issue(api.Database, KeyRole.Frontrunner, [ApiFactory.Alpha], null, DateTimeOffset.UtcNow).Secret,
            [Who.Participant] = TestKeys.Issue(api.Database, KeyRole.Participant, [], null, DateTimeOffset.UtcNow, cohort: Cohort).Secret,
            [Who.Teacher] = TestKeys.Issue(api.Database, KeyRole.Teacher, [], null, DateTimeOffset.UtcNow, cohort: Cohort).Secret,
            [Who.Steward] = TestKeys.Issue(api.Database, KeyRole.Steward, [], "Alphen", DateTimeOffset.UtcNow).Secret,
        };
        foreach (var slug in new[] { ApiFactory.Alpha, ApiFactory.Beta })
        {
            var reflection = WithSilos(Samples.Reflection());
            if (slug == ApiFactory.Beta) reflection["goals"] = new JsonArray();
            Assert.True((await api.Frontrunner(slug).PostAsJsonAsync($"/api/experiments/{slug}/reflections", reflection)).IsSuccessStatusCode);
        }
        var ownCase = await api.ClientWith(keys[Who.Participant]).PostAsJsonAsync("/api/course/cases",
            new { title = "Casus om op te oefenen", municipality = "Zwolle", summary = "Bewoners van twee wijken beslissen mee over het budget." });
        Assert.True(ownCase.IsSuccessStatusCode, await ownCase.Content.ReadAsStringAsync());
        var steward = api.ClientWith(keys[Who.Steward]);
        async Task<string> Item(string title)
        {
            var created = await steward.PostAsJsonAsync("/api/agenda", new { title, level = "municipality", status = "signalled", experiments = new[] { ApiFactory.Alpha } });
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
            return (await created.Json()).GetProperty("id").GetString()!;
        }
        // An invitee with a draft of their own; a draft by an admin, submitted, for the steward to review; an invitation to revoke.
        var invited = await steward.PostAsJsonAsync("/api/invitations", new { municipality = "Alphen" });
        Assert.True(invited.IsSuccessStatusCode, await invited.Content.ReadAsStringAsync());
        keys[Who.Invitee] = (await invited.Json()).GetProperty("code").GetString()!;
        var draft = Samples.Draft(OwnDraft);
        draft.Remove("municipality");
        Assert.True((await api.ClientWith(keys[Who.Invitee]).PostAsJsonAsync("/api/experiments", draft)).IsSuccessStatusCode);
        var admin = api.Admin();
        Assert.True((await admin.PostAsJsonAsync("/api/experiments", Samples.Draft(SubmittedDraft))).IsSuccessStatusCode);
        Assert.True((await admin.PostAsync($"/api/experiments/{SubmittedDraft}/submit", null)).IsSuccessStatusCode);
        var revocable = await steward.PostAsJsonAsync("/api/invitations", new { municipality = "Alphen", label = "In te trekken" });
        var handIn = await api.ClientWith(keys[Who.Participant]).PostAsJsonAsync($"/api/course/modules/{Module}/assignments",
            new { answers = new Dictionary<string, string> { ["answer"] = "Een eerste antwoord." }, handIn = true });
        Assert.True(handIn.IsSuccessStatusCode, await handIn.Content.ReadAsStringAsync());
        // An invitation for the own case's municipality, for proposing the case to the intake.
        var forCase = await admin.PostAsJsonAsync("/api/invitations", new { municipality = "Zwolle" });
        Assert.True(forCase.IsSuccessStatusCode, await forCase.Content.ReadAsStringAsync());
        return new Made(keys, (await ownCase.Json()).GetProperty("id").GetGuid(), await Item("Geld in aparte potjes"), await Item("Geld in losse potjes"),
            () => api.Database.Agenda.FindById(UpdatedProposal)?.Version ?? 0,
            (await handIn.Json()).GetProperty("id").GetGuid(), (await revocable.Json()).GetProperty("details").GetProperty("id").GetString()!,
            (await forCase.Json()).GetProperty("code").GetString()!);
    }

    private static IEnumerable<(string Where, string Attack, string Body, string Query, bool Origin)> Cases(HtmlEndpoint endpoint, List<KeyValuePair<string, string>> valid, string ownQuery)
    {
        var encoded = Encode(valid);
        var names = valid.Select(f => f.Key).Distinct().ToArray();
        var values = names.Length > WideForm ? Values.Where(v => OneOfEachKind.Contains(v.Name)).ToArray() : Values;
        foreach (var name in names)
            foreach (var value in values)
                yield return ($"field {name}", value.Name, Encode(valid, name, value.Encoded), ownQuery, true);
        // Every row also gets the query parameters some page reads, so a page that starts reading one is covered.
        foreach (var parameter in endpoint.Query.Append("returnUrl").Append("q").Distinct())
            foreach (var value in Values.Where(v => !v.Name.StartsWith("70,000", StringComparison.Ordinal)))
                yield return ($"query {parameter}", value.Name, encoded,
                    (parameter == "casus" || ownQuery.Length == 0 ? "?" : ownQuery + "&") + $"{parameter}={value.Encoded}", true);
        if (endpoint.Method != "POST") yield break;

        yield return ("field names", "markup as a field name", Join(encoded, Uri.EscapeDataString("<script>alert(1)</script>") + "=1"), ownQuery, true);
        yield return ("field names", "CRLF in a field name", Join(encoded, Uri.EscapeDataString("a\r\nX-Injected: 1") + "=1"), ownQuery, true);
        yield return ("field names", "every field twice", Join(encoded, encoded), ownQuery, true);
        yield return ("field names", "2,000 unknown fields", Join(encoded, string.Join("&", Enumerable.Range(0, 2_000).Select(i => $"f{i}=1"))), ownQuery, true);
        yield return ("body", "no fields at all", "", ownQuery, true);
        yield return ("body", "not form-encoded (JSON)", "{\"json\":true}", ownQuery, true);
        yield return ("body", "percent sign without hex", "returnUrl=%zz&key=%", ownQuery, true);
        yield return ("origin", "no Origin or Referer", encoded, ownQuery, false);
    }

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + "&" + b;

    private static string Encode(List<KeyValuePair<string, string>> fields, string? replace = null, string? encodedValue = null)
    {
        var replaced = false;
        return string.Join("&", fields.Select(f =>
        {
            var value = Uri.EscapeDataString(f.Value);
            if (f.Key == replace && !replaced) (value, replaced) = (encodedValue!, true);
            return Uri.EscapeDataString(f.Key) + "=" + value;
        }));
    }

    private sealed record Response(HttpStatusCode Status, string? Location, string? ContentType, string Body, List<KeyValuePair<string, string>> Headers);

    private static string Answer(Response r) =>
        $"{(int)r.Status}{(r.Location is { } l ? " Location " + Escape(l) : "")}{(r.ContentType is { } t ? " " + t : "")}";

    private static string Escape(string text) => text.Length > 80 ? Uri.EscapeDataString(text[..80]) + "…" : Uri.EscapeDataString(text).Replace("%2F", "/", StringComparison.Ordinal);

    /// <summary>A browser that keeps cookies and does not follow redirects, signed in as <paramref name="who"/>.</summary>
    private static async Task<HttpClient> Browser(ApiFactory api, Made made, Who who)
    {
        var browser = api.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (who == Who.Nobody) return browser;
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/api/session") { Content = new FormUrlEncodedContent([new("key", made.Keys[who]), new("returnUrl", "/")]) };
        signIn.Headers.Add("Origin", browser.BaseAddress!.GetLeftPart(UriPartial.Authority));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SendAsync(signIn)).StatusCode);
        return browser;
    }

    private static async Task<Response> Send(HttpClient browser, string method, string pathAndQuery, string body, bool origin)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), pathAndQuery);
        if (method == "POST")
            request.Content = new StringContent(body, Encoding.ASCII, body.StartsWith('{') ? "application/json" : "application/x-www-form-urlencoded");
        if (origin) request.Headers.Add("Origin", browser.BaseAddress!.GetLeftPart(UriPartial.Authority));
        var response = await browser.SendAsync(request);
        var headers = response.Headers.Concat(response.Content.Headers).SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v))).ToList();
        return new Response(response.StatusCode, response.Headers.Location?.OriginalString, response.Content.Headers.ContentType?.MediaType,
            await response.Content.ReadAsStringAsync(), headers);
    }

    private static IEnumerable<string> Problems(Response r, bool storeChanged)
    {
        var status = (int)r.Status;
        if (status >= 500) yield return $"answered {status}";
        if (r.Headers.Any(h => h.Key.Equals("X-Injected", StringComparison.OrdinalIgnoreCase))) yield return "an injected header came back";
        if (r.Headers.Any(h => h.Value.Contains('\r') || h.Value.Contains('\n'))) yield return "a header value holds a line break";
        if (r.Headers.Any(h => h.Key == "Set-Cookie" && h.Value.Contains("injected", StringComparison.OrdinalIgnoreCase))) yield return "an injected cookie came back";
        if (status is >= 300 and < 400 && !IsLocal(r.Location)) yield return $"redirect to '{r.Location}' is not a path on this site";
        if (r.ContentType == "text/html")
        {
            var document = new HtmlParser().ParseDocument(r.Body);
            if (document.DocumentElement.GetAttribute("lang") != "nl") yield return "an HTML answer that is not a Dutch page";
            if (document.QuerySelectorAll("script").Any(s => s.TextContent.Contains("alert", StringComparison.Ordinal))) yield return "markup came back as a script";
            if (document.QuerySelectorAll("[onerror]").Length > 0) yield return "markup came back as an element with an event handler";
            if (document.QuerySelectorAll("a[href^='javascript:' i], form[action^='javascript:' i]").Length > 0) yield return "a javascript: link came back";
        }
        // A refused request leaves the store as it was; only a request the endpoint accepted may change it.
        var accepted = status is 200 or 302 or 303 or 307;
        if (storeChanged && !accepted) yield return $"refused with {status} but the store changed";
    }

    // A Location a browser resolves to this site: a single leading slash, visible ASCII only, no host.
    private static bool IsLocal(string? location) =>
        location is { Length: > 0 } l && l[0] == '/' && (l.Length == 1 || l[1] is not ('/' or '\\'))
        && l.All(c => c is > ' ' and <= '~' and not '\\')
        && Uri.TryCreate(new Uri("https://this-site.invalid/"), l, out var resolved) && resolved.Host == "this-site.invalid"
        && !l.Contains("evil.example", StringComparison.OrdinalIgnoreCase);
}
