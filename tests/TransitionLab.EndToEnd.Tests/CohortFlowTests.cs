using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>
/// A cohort of two participants and a teacher through one module in a browser without JavaScript: own case, practice
/// reflection on it, the module marked read, hand-in, peer comment, the teacher marks it done, the progress table shows it; after the course the
/// case is proposed to the intake in one action. A participant of
/// another cohort is refused at every step, the new pages pass axe at 320, 390 and 1280 px and the W3C validator, and nothing
/// reaches a public page.
/// </summary>
[Collection(ProductCollection.Name)]
public sealed class CohortFlowTests(ProductFixture fixture)
{
    private const string Module = "verdiepen-verbreden-opschalen";
    private readonly string _tag = Guid.NewGuid().ToString("N")[..8];
    private readonly Dictionary<string, string> _keys = [];

    private async Task IssueKeysAsync()
    {
        // A cohort of its own per run: the shared product's other tests make participants too.
        foreach (var (name, role, cohort) in new[] { ("anna", "participant", "A"), ("bart", "participant", "A"), ("docent", "teacher", "A"), ("vreemd", "participant", "B") })
            _keys[name] = await fixture.IssueKeyAsync(new { role, cohort = $"{cohort}-{_tag}", label = name });
    }

    private async Task<IPage> SignedInAsync(string who, int width = 1280, bool script = false)
    {
        var page = await fixture.NewPageAsync(new ViewportSize { Width = width, Height = 900 }, javaScript: script);
        await fixture.SignInAsync(page, _keys[who]);
        return page;
    }

