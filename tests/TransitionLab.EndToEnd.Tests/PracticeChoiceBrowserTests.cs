using Microsoft.Playwright;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>
/// A participant practises on an experiment that is no case of the module: they find it by a search in the module page's
/// practice form, choose it, and get the form with that experiment's goals. The pages meet WCAG 2.1 AA at 390 and 1280 px.
/// </summary>
[Collection(ProductCollection.Name)]
public sealed class PracticeChoiceBrowserTests(ProductFixture fixture)
{
    private const string Module = "/cursus/verdiepen-verbreden-opschalen/";
    private const string Found = "toekomstscenario-kind-en-gezinsbescherming";

    [Fact]
    public async Task A_participant_finds_another_experiment_chooses_it_and_files_a_practice_reflection_on_it()
    {
        var key = await fixture.IssueKeyAsync(new { role = "participant", cohort = $"kiezen-{Guid.NewGuid():N}"[..15] });
        foreach (var width in new[] { 390, 1280 })
        {
            var page = await fixture.NewPageAsync(new ViewportSize { Width = width, Height = 900 });
            await page.GotoAsync($"{Module}oefenen/?zoek=qqxqzq");
            await Assertions.Expect(page.Locator("#fout-f-zoek")).ToContainTextAsync("Geen experiment gevonden");
            await Axe.AssertNoViolationsAsync(page, $"practice choice that found nothing at {width} px");
        }

        var participant = await fixture.NewPageAsync();
        await fixture.SignInAsync(participant, key);
        await participant.GotoAsync(Module);
        var choose = participant.Locator("form.practice-choice");
        await choose.GetByLabel("Zoek een ander experiment uit de catalogus").FillAsync("Enschede");
        await choose.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await choose.GetByLabel("Experiment waarop u oefent").SelectOptionAsync(Found);
        await choose.GetByRole(AriaRole.Button, new() { Name = "Kies dit experiment" }).ClickAsync();

        var form = participant.Locator("form[action$='/practice-reflections/form']");
        await Assertions.Expect(form.Locator(".practice-case")).ToContainTextAsync("Toekomstscenario kind- en gezinsbescherming (Enschede)");
        await Assertions.Expect(form.Locator("input[name='goals[0].goalId']")).ToHaveValueAsync("minder-overdrachten");
        await Axe.AssertNoViolationsAsync(participant, "module page set to a found experiment");

        await new KeyboardForm(participant, "form[action$='/practice-reflections/form']").CompleteAsync(new Dictionary<string, string>
        {
            ["cycle"] = "1",
            ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd"),
            ["periodStart"] = DateTime.UtcNow.AddMonths(-6).ToString("yyyy-MM-dd"),
            ["periodEnd"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"),
        }, new HashSet<string> { "rolesPresent=frontrunner" });
        Assert.Equal(0, await participant.Locator(".error-summary").CountAsync());
        await Assertions.Expect(participant.GetByRole(AriaRole.Status).Filter(new() { HasText = "opgeslagen" })).ToBeVisibleAsync();

        await participant.GotoAsync($"{Module}mijn-oefeningen/");
        await Assertions.Expect(participant.Locator("main")).ToContainTextAsync("Toekomstscenario kind- en gezinsbescherming");
    }
}
