using System.Xml.Linq;
using TransitionLab.Core.Content;
using TransitionLab.Core.Experiments;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;
using TransitionLab.Site.Forms;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Learning;

namespace TransitionLab.Site.Tests;

/// <summary>What the experiments taught reaches the experiment page, /lessen/, search, the feeds and the sheet.</summary>
public sealed class LearningSiteTests
{
    private const string Walcheren = "netwerkberaden-walcheren";
    private const string Mentor = "jouw-ingebrachte-mentor";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static Reflection[] History() =>
    [
        Reflection(Walcheren, 1, new DateOnly(2025, 11, 23), "Het netwerk helpt.", "Begin met een kleine wijk.", "Losse indicaties jeugdhulp verdwijnen.", LoopDecision.Persevere),
        Reflection(Walcheren, 2, new DateOnly(2026, 6, 1), "De gespreksleider maakt het verschil.", "Train gespreksleiders vooraf.", "Losse indicaties jeugdhulp verdwijnen.", LoopDecision.Persevere),
        // The same lesson again: it was learned in cycle 2 and is listed once, there.
        Reflection(Walcheren, 3, new DateOnly(2026, 8, 1), "Gezinnen vragen zelf om een beraad.", "Train gespreksleiders vooraf.", "Losse indicaties jeugdhulp verdwijnen.", LoopDecision.Persevere,
            ["Experimenteerbepaling in de Jeugdwet"]),
        Reflection(Mentor, 1, new DateOnly(2026, 3, 1), "Mentoren haken af zonder steun.", "Zorg voor een vast aanspreekpunt voor mentoren.", "", LoopDecision.Stop),
    ];

    [Fact]
    public async Task Experiment_page_leads_with_what_was_learned_after_the_verdict()
    {
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"), History());
        var page = site.Page($"/experimenten/{Walcheren}/");

        var sections = page.QuerySelectorAll("article > section").Select(s => s.ClassName).ToArray();
        Assert.Equal("verdict", sections[0]);
        Assert.Equal("learning", sections[1]);
        var learning = page.QuerySelector("section.learning")!;
        Assert.Equal("Wat we leren", learning.QuerySelector("h2")!.TextContent);
        Assert.Contains("Wat we nu testen (ronde 3)", learning.QuerySelectorAll("h3").Select(h => h.TextContent));
        Assert.Contains("netwerkberaden voorkomen uithuisplaatsing", learning.QuerySelector("dl.hypothesis")!.TextContent);
        // The newest cycle's loop here; what every cycle learned is in its row of the history, oldest first.
        Assert.Contains("Wat ronde 3 ons leerde: gezien, geleerd, daarom", learning.QuerySelectorAll("h3").Select(h => h.TextContent));
        Assert.Equal(["Gezinnen vragen zelf om een beraad."], learning.QuerySelectorAll("dd.learned").Select(d => d.TextContent));
        Assert.Equal(["Geleerd: Het netwerk helpt.", "Geleerd: De gespreksleider maakt het verschil.", "Geleerd: Gezinnen vragen zelf om een beraad."],
            page.QuerySelectorAll("section.reflections summary .row-learned").Select(s => s.TextContent));
        Assert.Equal("#reflecties", learning.QuerySelector("a[href^='#']")!.GetAttribute("href"));
        Assert.Equal("Train gespreksleiders vooraf.", learning.QuerySelector("dd.lesson")!.TextContent);
        Assert.Equal("Losse indicaties jeugdhulp verdwijnen.", learning.QuerySelector("p.exnovation")!.TextContent);
        Assert.Equal(["Experimenteerbepaling in de Jeugdwet"], learning.QuerySelectorAll("ul.rule-changes li").Select(li => li.TextContent));
        Assert.Null(page.QuerySelector("section.stopped-lessons"));
    }

    [Fact]
    public async Task A_stopped_experiment_shows_its_lessons_at_the_top_of_its_page()
    {
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"), History());
        var page = site.Page($"/experimenten/{Mentor}/");

        var stopped = page.QuerySelector("article > section.stopped-lessons")!;
        Assert.Equal("Lessen van een gestopt experiment", stopped.QuerySelector("h2")!.TextContent);
        Assert.Contains("Zorg voor een vast aanspreekpunt voor mentoren.", stopped.TextContent);
        Assert.Same(stopped, page.QuerySelector("article > section"));
    }

