using Microsoft.Playwright;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>
/// Module 4 (the transition agenda) lets a participant practise drafting an agenda item: filed without script, with errors
/// next to their field, and the page with the form meets WCAG 2.1 AA at 390 and 1280 px, with and without errors.
/// </summary>
[Collection(ProductCollection.Name)]
public sealed class AgendaDraftBrowserTests(ProductFixture fixture)
{
    private const string Module = "/cursus/transitiemanagement-in-de-praktijk/";

    [Fact]
    public async Task A_participant_drafts_an_agenda_item_without_javascript_and_the_module_page_meets_wcag_21_aa()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var belemmering = $"Inkoop per product {tag}";
        var key = await fixture.IssueKeyAsync(new { role = "participant", cohort = $"agenda-{tag}", label = "bram" });

        // axe runs as script in the page, so these pages keep script on; the form itself uses none (the filing below has it off).
        foreach (var width in new[] { 390, 1280 })
        {
            var page = await fixture.NewPageAsync(new ViewportSize { Width = width, Height = 900 });
            await fixture.SignInAsync(page, key);
            await page.GotoAsync(Module);
            var form = page.Locator("#agendapunt form");
            Assert.Equal(1, await form.CountAsync());
            await Axe.AssertNoViolationsAsync(page, $"module page with the agenda item form at {width} px");

            // An e-mail address as the owner (a person, and personal data) comes back next to the field.
            await FillAsync(form, belemmering, "inkoper@regio.nl");
            await form.GetByRole(AriaRole.Button, new() { Name = "Agendapunt opslaan" }).ClickAsync();
            await Assertions.Expect(page.Locator("#agendapunt #fouten")).ToBeVisibleAsync();
            var owner = page.Locator("#agendapunt input[name='owner']");
            Assert.Equal("true", await owner.GetAttributeAsync("aria-invalid"));
            var describedBy = (await owner.GetAttributeAsync("aria-describedby"))!.Split(' ')[0];
            Assert.Equal(1, await page.Locator($"#{describedBy}.error").CountAsync());
            Assert.Equal(belemmering, await page.Locator("#agendapunt input[name='belemmering']").InputValueAsync());
            await Axe.AssertNoViolationsAsync(page, $"agenda item form with errors at {width} px");
        }

        var participant = await fixture.NewPageAsync(javaScript: false);
        // Assertions.Expect polls with script; without it only plain reads of the page are used.
        await fixture.SignInAsync(participant, key);
        await participant.GotoAsync(Module);
        var draft = participant.Locator("#agendapunt form");
        await FillAsync(draft, belemmering, "Regionaal inkoopbureau jeugd");
        await draft.GetByRole(AriaRole.Button, new() { Name = "Agendapunt opslaan" }).ClickAsync();
        Assert.EndsWith("?agendapunt=1#agendapunt-opgeslagen", participant.Url);
        Assert.Equal(1, await participant.Locator("#agendapunt-opgeslagen").CountAsync());

        await participant.GotoAsync($"{Module}mijn-oefeningen/");
        Assert.Equal(belemmering, (await participant.Locator(".agenda-drafts .agenda-draft h3").TextContentAsync())?.Trim());

        // Practice stays private: the transition agenda does not show it.
        var anonymous = await fixture.NewPageAsync();
        Assert.DoesNotContain(tag, await (await anonymous.APIRequest.GetAsync("/transitieagenda/")).TextAsync());
        Assert.DoesNotContain(tag, await (await anonymous.APIRequest.GetAsync("/api/agenda")).TextAsync());
    }

    private static async Task FillAsync(ILocator form, string belemmering, string owner)
    {
        await form.Locator("input[name='belemmering']").FillAsync(belemmering);
        await form.Locator("select[name='level']").SelectOptionAsync("region");
        await form.Locator("input[name='owner']").FillAsync(owner);
        await form.Locator("input[name='decisionMoment']").FillAsync("Regionale inkoopronde 2027");
        await form.Locator("textarea[name='change']").FillAsync("Inkoop op taak in plaats van per product.");
    }
}
