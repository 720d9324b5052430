using TransitionLab.Core.Experiments;
using TransitionLab.Core.Language;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;
using TransitionLab.Site.Experiments;
using TransitionLab.Site.Forms;
using TransitionLab.Site.Generation;

namespace TransitionLab.Site.Tests;

/// <summary>Reflections passed to the generator appear on their experiment's page.</summary>
public sealed class ReflectionPageTests
{
    [Fact]
    public async Task Experiment_page_lists_its_reflections_with_cycle_date_evidence_and_decision_and_their_goal_values_in_the_progress_table()
    {
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"),
            [Reflection("netwerkberaden-walcheren", 2, new DateOnly(2026, 6, 1), 32m), Reflection("netwerkberaden-walcheren", 1, new DateOnly(2025, 11, 23), 36.5m)]);

        var page = site.Page("/experimenten/netwerkberaden-walcheren/");
        var section = page.QuerySelector("section.reflections")!;
        Assert.Equal("Reflecties", section.QuerySelector("h2")!.TextContent);
        var items = section.QuerySelectorAll("li.reflection");
        Assert.Equal(["Ronde 1, 23 november 2025", "Ronde 2, 1 juni 2026"], items.Select(i => i.QuerySelector("summary .cycle")!.TextContent));
        Assert.Equal("2025-11-23", items[0].QuerySelector("summary .cycle time")!.GetAttribute("datetime"));
        var first = items[0].TextContent;
        Assert.Contains("3 – Voor- en nameting", first);
        Assert.Contains("bijsturen", first);
        // A cycle's goal values are said once, in the progress table, not again in its record.
        Assert.Empty(section.QuerySelectorAll("ul.goal-bars"));
        var cycle1 = page.QuerySelector("table.goal-progress-table")!.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Ronde 1");
        Assert.Equal("36,5", cycle1.QuerySelector("td.number")!.TextContent);