    [Fact]
    public async Task Lessons_page_groups_lessons_by_theme_newest_first_with_a_block_for_stopped_experiments_and_static_filters()
    {
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"), History());
        var page = site.Page("/lessen/");

        Assert.Equal("Lessen", page.QuerySelector("h1")!.TextContent);
        var jeugd = page.QuerySelector("section#lessen-jeugd, section[aria-labelledby='lessen-jeugd']")!;
        Assert.Equal(["Train gespreksleiders vooraf.", "Zorg voor een vast aanspreekpunt voor mentoren.", "Begin met een kleine wijk."],
            jeugd.QuerySelectorAll("p.lesson").Select(p => p.TextContent));
        Assert.EndsWith($"/experimenten/{Walcheren}/", jeugd.QuerySelector("li a")!.GetAttribute("href"));
        Assert.Contains("ronde 2", jeugd.QuerySelector("li .meta")!.TextContent);
        var stopped = page.QuerySelector("section[aria-labelledby='lessen-gestopt']")!;
        Assert.Equal("Lessen van gestopte experimenten", stopped.QuerySelector("h2")!.TextContent);
        Assert.Equal(["Zorg voor een vast aanspreekpunt voor mentoren."], stopped.QuerySelectorAll("p.lesson").Select(p => p.TextContent));

        // The filters are links to pages written at build time: they work without JavaScript.
        var themeLink = page.QuerySelector("a[href='/lessen/thema/wonen/']")!;
        Assert.Contains("(1)", themeLink.ParentElement!.TextContent);
        var wonen = site.Page("/lessen/thema/wonen/");
        Assert.Equal(["Zorg voor een vast aanspreekpunt voor mentoren."], wonen.QuerySelectorAll("section:not([aria-labelledby='lessen-gestopt']) p.lesson").Select(p => p.TextContent).Distinct());
        Assert.Equal("page", wonen.QuerySelector("a[href='/lessen/thema/wonen/']")!.GetAttribute("aria-current"));
        var verdictPages = page.QuerySelectorAll("a[href^='/lessen/oordeel/']").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.NotEmpty(verdictPages);
        Assert.All(verdictPages, path => Assert.True(site.Exists(path), path));
    }

    [Fact]
    public async Task Lessons_page_shows_the_newest_lessons_and_leads_to_search_for_the_rest()
    {
        var start = new DateOnly(2020, 1, 1);
        var many = Enumerable.Range(1, LessonsPage.Shown + 20)
            .Select(cycle => Reflection(Walcheren, cycle, start.AddDays(cycle), "Het netwerk helpt.", $"Les nummer {cycle}.", "", LoopDecision.Persevere)).ToArray();
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"), many);
        var page = site.Page("/lessen/");

        var shown = page.QuerySelectorAll("section[aria-labelledby='lessen-jeugd'] p.lesson").Select(p => p.TextContent).ToArray();
        Assert.Equal(LessonsPage.Shown, shown.Length);
        Assert.Equal($"Les nummer {LessonsPage.Shown + 20}.", shown[0]);
        Assert.DoesNotContain("Les nummer 20.", shown);
        Assert.Contains($"de nieuwste {LessonsPage.Shown} van {LessonsPage.Shown + 20} lessen", page.QuerySelector("main")!.TextContent);
        Assert.Equal("/zoeken/?soort=les", page.QuerySelector("a[href^='/zoeken/?soort=les']")!.GetAttribute("href"));
        // Counts in the filters are of every lesson, and a facet page leads to search narrowed the same way.
        Assert.Contains($"({LessonsPage.Shown + 20})", page.QuerySelector("a[href='/lessen/thema/jeugd/']")!.ParentElement!.TextContent);
        Assert.NotNull(site.Page("/lessen/thema/jeugd/").QuerySelector("a[href='/zoeken/?soort=les&thema=jeugd']"));
    }

    [Fact]
    public async Task Search_index_finds_an_experiment_by_a_word_that_appears_only_in_its_lessons()
    {
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"), History());
        var index = System.Text.Json.JsonDocument.Parse(site.Text("/zoekindex.json")).RootElement;

        var walcheren = index.EnumerateArray().Single(e => e.GetProperty("slug").GetString() == Walcheren);
        Assert.Contains("gespreksleiders vooraf", walcheren.GetProperty("words").GetString());
        Assert.Contains("kleine wijk", walcheren.GetProperty("words").GetString());
    }

