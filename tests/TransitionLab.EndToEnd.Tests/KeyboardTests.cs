using System.Net.Http.Json;
using Microsoft.Playwright;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>Every form completed with the keyboard alone; focus always visible; a skip link that works; errors that take focus.</summary>
[Collection(ProductCollection.Name)]
public sealed class KeyboardTests(ProductFixture fixture)
{
    private static readonly IReadOnlySet<string> NoTicks = new HashSet<string>();

    [Theory]
    [InlineData(320)]
    [InlineData(1280)]
    public async Task Skip_link_is_the_first_stop_is_visible_and_moves_focus_to_the_content(int width)
    {
        var page = await fixture.NewPageAsync(new ViewportSize { Width = width, Height = 800 });
        await page.GotoAsync("/experimenten/");

        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<string>("() => document.activeElement.className");
        var focusProblem = await KeyboardForm.FocusProblemAsync(page);
        await page.Keyboard.PressAsync("Enter");
        var afterSkip = await page.EvaluateAsync<string>("() => document.activeElement.id");

        AuditRecord.Report("2.4.1", first == "skip-link" && focusProblem is null && afterSkip == "inhoud" ? [] : [$"De link 'Naar de inhoud' werkt niet zoals bedoeld op {width} pixels breed."]);
        Assert.Equal("skip-link", first);
        Assert.Null(focusProblem);
        Assert.Equal("inhoud", afterSkip);
    }

    [Fact]
    public async Task Sign_in_with_a_wrong_key_by_keyboard_puts_focus_on_an_error_summary_that_links_to_the_field()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/aanmelden/");
        var form = new KeyboardForm(page, "form[action$='/session']");

        await form.CompleteAsync(new Dictionary<string, string> { ["key"] = "tl_geen-echte-sleutel" }, NoTicks);
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.id");
        var summaryLink = await page.Locator("#fouten a").GetAttributeAsync("href");
        var describedBy = await page.Locator("#f-key").GetAttributeAsync("aria-describedby") ?? "";
        var autocomplete = await page.Locator("#f-key").GetAttributeAsync("autocomplete");