    [Fact]
    public async Task Cohort_walks_one_module_without_javascript_and_nothing_of_it_leaves_the_cohort()
    {
        await IssueKeysAsync();
        var caseTitle = $"Buurtkracht {_tag}";
        var answer = $"Een vaste buurtcoach per wijk {_tag}.";

        // Anna registers an own case.
        var anna = await SignedInAsync("anna");
        await anna.GotoAsync("/cursus/casussen/");
        await anna.GetByLabel("Titel").FillAsync(caseTitle);
        await anna.GetByLabel("Gemeente", new() { Exact = true }).FillAsync("Zwolle");
        await anna.GetByLabel("Samenvatting").FillAsync("Bewoners van twee wijken beslissen mee over het budget voor ondersteuning.");
        // Who pays is optional for the case, but the reflection asks for it and takes it from the case.
        await anna.GetByLabel("Wie betaalt").FillAsync("Projectsubsidie gemeente");
        await anna.GetByRole(AriaRole.Button, new() { Name = "Casus opslaan" }).ClickAsync();
        await Assertions.Expect(anna.Locator("h1")).ToContainTextAsync(caseTitle);
        var casePath = new Uri(anna.Url).AbsolutePath;

        // She practises the reflection on it in the module.
        await anna.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Verdiepen, verbreden") }).ClickAsync();
        var practicePath = new Uri(anna.Url).PathAndQuery;
        await Assertions.Expect(anna.Locator(".practice-case")).ToContainTextAsync(caseTitle);
        await ReflectionFormTests.FillReflectionAsync(anna, 1, "Bewoners kwamen vaker naar de buurtavond.", "form[action$='/practice-reflections/form']");
        await anna.GetByRole(AriaRole.Button, new() { Name = "Oefenreflectie opslaan" }).ClickAsync();
        await Assertions.Expect(anna).ToHaveURLAsync(new Regex("geoefend=1"));
        // Back on the module page, she marks the module read.
        await anna.GetByRole(AriaRole.Button, new() { Name = "Ik heb deze module gelezen" }).ClickAsync();
        await Assertions.Expect(anna).ToHaveURLAsync(new Regex("gelezen=1"));
        await Assertions.Expect(anna.Locator("#gelezen-opgeslagen")).ToBeVisibleAsync();
        await anna.GotoAsync("/cursus/voortgang/");
        await Assertions.Expect(anna.Locator($"tr[data-module='{Module}'] td")).ToContainTextAsync("gelezen op");
        await anna.GotoAsync($"/cursus/{Module}/mijn-oefeningen/");
        await Assertions.Expect(anna.Locator("li.practice")).ToContainTextAsync(caseTitle);

        // She hands in the module's exercise about her case and shares it with the cohort.
        await anna.GotoAsync($"/cursus/{Module}/opdracht/");
        var exercisePath = new Uri(anna.Url).AbsolutePath;
        await anna.GetByLabel("Over welke eigen casus gaat het?").SelectOptionAsync(new SelectOptionValue { Label = $"{caseTitle} (Zwolle)" });
        await anna.GetByLabel("De vaste kern (hoogstens drie zinnen)").FillAsync(answer);
        await anna.GetByLabel("Wat mag per plek verschillen?").FillAsync("Wie de avond organiseert.");
        await anna.GetByLabel("Route naar regulier beleid").SelectOptionAsync("fit-and-conform");
        await anna.GetByLabel("Deel mijn ingeleverde uitwerking").CheckAsync();
        await anna.GetByRole(AriaRole.Button, new() { Name = "Inleveren", Exact = true }).ClickAsync();
        await Assertions.Expect(anna.Locator(".work-status")).ToContainTextAsync("Ingeleverd op");

        // Bart, a peer, comments on it.
        var bart = await SignedInAsync("bart");
        await bart.GotoAsync(exercisePath);
        var work = bart.Locator("article.work");
        await Assertions.Expect(work).ToContainTextAsync(answer);
        var workId = await work.GetAttributeAsync("data-id");
        await work.GetByLabel("Uw reactie").FillAsync("De kern is helder; noem ook wie betaalt.");
        await work.GetByRole(AriaRole.Button, new() { Name = "Reactie plaatsen" }).ClickAsync();
        await Assertions.Expect(bart.Locator("article.work .comment")).ToContainTextAsync("noem ook wie betaalt");
        Assert.Equal(0, await bart.Locator("input[name=done]").CountAsync());

        // The teacher comments and marks it done; the progress table shows it.
        var teacher = await SignedInAsync("docent");
        await teacher.GotoAsync(exercisePath);
        var handIn = teacher.Locator("article.work");
        await handIn.GetByLabel("Uw reactie").FillAsync("Goed uitgewerkt.");
        await handIn.GetByLabel("Markeer de opdracht als klaar").CheckAsync();
        await handIn.GetByRole(AriaRole.Button, new() { Name = "Reactie plaatsen" }).ClickAsync();
        await Assertions.Expect(teacher.Locator("article.work")).ToHaveAttributeAsync("data-status", "done");
        await teacher.GotoAsync("/cursus/voortgang/");
        var annaCell = teacher.Locator($"tr:has(th:text('anna')) td[data-module='{Module}']");
        await Assertions.Expect(annaCell).ToContainTextAsync("klaar op");
        await Assertions.Expect(annaCell).ToContainTextAsync("gelezen op");

        // Anna reads both comments on her own work.
        await anna.GotoAsync(exercisePath);
        await Assertions.Expect(anna.Locator("#uw-werk .comment")).ToHaveCountAsync(2);

        // A participant of another cohort is refused at every step.
        var stranger = await SignedInAsync("vreemd");
        foreach (var path in new[] { casePath, practicePath })
            Assert.Equal(403, (await stranger.GotoAsync(path))!.Status);
        var comment = await stranger.Context.APIRequest.PostAsync($"/cursus/opdrachten/{workId}/reactie", new()
        {
            Form = stranger.Context.APIRequest.CreateFormData().Append("text", "Hallo"),
            Headers = new Dictionary<string, string> { ["Origin"] = fixture.Product.BaseAddress.GetLeftPart(UriPartial.Authority) },
        });
        Assert.Equal(403, comment.Status);
        await stranger.GotoAsync(exercisePath);
        Assert.Equal(0, await stranger.Locator("article.work").CountAsync());
        await stranger.GotoAsync("/cursus/casussen/");
        Assert.DoesNotContain(caseTitle, await stranger.ContentAsync());
        var bearer = new Dictionary<string, string> { ["Authorization"] = $"Bearer {_keys["vreemd"]}" };
        Assert.Equal(403, (await stranger.Context.APIRequest.GetAsync($"/api/course/cases/{casePath.Split('/')[3]}", new() { Headers = bearer })).Status);
        Assert.Equal(403, (await stranger.Context.APIRequest.GetAsync($"/api/course/assignments/{workId}", new() { Headers = bearer })).Status);

        // Nothing of it on a public page, in an export or in a verdict.
        var request = (await fixture.NewPageAsync()).APIRequest;
        foreach (var path in new[] { "/", "/experimenten/", "/zoekindex.json", "/feed.xml", "/export/experimenten.csv", "/export/experimenten.json",
                     "/api/export/experimenten.csv", "/api/experiments", "/api/verdicts", "/api/snapshot", $"/cursus/{Module}/", "/wat-werkt/" })
        {
            var body = await (await request.GetAsync(path)).TextAsync();
            Assert.DoesNotContain(_tag, body);
        }

        // The teacher downloads the table for Excel; nobody else may.
        var csv = await teacher.Context.APIRequest.GetAsync("/cursus/voortgang/voortgang.csv");
        Assert.Equal(200, csv.Status);
        var rows = System.Text.Encoding.UTF8.GetString(await csv.BodyAsync()).Split("\r\n");
        Assert.StartsWith("\uFEFFDeelnemer;", rows[0]);
        Assert.Contains(rows, r => r.StartsWith("anna;", StringComparison.Ordinal) && r.Contains("klaar op", StringComparison.Ordinal) && r.Contains("gelezen op", StringComparison.Ordinal));
        Assert.Equal(403, (await stranger.Context.APIRequest.GetAsync("/cursus/voortgang/voortgang.csv")).Status);

        // The new pages meet WCAG 2.1 AA on a small phone, a phone and a laptop, reflow at 320 px and are valid HTML.
        var pages = new[] { ("anna", $"/cursus/{Module}/"), ("anna", "/cursus/casussen/"), ("anna", casePath), ("anna", exercisePath), ("anna", "/cursus/voortgang/"), ("docent", exercisePath), ("docent", "/cursus/voortgang/") };
        foreach (var width in new[] { 320, 390, 1280 })
        {
            // axe runs as script in the page; the pages themselves have none.
            var signedIn = new Dictionary<string, IPage> { ["anna"] = await SignedInAsync("anna", width, script: true), ["docent"] = await SignedInAsync("docent", width, script: true) };
            foreach (var (who, path) in pages)
            {
                var page = signedIn[who];
                Assert.Equal(200, (await page.GotoAsync(path))!.Status);
                await AssertAccessibleAsync(page, $"{path} for {who} at {width} px");
                if (width == 320)
                    Assert.True(await Layout.PageWidthAsync(page) <= 320, $"{path} scrolls sideways at 320 px: {await Layout.WidestElementAsync(page)}");
            }
        }
        var folder = Directory.CreateTempSubdirectory("transitionlab-cohort-").FullName;
        foreach (var (i, (who, path)) in pages.Index())
        {
            var page = who == "anna" ? anna : teacher;
            await File.WriteAllTextAsync(Path.Combine(folder, $"page-{i}.html"), await (await page.GotoAsync(path))!.TextAsync());
        }
        var invalid = await HtmlValidator.ValidateAsync(folder);
        Assert.True(invalid.Count == 0, $"{invalid.Count} validator errors:\n{string.Join("\n", invalid.Take(15))}");

        // After the course Anna proposes her case as a real experiment in one action: with the code of an invitation from
        // Zwolle's steward, the case's fields land in the intake's form and she continues signed in with the code.
        var stewardKey = await fixture.IssueKeyAsync(new { role = "steward", municipality = "Zwolle", label = $"regisseur-{_tag}" });
        var invited = await anna.Context.APIRequest.PostAsync("/api/invitations", new()
        {
            DataObject = new { municipality = "Zwolle" }, Headers = new Dictionary<string, string> { ["Authorization"] = $"Bearer {stewardKey}" },
        });
        Assert.Equal(201, invited.Status);
        var code = (await invited.JsonAsync())!.Value.GetProperty("code").GetString()!;
        await anna.GotoAsync(casePath);
        await anna.GetByLabel("Code uit de uitnodiging").FillAsync(code);
        await anna.GetByRole(AriaRole.Button, new() { Name = "Zet de casus in het aanmeldformulier" }).ClickAsync();
        await Assertions.Expect(anna).ToHaveURLAsync(new Regex("/experimenten/aanmelden/"));
        Assert.Equal(caseTitle, await anna.InputValueAsync("#f-title"));
        Assert.Equal("Zwolle", await anna.InputValueAsync("#f-municipality"));
        await Assertions.Expect(anna.Locator(".intake-notice")).ToContainTextAsync("eigen casus");
        foreach (var width in new[] { 320, 1280 })
        {
            var invitee = await fixture.NewPageAsync(new ViewportSize { Width = width, Height = 900 });
            await fixture.SignInAsync(invitee, code);
            Assert.Equal(200, (await invitee.GotoAsync("/experimenten/aanmelden/?casus=1"))!.Status);
            await AssertAccessibleAsync(invitee, $"the intake form from an own case at {width} px");
        }
        // A draft is no experiment: nothing of the case is public before the stewards' review.
        foreach (var path in new[] { "/experimenten/", "/api/experiments", "/api/snapshot", "/zoekindex.json" })
            Assert.DoesNotContain(caseTitle, await (await request.GetAsync(path)).TextAsync());
    }

    private static async Task AssertAccessibleAsync(IPage page, string what)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        var found = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}").ToArray();
        Assert.True(found.Length == 0, $"{what}: {found.Length} WCAG 2.1 AA violations:\n{string.Join("\n", found)}");
    }

}