    [Fact]
    public async Task Feed_has_an_entry_per_new_reflection_and_per_verdict_change_and_each_theme_and_municipality_has_its_own()
    {
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"), History());
        var feed = XDocument.Parse(site.Text("/feed.xml"));
        var entries = feed.Root!.Elements(Atom + "entry").ToArray();

        var round = entries.Single(e => e.Element(Atom + "title")!.Value == "Ronde 2: Netwerkberaden op Walcheren");
        Assert.Contains("De gespreksleider maakt het verschil.", round.Element(Atom + "summary")!.Value);
        Assert.StartsWith("urn:uuid:", round.Element(Atom + "id")!.Value);
        Assert.Contains(entries, e => e.Element(Atom + "title")!.Value.StartsWith("Nieuw oordeel: ", StringComparison.Ordinal));
        AssertValidAtom(feed);

        var theme = site.Page("/themas/jeugd/").QuerySelector("head link[rel=alternate][href='/themas/jeugd/feed.xml']")!;
        Assert.Equal("application/atom+xml", theme.GetAttribute("type"));
        var themeFeed = XDocument.Parse(site.Text("/themas/jeugd/feed.xml"));
        AssertValidAtom(themeFeed);
        Assert.Contains(themeFeed.Root!.Elements(Atom + "entry"), e => e.Element(Atom + "title")!.Value == "Ronde 1: Jouw Ingebrachte Mentor");
        Assert.DoesNotContain(themeFeed.Root!.Elements(Atom + "entry"), e => e.Element(Atom + "title")!.Value.Contains("Basisbudget", StringComparison.Ordinal));

        var municipality = site.Page("/gemeenten/middelburg/").QuerySelector("head link[rel=alternate][type='application/atom+xml'][href='/gemeenten/middelburg/feed.xml']");
        Assert.NotNull(municipality);
        var municipalityFeed = XDocument.Parse(site.Text("/gemeenten/middelburg/feed.xml"));
        AssertValidAtom(municipalityFeed);
        Assert.All(municipalityFeed.Root!.Elements(Atom + "entry"), e => Assert.Contains(Walcheren, e.Element(Atom + "link")!.Attribute("href")!.Value));
    }

    [Fact]
    public async Task Sheet_is_a_dated_page_without_navigation_with_verdict_goals_adoption_lessons_and_sources()
    {
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"), History());
        var page = site.Page($"/experimenten/{Walcheren}/blad/");

        Assert.Null(page.QuerySelector("header nav, footer"));
        Assert.Contains("stand van 1 september 2026", page.QuerySelector("article.sheet")!.TextContent);
        var headings = page.QuerySelectorAll("h2").Select(h => h.TextContent).ToArray();
        Assert.StartsWith("Oordeel: ", headings[0]);
        Assert.Equal(["Doelen", "Wat overnemen vraagt", "Lessen", "Wie doen mee, en bronnen"], headings[1..]);
        Assert.Contains("Train gespreksleiders vooraf.", page.QuerySelector("article.sheet")!.TextContent);
        Assert.Contains($"https://transitionlab.example/experimenten/{Walcheren}/", page.QuerySelector("article.sheet")!.TextContent);
        Assert.NotNull(site.Page($"/experimenten/{Walcheren}/").QuerySelector($"a[href='/experimenten/{Walcheren}/blad/']"));
    }

    [Fact]
    public async Task Sheet_shows_goal_progress_as_the_line_chart_with_its_table_of_the_same_cycles()
    {
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"), History());
        var goals = site.Page($"/experimenten/{Walcheren}/blad/").QuerySelector("section[aria-labelledby='blad-doelen']")!;

        var item = goals.QuerySelector(".goal-progress-item[data-goal='minder-uithuisplaatsingen']")!;
        var chart = item.QuerySelector("figure.chart svg[role='img']")!;
        Assert.StartsWith("Verloop per ronde van: ", chart.QuerySelector("title")!.TextContent);
        Assert.Equal(3, chart.QuerySelectorAll("circle.goal-dot").Length);
        // The share column stays on the experiment page: the sheet must still print on two A4 pages.
        Assert.Equal(3, item.QuerySelectorAll("table.goal-progress-table thead th").Length);
        // The table alternative: baseline, cycles 1 to 3 (40 - 4 per cycle), target.
        Assert.Equal(["40", "36", "32", "28", "20"], item.QuerySelectorAll("table.goal-progress-table td.number").Select(td => td.TextContent));
        Assert.Null(site.Page($"/experimenten/{Mentor}/blad/").QuerySelector(".goal-progress"));
    }