        AuditRecord.Report("2.1.1", []);
        AuditRecord.Report("2.4.7", form.FocusProblems.Select(p => $"Aanmelden: {p}."));
        AuditRecord.Report("3.3.1", focused == "fouten" && summaryLink == "#f-key" && describedBy.Contains("f-key-error") ? [] : ["Het foutoverzicht bij aanmelden krijgt geen focus of linkt niet naar het veld."]);
        AuditRecord.Report("1.3.5", autocomplete == "current-password" ? [] : ["Het sleutelveld heeft geen autocomplete voor een wachtwoordbeheerder."]);
        Assert.Equal("fouten", focused);
        Assert.Equal("#f-key", summaryLink);
        Assert.Contains("f-key-error", describedBy);
        Assert.Equal("current-password", autocomplete);
        Assert.Empty(form.FocusProblems);
    }

    [Fact]
    public async Task Frontrunner_signs_in_and_files_a_reflection_with_the_keyboard_alone()
    {
        var (slug, key) = fixture.DemoKey;
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/aanmelden/?returnUrl=/experimenten/{slug}/reflectie/");
        var signIn = new KeyboardForm(page, "form[action$='/session']");
        await signIn.CompleteAsync(new Dictionary<string, string> { ["key"] = key }, NoTicks);
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/experimenten/{slug}/reflectie/$"));

        // The form comes pre-filled from the latest reflection (the next cycle, the dates up to today), so the
        // keyboard only completes what belongs to this cycle.
        var reflection = new KeyboardForm(page, "form[action$='/reflections/form']");
        await reflection.CompleteAsync(new Dictionary<string, string> { ["evidenceLevel"] = "1" }, new HashSet<string> { "rolesPresent=frontrunner" });

        var errors = await page.Locator(".error-summary").CountAsync();
        var saved = await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "opgeslagen" }).IsVisibleAsync();

        AuditRecord.Report("2.1.1", errors == 0 ? [] : ["Een reflectie lukt niet met alleen het toetsenbord."]);
        AuditRecord.Report("2.4.7", signIn.FocusProblems.Concat(reflection.FocusProblems).Select(p => $"Reflectieformulier: {p}."));
        AuditRecord.Report("4.1.3", saved ? [] : ["Na het opslaan van een reflectie volgt geen statusbericht."]);
        Assert.Empty(signIn.FocusProblems.Concat(reflection.FocusProblems));
        Assert.True(errors == 0, "the form came back with errors: " + (errors == 0 ? "" : await page.Locator(".error-summary").InnerTextAsync()
            + "\nfields: " + await page.EvaluateAsync<string>("() => [...document.querySelectorAll('form [name]')].filter(e => e.value && e.type !== 'hidden').map(e => e.name + '=' + e.value).join(' | ')")));
        Assert.True(saved, "no visible status message after saving the reflection");
    }

    [Fact]
    public async Task Participant_files_a_practice_reflection_with_the_keyboard_alone()
    {
        const string module = "/cursus/verdiepen-verbreden-opschalen/";
        var page = await fixture.NewPageAsync();
        await fixture.SignInAsync(page, await fixture.IssueKeyAsync(new { role = "participant", cohort = "toetsenbord" }));
        await page.GotoAsync(module);

        var practice = new KeyboardForm(page, "form[action$='/practice-reflections/form']");
        await practice.CompleteAsync(new Dictionary<string, string>
        {
            ["cycle"] = "1",
            ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd"),
            ["periodStart"] = DateTime.UtcNow.AddMonths(-6).ToString("yyyy-MM-dd"),
            ["periodEnd"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"),
        }, new HashSet<string> { "rolesPresent=frontrunner" });

        var errors = await page.Locator(".error-summary").CountAsync();
        var saved = await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "opgeslagen" }).IsVisibleAsync();

        AuditRecord.Report("2.1.1", errors == 0 ? [] : ["Een oefenreflectie lukt niet met alleen het toetsenbord."]);
        AuditRecord.Report("2.4.7", practice.FocusProblems.Select(p => $"Oefenformulier: {p}."));
        AuditRecord.Report("4.1.3", saved ? [] : ["Na het opslaan van een oefenreflectie volgt geen statusbericht."]);
        Assert.Empty(practice.FocusProblems);
        Assert.True(errors == 0, "the form came back with errors: " + (errors == 0 ? "" : await page.Locator(".error-summary").InnerTextAsync()
            + "\nfields: " + await page.EvaluateAsync<string>("() => [...document.querySelectorAll('form [name]')].filter(e => e.value && e.type !== 'hidden').map(e => e.name + '=' + e.value).join(' | ')")));
        Assert.True(saved, "no visible status message after saving the practice reflection");
    }

    [Fact]
    public async Task Steward_updates_an_agenda_item_with_the_keyboard_alone()
    {
        var (id, municipality) = await fixture.FirstAgendaItemAsync();
        var page = await fixture.NewPageAsync();
        await fixture.SignInAsync(page, await fixture.IssueKeyAsync(new { role = "steward", municipality }));
        await page.GotoAsync($"/transitieagenda/{id}/wijzigen/");

        var update = new KeyboardForm(page, "form.agenda-form");
        await update.CompleteAsync(new Dictionary<string, string>
        {
            ["status"] = "on-agenda",
            ["owner"] = "Team regelgeving van de gemeente (voorbeeld)",
            ["decisionMoment"] = "Voorjaarsnota (voorbeeld)",
        }, NoTicks);

        // Saved, the steward lands on the agenda with a note that says so.
        var errors = await page.Locator(".error-summary").CountAsync();
        var saved = page.Url.Contains("opgeslagen=1", StringComparison.Ordinal);
        AuditRecord.Report("2.1.1", errors == 0 && saved ? [] : ["Een agendapunt bijwerken lukt niet met alleen het toetsenbord."]);
        AuditRecord.Report("2.4.7", update.FocusProblems.Select(p => $"Agendaformulier: {p}."));
        Assert.Empty(update.FocusProblems);
        Assert.True(errors == 0, "the agenda form came back with errors: " + (errors == 0 ? "" : await page.Locator(".error-summary").InnerTextAsync()));
        Assert.True(saved, $"the agenda form did not lead to the saved agenda but to {page.Url}");
        using var http = new HttpClient { BaseAddress = fixture.Product.BaseAddress };
        Assert.Equal("Team regelgeving van de gemeente (voorbeeld)", (await http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/agenda/{id}")).GetProperty("owner").GetString());
    }

    [Fact]
    public async Task Invitee_saves_an_experiment_draft_with_the_keyboard_alone()
    {
        var (_, municipality) = await fixture.FirstAgendaItemAsync();
        var page = await fixture.NewPageAsync();
        await fixture.SignInAsync(page, await fixture.InviteAsync(municipality));
        await page.GotoAsync("/experimenten/aanmelden/");

        var draft = new KeyboardForm(page, "form[action$='/api/experiments/form']");
        await draft.CompleteAsync(new Dictionary<string, string>
        {
            ["title"] = "Buurtbudget met het toetsenbord",
            ["slug"] = "buurtbudget-toetsenbord-" + Guid.NewGuid().ToString("N")[..6],
            ["summary"] = "Bewoners beslissen samen over een klein budget voor hun buurt.",
        }, NoTicks);

        // A draft is saved half-filled: the status message says so, and the fields still to do are marked for later.
        var saved = await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "opgeslagen" }).IsVisibleAsync();
        AuditRecord.Report("2.1.1", saved ? [] : ["Een experiment aanmelden lukt niet met alleen het toetsenbord."]);
        AuditRecord.Report("2.4.7", draft.FocusProblems.Select(p => $"Aanmeldformulier: {p}."));
        AuditRecord.Report("4.1.3", saved ? [] : ["Na het opslaan van een aanmelding volgt geen statusbericht."]);
        Assert.Empty(draft.FocusProblems);
        Assert.True(saved, "no visible status message after saving the draft: " + await page.Locator("main").InnerTextAsync());
    }
}
