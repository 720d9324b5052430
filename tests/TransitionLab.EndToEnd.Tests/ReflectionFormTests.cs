using Microsoft.Playwright;
using TransitionLab.Tests.Shared;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>A frontrunner's whole path through the product, in a real browser, without JavaScript tricks.</summary>
[Collection(ProductCollection.Name)]
public sealed class ReflectionFormTests(ProductFixture fixture)
{
    [Fact]
    public async Task Frontrunner_signs_in_files_a_reflection_fixes_an_error_and_sees_the_new_cycle()
    {
        var (slug, key) = fixture.DemoKey;
        var page = await fixture.NewPageAsync();

        // Browse from the home page to the experiment.
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Experimenten", Exact = true }).ClickAsync();
        await page.Locator($"main a[href='/experimenten/{slug}/']").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/experimenten/{slug}/$"));
        var cyclesBefore = await page.Locator("[data-cycle]").CountAsync();
        // The "saved" message is on every experiment page, and shown only after saving.
        var savedNote = page.Locator("#reflectie-opgeslagen");
        await Assertions.Expect(savedNote).ToBeAttachedAsync();
        await Assertions.Expect(savedNote).ToBeHiddenAsync();

        // "Reflectie toevoegen" leads to the form page, which asks to sign in first and then comes back to it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Reflectie toevoegen" }).ClickAsync();
        await page.GetByLabel("Koploperssleutel").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/experimenten/{slug}/reflectie/$"));

        // The form comes pre-filled from the latest reflection: the next cycle, the working core, the open barriers.
        var form = page.Locator("form[action$='/reflections/form']");
        Assert.Equal((cyclesBefore > 0 ? await LatestCycleAsync(fixture, slug) + 1 : 1).ToString(), await form.GetByLabel("Ronde (nummer)").InputValueAsync());
        Assert.Equal("", await form.GetByLabel("We leerden …").InputValueAsync());

        // File a reflection whose observation holds an e-mail address: refused, shown next to the field.
        var cycle = 40 + Random.Shared.Next(1000);
        await FillReflectionAsync(page, cycle, observed: "We spraken jan.jansen@example.nl over de aanpak.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reflectie opslaan" }).ClickAsync();
        var error = page.Locator("#fout-f-loop-observed");
        await Assertions.Expect(error).ToBeVisibleAsync();
        await Assertions.Expect(error).ToContainTextAsync("e-mail");
        Assert.DoesNotContain("jan.jansen@example.nl", await error.InnerTextAsync());
        Assert.Equal(1, await page.Locator(".error-summary li").CountAsync());

        // Correct it in the form the server gave back (the other values are kept) and send again.
        Assert.Equal(cycle.ToString(), await page.GetByLabel("Ronde (nummer)").InputValueAsync());
        await page.GetByLabel("We zagen …").FillAsync("Gezinnen nodigen meer mensen uit hun eigen netwerk uit.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reflectie opslaan" }).ClickAsync();
        Assert.Equal(0, await page.Locator(".error-summary").CountAsync());
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/experimenten/{slug}/\\?opgeslagen=1"));
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Uw reflectie is opgeslagen" })).ToBeVisibleAsync();

        // The page is re-rendered in the background; within seconds it shows the new cycle.
        var newCycle = page.Locator($"[data-cycle='{cycle}']");
        await Polling.Until(async () =>
        {
            if (await newCycle.CountAsync() > 0) return true;
            await page.ReloadAsync();
            return false;
        });
        Assert.Equal(1, await newCycle.CountAsync());
        Assert.Equal(cyclesBefore + 1, await page.Locator("[data-cycle]").CountAsync());
    }

    private static async Task<int> LatestCycleAsync(ProductFixture fixture, string slug)
    {
        using var http = new HttpClient { BaseAddress = fixture.Product.BaseAddress };
        var list = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync($"api/experiments/{slug}/reflections?limit=100")).RootElement;
        var items = list.ValueKind == System.Text.Json.JsonValueKind.Array ? list : list.EnumerateObject().First(p => p.Value.ValueKind == System.Text.Json.JsonValueKind.Array).Value;
        return items.EnumerateArray().Max(r => r.GetProperty("cycle").GetInt32());
    }

    internal static async Task FillReflectionAsync(IPage page, int cycle, string observed, string formSelector = "form[action$='/reflections/form']")
    {
        var form = page.Locator(formSelector);
        await form.GetByLabel("Ronde (nummer)").FillAsync(cycle.ToString());
        await form.GetByLabel("Datum van de reflectie").FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd"));
        await form.GetByLabel("Periode van").FillAsync(DateTime.UtcNow.AddMonths(-6).ToString("yyyy-MM-dd"));
        await form.GetByLabel("Periode tot en met").FillAsync(DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd"));
        await form.GetByLabel("Koploper", new() { Exact = true }).CheckAsync();
        await form.GetByLabel("Bewoner of ervaringsdeskundige").CheckAsync();
        await form.GetByLabel("Wij denken dat …").FillAsync("Een vast plan met het eigen netwerk voorkomt zwaardere hulp.");
        await form.GetByLabel("Om dat te toetsen gaan we …").FillAsync("We houden in twee wijken netwerkberaden.");
        await form.GetByLabel("We meten …").FillAsync("Het aantal gezinnen dat zwaardere hulp nodig heeft.");
        await form.GetByLabel("We hebben gelijk als …").FillAsync("Dat aantal daalt met een kwart.");
        await form.GetByLabel("Uitkomst van de test").SelectOptionAsync("partly-confirmed");
        await form.GetByLabel("We zagen …").FillAsync(observed);
        await form.GetByLabel("We leerden …").FillAsync("De gespreksleider maakt het verschil.");
        await form.GetByLabel("Daarom gaan we …").FillAsync("We trainen meer gespreksleiders.");
        await form.GetByLabel("Besluit").SelectOptionAsync("persevere");
        await form.GetByLabel("Aantal bereikte mensen").FillAsync("35");
        await form.GetByLabel("Hoe betrouwbaar zijn de cijfers?").SelectOptionAsync("medium");
        await form.GetByLabel("Bewijsniveau").SelectOptionAsync("2");
        await form.GetByLabel("Wat ligt vast?").FillAsync("Een getrainde gespreksleider en het eigen netwerk aan tafel.");
        await form.GetByLabel("Wat mag verschillen per plek?").FillAsync("Plek, tijd en wie uitnodigt.");
        await form.GetByLabel("Route", new() { Exact = true }).SelectOptionAsync("fit-and-conform");
        await form.GetByLabel("Plan om het structureel te maken").SelectOptionAsync("in-preparation");
        await form.GetByLabel("Uitdagingen en wat misging").FillAsync("Hulp vragen blijft moeilijk.");
        await form.GetByLabel("Voorwaarden voor succes").FillAsync("Tijd en vertrouwen.");
        await form.GetByLabel("Wat heeft een andere plek nodig om dit over te nemen?").FillAsync("Training van gespreksleiders.");
        await form.GetByLabel("Lessen voor anderen").FillAsync("Begin klein.");
    }
}
