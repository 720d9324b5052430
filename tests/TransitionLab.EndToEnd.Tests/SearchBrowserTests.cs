using Microsoft.Playwright;
using TransitionLab.Core.Content;
using TransitionLab.Site.Search;

namespace TransitionLab.EndToEnd.Tests;

/// <summary>
/// Search as a policy officer uses it: typed into the field, with the keyboard, read by a screen reader,
/// with and without JavaScript, against the product serving the repository's content.
/// </summary>
[Collection(ProductCollection.Name)]
public sealed class SearchBrowserTests(ProductFixture fixture)
{
    /// <summary>Types <paramref name="words"/> into the search field and submits with Enter, as a keyboard user does.</summary>
    private async Task<IPage> SearchAsync(string words, ViewportSize? viewport = null)
    {
        var page = await fixture.NewPageAsync(viewport);
        await page.GotoAsync("/zoeken/");
        await page.GetByLabel("Zoekwoord").FillAsync(words);
        await page.GetByLabel("Zoekwoord").PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("resulta");
        return page;
    }

    private static async Task<string[]> ResultLinksAsync(IPage page) =>
        (await page.Locator("[data-search-list] h3 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));

    [Theory]
    [InlineData("daklozen", "/experimenten/bouwdepot-amsterdam/")]
    [InlineData("daklozen", "/experimenten/housing-first-jongeren-groningen/")]
    [InlineData("dakloze", "/experimenten/bouwdepot-amsterdam/")]
    [InlineData("dakloosheid", "/experimenten/housing-first-jongeren-groningen/")]
    [InlineData("schuld", "/experimenten/vroegsignalering-huurachterstand-tilburg/")]
    [InlineData("schulden", "/experimenten/vroegsignalering-huurachterstand-tilburg/")]
    [InlineData("uithuisplaatsing", "/experimenten/netwerkberaden-walcheren/")]
    [InlineData("uithuisplaatsingen", "/experimenten/netwerkberaden-walcheren/")]
    [InlineData("uithiusplaatsingen", "/experimenten/netwerkberaden-walcheren/")]
    public async Task A_typed_word_finds_the_experiments_that_use_another_form_of_it(string words, string expected)
    {
        var page = await SearchAsync(words);
        Assert.Contains(expected, await ResultLinksAsync(page));
        Assert.Contains("q=" + words, page.Url);
    }

    [Fact]
    public async Task A_result_shows_its_kind_its_verdict_and_the_hit_marked_in_an_excerpt()
    {
        var page = await SearchAsync("bouwdepot");
        var first = page.Locator("[data-search-list] li").First;
        Assert.Equal("/experimenten/bouwdepot-amsterdam/", await first.Locator("h3 a").GetAttributeAsync("href"));
        Assert.Equal("Experiment", await first.Locator(".search-kind").TextContentAsync());
        Assert.StartsWith("Oordeel: ", await first.Locator(".search-verdict").TextContentAsync());
        Assert.Equal("Bouwdepot", await first.Locator("mark").First.TextContentAsync(), ignoreCase: true);
    }

    [Fact]
    public async Task The_browser_stems_every_word_of_the_content_as_the_index_does()
    {
        var words = Directory.EnumerateFiles(Path.Combine(Repository.Root, "content"), "*.md", SearchOption.AllDirectories)
            .SelectMany(file => SearchText.Words(File.ReadAllText(file))).Select(w => w.Normalised).Where(SearchText.Counts)
            .Concat(["heden", "lichamelijk", "veranderbaar", "mogelijkheden", "geleidelijk", "ideeen", "koopje", "gemeenten", "yoghurt", "ooievaar"])
            .Distinct(StringComparer.Ordinal).ToArray();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/zoeken/");
        var inBrowser = await page.EvaluateAsync<string[]>("words => words.map(w => window.TransitionLabSearch.stem(w))", words);
        var differ = words.Select((w, i) => (w, browser: inBrowser[i], index: DutchStemmer.Stem(w))).Where(x => x.browser != x.index).ToArray();
        Assert.True(words.Length > 1000, $"only {words.Length} words");
        Assert.True(differ.Length == 0, string.Join("\n", differ.Take(20).Select(d => $"{d.w}: browser {d.browser}, index {d.index}")));
    }

    [Fact]
    public async Task Without_javascript_the_server_answers_with_the_same_results()
    {
        var withScript = await ResultLinksAsync(await SearchAsync("jongeren"));
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.Product.BaseAddress.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/zoeken/?q=jongeren");
        var withoutScript = await ResultLinksAsync(page);
        Assert.Equal(withScript, withoutScript.Take(withScript.Length));
        Assert.Contains("resultaten", await page.GetByRole(AriaRole.Status).TextContentAsync());
        Assert.True(await page.Locator("[data-search-list] mark").CountAsync() > 0);
    }

    [Fact]
    public async Task Filters_combine_and_live_in_the_address()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/zoeken/");
        await page.GetByLabel("Zoekwoord").FillAsync("jongeren");
        await page.GetByLabel("Gemeente").SelectOptionAsync("amsterdam");
        await page.GetByLabel("Soort").SelectOptionAsync("experiment");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("resulta");
        Assert.Contains("gemeente=amsterdam", page.Url);
        Assert.Contains("soort=experiment", page.Url);
        var links = await ResultLinksAsync(page);
        Assert.Contains("/experimenten/bouwdepot-amsterdam/", links);
        Assert.All(links, link => Assert.StartsWith("/experimenten/", link));
        Assert.All(await page.Locator("[data-search-list] .search-kind").AllTextContentsAsync(), kind => Assert.Equal("Experiment", kind));

        // The shared address gives the same results, answered by the server.
        var shared = await fixture.NewPageAsync();
        await shared.GotoAsync(new Uri(page.Url).PathAndQuery);
        Assert.Equal(links, (await ResultLinksAsync(shared)).Take(links.Length));
        Assert.Equal("amsterdam", await shared.GetByLabel("Gemeente").InputValueAsync());
    }

    [Fact]
    public async Task The_keyboard_alone_reaches_the_field_searches_and_opens_a_result()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/zoeken/");
        for (var i = 0; i < 40 && !await page.EvaluateAsync<bool>("() => document.activeElement && document.activeElement.id === 'q'"); i++)
            await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("daklozen");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("resulta");
        for (var i = 0; i < 20 && !await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('[data-search-list]')"); i++)
            await page.Keyboard.PressAsync("Tab");
        var href = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(fixture.Product.BaseAddress, href).ToString());
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Search_page_with_results_has_no_wcag_21_aa_violations(int width)
    {
        var page = await SearchAsync("jongeren", new ViewportSize { Width = width, Height = 900 });
        Assert.True(await page.Locator("[data-search-list] li").CountAsync() > 0);
        await Axe.AssertNoViolationsAsync(page, $"/zoeken/ with results at {width} px");
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<b>dakloze</b>&thema=<i>")]
    [InlineData("dak%00loze%07%1B")]
    public async Task Odd_input_is_answered_as_text_never_as_markup(string q)
    {
        using var http = new HttpClient { BaseAddress = fixture.Product.BaseAddress };
        var overlong = new string('x', 5_000);
        foreach (var url in new[] { "/zoeken/?q=" + q, "/zoeken/?q=" + Uri.EscapeDataString(q), "/zoeken/?q=" + overlong, "/zoeken/?gemeente=" + overlong })
        {
            using var response = await http.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
            Assert.DoesNotContain("<script>alert", body);
            Assert.DoesNotContain("<b>dakloze", body);
            Assert.DoesNotContain("<i>", body);
        }
    }
}