    [Fact]
    public async Task Reflection_form_page_posts_to_the_api_with_a_label_for_every_field_and_is_prefilled_from_the_latest_reflection()
    {
        var loaded = ContentLoader.Load(Repository.Fixture("site"));
        var input = new SiteInput(loaded.Catalogue, ReflectionTimelines.From(History()), [], new SiteOptions { BaseUrl = BuiltSite.BaseUrl, ApiBaseUrl = BuiltSite.ApiBaseUrl });
        var context = new SiteContext(input);
        var experiment = loaded.Catalogue.Experiments.Single(e => e.Slug == Walcheren);
        var latest = context.LatestReflectionOf(Walcheren)!;
        var html = await SiteForms.ReflectionFormAsync(context, experiment, ReflectionPrefill.From(experiment, latest, new DateOnly(2026, 9, 1)));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        var form = page.QuerySelector("form[method=post]")!;
        Assert.Equal($"{BuiltSite.ApiBaseUrl}/api/experiments/{Walcheren}/reflections/form", form.GetAttribute("action"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        // Field names are the API's JSON paths, so the server's errors come back next to the right field.
        foreach (var name in new[] { "cycle", "date", "periodStart", "periodEnd", "rolesPresent", "hypothesis.weBelieve", "hypothesis.toVerify",
                     "hypothesis.weMeasure", "hypothesis.weAreRightIf", "hypothesis.result", "loop.observed", "loop.learned", "loop.therefore",
                     "loop.decision", "evidenceLevel", "workingCore.fixed", "barriers[0].kind", "route.route", "sustainment.plan", "lessons.lessonsLearned" })
            Assert.NotNull(form.QuerySelector($"[name='{name}']"));
        foreach (var field in form.QuerySelectorAll("input:not([type=hidden]), select, textarea"))
            Assert.True(form.QuerySelector($"label[for='{field.Id}']") is not null || field.Closest("label") is not null, $"no label for {field.GetAttribute("name")}");
        Assert.Equal("4", form.QuerySelector("[name=cycle]")!.GetAttribute("value"));
        Assert.Equal("2026-08-02", form.QuerySelector("[name=periodStart]")!.GetAttribute("value"));
        Assert.Equal("Een getrainde onafhankelijke gespreksleider", form.QuerySelector("[name='workingCore.fixed']")!.TextContent);
        Assert.Equal("Experimenteerbepaling in de Jeugdwet", form.QuerySelector("[name='route.ruleChangesNeeded']")!.TextContent);
        Assert.Equal("", form.QuerySelector("[name='loop.learned']")!.TextContent);
        // A fresh form is not a re-shown one: the browser still checks required fields.
        Assert.False(form.HasAttribute("novalidate"));
    }

    /// <summary>What Atom 1.0 (RFC 4287) requires of a feed and its entries.</summary>
    private static void AssertValidAtom(XDocument feed)
    {
        var root = feed.Root!;
        Assert.Equal(Atom + "feed", root.Name);
        foreach (var required in new[] { "id", "title", "updated" }) Assert.Single(root.Elements(Atom + required));
        Assert.NotEmpty(root.Elements(Atom + "author"));
        Assert.Contains(root.Elements(Atom + "link"), l => l.Attribute("rel")?.Value == "self");
        var ids = new HashSet<string>();
        foreach (var entry in root.Elements(Atom + "entry"))
        {
            foreach (var required in new[] { "id", "title", "updated" }) Assert.Single(entry.Elements(Atom + required));
            Assert.True(ids.Add(entry.Element(Atom + "id")!.Value), "duplicate entry id " + entry.Element(Atom + "id")!.Value);
            Assert.True(Uri.IsWellFormedUriString(entry.Element(Atom + "id")!.Value, UriKind.Absolute));
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")!.Value, out _));
            Assert.NotEmpty(entry.Elements(Atom + "link"));
        }
    }

    private static Reflection Reflection(string slug, int cycle, DateOnly date, string learned, string lesson, string exnovation, LoopDecision decision, string[]? ruleChanges = null) => new()
    {
        Id = Guid.NewGuid(),
        ExperimentSlug = slug,
        Cycle = cycle,
        Date = date,
        PeriodStart = date.AddMonths(-6),
        PeriodEnd = date,
        RolesPresent = [ParticipantRole.Frontrunner, ParticipantRole.Resident],
        Stage = LifecycleStage.Pilot,
        XCurve = XCurvePosition.TakeOff,
        Hypothesis = new Hypothesis("netwerkberaden voorkomen uithuisplaatsing", "beraden houden", "uithuisplaatsingen", "het aantal daalt", HypothesisResult.PartlyConfirmed),
        Loop = new LearningLoop("minder plaatsingen", learned, "meer gespreksleiders opleiden", decision),
        Goals = slug == Walcheren ? [new GoalMeasurement("minder-uithuisplaatsingen", "Gezinnen met jeugdhulp", 40, 20, 40 - 4 * cycle)] : [],
        PeopleReached = 30,
        DataReliability = DataReliability.Medium,
        EvidenceLevel = EvidenceLevel.FirstIndications,
        WorkingCore = new WorkingCore("Een getrainde onafhankelijke gespreksleider", "Plaats en duur"),
        Route = new MainstreamRoute(ruleChanges is null ? ScalingRoute.FitAndConform : ScalingRoute.StretchAndTransform, ruleChanges ?? [], exnovation),
        Sustainment = new Sustainment("Projectsubsidie", new DateOnly(2027, 3, 31), null, StructuralPlanStatus.None),
        Lessons = new Lessons("Hulp vragen is moeilijk.", "Tijd.", "Training.", lesson),
    };
}