        Assert.Null(site.Page("/experimenten/jouw-ingebrachte-mentor/").QuerySelector("section.reflections"));
    }

    [Fact]
    public async Task Each_cycle_is_one_closed_row_with_its_full_record_behind_details()
    {
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"),
            [Reflection("netwerkberaden-walcheren", 1, new DateOnly(2025, 11, 23), 36.5m) with { Loop = new LearningLoop("minder plaatsingen", new string('x', 150) + " het netwerk helpt echt", "door", LoopDecision.Persevere) }]);

        var page = site.Page("/experimenten/netwerkberaden-walcheren/");
        var item = page.QuerySelector("section.reflections li.reflection")!;
        var details = item.QuerySelector("details")!;
        Assert.False(details.HasAttribute("open"));
        var summary = details.QuerySelector("summary")!;
        Assert.Equal($"Bewijsniveau {DutchLabels.Numbered(EvidenceLevel.FirstIndications)} · hypothese: deels bevestigd · besluit: doorgaan", summary.QuerySelector(".row-facts")!.TextContent);
        // A long "learned" is cut at a word in the row; "Wat we leren" holds it whole, so the record leaves the loop out.
        Assert.Equal("Geleerd: " + new string('x', 150) + " het …", summary.QuerySelector(".row-learned")!.TextContent);
        Assert.Equal(new string('x', 150) + " het netwerk helpt echt", page.QuerySelector("section.learning dd.learned")!.TextContent);
        Assert.DoesNotContain(details.QuerySelectorAll("dt"), dt => dt.TextContent == "Geleerd");
        // The record adds what the row does not say: the row's date, evidence, result and decision are not repeated.
        Assert.Equal(["Periode", "Aanwezig", "Aantal bereikte mensen", "Betrouwbaarheid van de cijfers"], Terms(details));
        Assert.Null(details.QuerySelector("ul.goal-bars"));
    }

    [Fact]
    public async Task A_cycle_older_than_the_one_in_wat_we_leren_keeps_its_loop_and_a_hypothesis_is_written_out_where_it_changed()
    {
        var history = Enumerable.Range(1, Learning.LearningSection.LoopsShown + 3)
            .Select(cycle => Reflection("netwerkberaden-walcheren", cycle, new DateOnly(2023, 1, 1).AddMonths(3 * cycle), 30m))
            .ToArray();
        history[0] = history[0] with { Loop = history[0].Loop with { Learned = new string('x', 170) + " en meer" } };
        history[^1] = history[^1] with { Hypothesis = history[^1].Hypothesis with { WeBelieve = "een nieuw idee" } };
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"), history);

        var records = site.Page("/experimenten/netwerkberaden-walcheren/").QuerySelectorAll("section.reflections li.reflection details");
        Assert.Equal(["Periode", "Aanwezig", "Wij denken dat", "We hebben gelijk als", "Gezien", "Geleerd", "Daarom", "Aantal bereikte mensen", "Betrouwbaarheid van de cijfers"], Terms(records[0]));
        Assert.Contains(new string('x', 170) + " en meer", records[0].TextContent);
        // A learned that the row shows whole is not written out again.
        Assert.Equal(["Periode", "Aanwezig", "Gezien", "Daarom", "Aantal bereikte mensen", "Betrouwbaarheid van de cijfers"], Terms(records[1]));
        // The newest cycle's loop is in "Wat we leren"; its changed hypothesis is written out where it changed.
        Assert.DoesNotContain("Gezien", Terms(records[^1]));
        Assert.Contains("Wij denken dat", Terms(records[^1]));
    }

    [Fact]
    public async Task A_hypothesis_and_lessons_that_never_changed_are_written_out_once_in_wat_we_leren_not_in_the_oldest_record()
    {
        var history = Enumerable.Range(1, 3)
            .Select(cycle => Reflection("netwerkberaden-walcheren", cycle, new DateOnly(2023, 1, 1).AddMonths(3 * cycle), 30m)
                with { Lessons = new Lessons("", "", "", "Begin klein.") })
            .ToArray();
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"), history);

        var page = site.Page("/experimenten/netwerkberaden-walcheren/");
        Assert.Contains("netwerkberaden voorkomen uithuisplaatsing", page.QuerySelector("section.learning dl.hypothesis")!.TextContent);
        Assert.Equal("Begin klein.", page.QuerySelector("section.learning dd.lesson")!.TextContent);
        foreach (var record in page.QuerySelectorAll("section.reflections li.reflection details"))
        {
            Assert.DoesNotContain("Wij denken dat", Terms(record));
            Assert.DoesNotContain("Lessen voor anderen", Terms(record));
        }
    }

    private static string[] Terms(AngleSharp.Dom.IElement record) => record.QuerySelectorAll("dt").Select(dt => dt.TextContent).ToArray();

    [Fact]
    public async Task Goal_progress_is_a_line_over_the_cycles_with_baseline_and_target_and_a_table_with_the_same_numbers()
    {
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"),
            [Reflection("netwerkberaden-walcheren", 2, new DateOnly(2026, 6, 1), 32m), Reflection("netwerkberaden-walcheren", 1, new DateOnly(2025, 11, 23), 36.5m)]);

        var section = site.Page("/experimenten/netwerkberaden-walcheren/").QuerySelector("section.goal-progress")!;
        Assert.Equal("Voortgang op de doelen", section.QuerySelector("h2")!.TextContent);
        var chart = section.QuerySelector("svg#voortgang-minder-uithuisplaatsingen")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Equal("Verloop per ronde van: Minder kinderen uit huis geplaatst", chart.QuerySelector("title")!.TextContent);
        Assert.Equal(2, chart.QuerySelector("polyline.goal-line")!.GetAttribute("points")!.Split(' ').Length);
        Assert.NotNull(chart.QuerySelector("line.goal-baseline"));
        Assert.NotNull(chart.QuerySelector("line.goal-target"));
        Assert.Equal(["Ronde 1", "Ronde 2"], chart.QuerySelectorAll("text").Select(t => t.TextContent).Where(t => t.StartsWith("Ronde")));

        var rows = section.QuerySelectorAll("table.goal-progress-table tbody tr")
            .Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToArray();
        Assert.Equal([["Begin", "", "40", ""], ["Ronde 1", "23 november 2025", "36,5", "18%"], ["Ronde 2", "1 juni 2026", "32", "40%"], ["Streven", "", "20", ""]], rows);
    }

    [Fact]
    public async Task An_experiment_without_measurements_has_no_progress_section()
    {
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"));
        Assert.Null(site.Page("/experimenten/netwerkberaden-walcheren/").QuerySelector("section.goal-progress"));
    }

    [Fact]
    public async Task A_long_history_shows_the_latest_cycles_in_full_and_links_to_all_reflections_as_data()
    {
        var history = Enumerable.Range(1, ReflectionList.MaxShown + 3)
            .Select(cycle => Reflection("netwerkberaden-walcheren", cycle, new DateOnly(2023, 1, 1).AddMonths(3 * cycle), 30m))
            .ToArray();
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"), history);

        var section = site.Page("/experimenten/netwerkberaden-walcheren/").QuerySelector("section.reflections")!;
        var cycles = section.QuerySelectorAll("li.reflection").Select(li => int.Parse(li.GetAttribute("data-cycle")!)).ToArray();
        Assert.Equal(Enumerable.Range(4, ReflectionList.MaxShown), cycles);
        var note = section.QuerySelector("p.earlier-reflections")!;
        Assert.Contains($"de laatste {ReflectionList.MaxShown} van {history.Length} reflecties", note.TextContent);
        Assert.EndsWith("/api/experiments/netwerkberaden-walcheren/reflections?limit=100", note.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_short_history_is_shown_whole_without_a_note()
    {
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"),
            Enumerable.Range(1, ReflectionList.MaxShown).Select(c => Reflection("netwerkberaden-walcheren", c, new DateOnly(2023, 1, 1).AddMonths(3 * c), 30m)).ToArray());

        var section = site.Page("/experimenten/netwerkberaden-walcheren/").QuerySelector("section.reflections")!;
        Assert.Equal(ReflectionList.MaxShown, section.QuerySelectorAll("li.reflection").Length);
        Assert.Null(section.QuerySelector("p.earlier-reflections"));
    }

    [Fact]
    public async Task An_experiment_page_without_reflections_has_the_saved_message_the_first_reflection_leads_to()
    {
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"));
        var page = site.Page("/experimenten/basisbudget-jongeren/");

        Assert.Empty(page.QuerySelectorAll("[data-cycle]"));
        var note = page.QuerySelector($"#{SavedNote.ReflectionSaved}")!;
        Assert.Equal("status", note.GetAttribute("role"));
        Assert.Contains("opgeslagen", note.TextContent);
    }

    [Fact]
    public async Task Pages_showing_one_experiment_can_be_rerendered_without_a_full_build()
    {
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"));
        var input = new SiteInput(TransitionLab.Core.Content.ContentLoader.Load(Repository.Fixture("site")).Catalogue,
            ReflectionTimelines.From([Reflection("basisbudget-jongeren", 1, new DateOnly(2025, 3, 1), 8m)]), [], new SiteOptions { BaseUrl = BuiltSite.BaseUrl });
        var pages = SitePlan.PagesShowing(new SiteContext(input), "basisbudget-jongeren").ToArray();

        Assert.Contains(pages, p => p.Path == "/experimenten/basisbudget-jongeren/");
        Assert.Contains(pages, p => p.Path == "/themas/wonen/");
        Assert.DoesNotContain(pages, p => p.Path == "/experimenten/netwerkberaden-walcheren/");
        Assert.DoesNotContain(pages, p => p.Path == "/themas/jeugd/");

        var untouched = Path.Combine(site.Output, "experimenten", "netwerkberaden-walcheren", "index.html");
        var untouchedSince = File.GetLastWriteTimeUtc(untouched);
        var report = await IncrementalBuild.RunAsync(new SiteContext(input), ["basisbudget-jongeren"], site.Output);

        Assert.Equal(pages.Length, report.PagesRendered);
        Assert.NotNull(site.Page("/experimenten/basisbudget-jongeren/").QuerySelector("section.reflections"));
        Assert.Equal(untouchedSince, File.GetLastWriteTimeUtc(untouched));
        Assert.Contains("basisbudget-jongeren", File.ReadAllText(Path.Combine(site.Output, "export", "experimenten.csv")));
        Assert.Empty(Directory.EnumerateFiles(site.Output, "*.tmp", SearchOption.AllDirectories));
    }

    internal static Reflection Reflection(string slug, int cycle, DateOnly date, decimal current) => new()
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
        Loop = new LearningLoop("minder plaatsingen", "het netwerk helpt", "meer gespreksleiders opleiden", LoopDecision.Pivot),
        Goals = [new GoalMeasurement("minder-uithuisplaatsingen", "Gezinnen met jeugdhulp", 40, 20, current)],
        PeopleReached = 30,
        DataReliability = DataReliability.Medium,
        EvidenceLevel = EvidenceLevel.FirstIndications,
        WorkingCore = new WorkingCore("Een getrainde onafhankelijke gespreksleider", "Plaats en duur"),
        Route = new MainstreamRoute(ScalingRoute.FitAndConform, [], ""),
        Sustainment = new Sustainment("Projectsubsidie", new DateOnly(2027, 3, 31), null, StructuralPlanStatus.None),
        Lessons = new Lessons("", "", "", ""),
    };
}
