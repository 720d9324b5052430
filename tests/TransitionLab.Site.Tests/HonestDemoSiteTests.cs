using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Snapshots;

namespace TransitionLab.Site.Tests;

/// <summary>Made-up reflections are said to be made up on every page, and earlier rule sets stay readable.</summary>
public class HonestDemoSiteTests
{
    private static IReadOnlyList<Reflection> SnapshotReflections()
    {
        using var stream = File.OpenRead(FixtureSiteWithSnapshot.SnapshotFile);
        return PlatformSnapshot.Read(stream).Reflections;
    }

    [Fact]
    public async Task Every_page_says_plainly_when_the_reflections_are_demo_data()
    {
        var demo = SnapshotReflections().Select(r => r with { RecordedBy = DemoReflections.RecordedBy }).ToArray();
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"), demo);

        var pages = site.HtmlPaths().Where(p => site.Page(p).QuerySelector("main") is not null).ToArray();
        Assert.Contains(SiteUrls.WhatWorks, pages);
        Assert.All(pages, path =>
            Assert.StartsWith("Voorbeeldgegevens: deze reflecties zijn verzonnen om het platform te laten zien.",
                site.Page(path).QuerySelector("main p.demo-notice")?.TextContent ?? $"(geen melding op {path})"));
    }

    [Fact]
    public async Task Real_reflections_carry_no_demo_notice_and_the_previous_rule_set_stays_on_how_we_judge()
    {
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"), SnapshotReflections());

        Assert.Null(site.Page(SiteUrls.WhatWorks).QuerySelector(".demo-notice"));
        var page = site.Page(SiteUrls.HowWeJudge);
        Assert.Contains("Versie van de regels: 2027-01.", page.QuerySelector("main")!.TextContent);
        var previous = page.QuerySelector("details#versie-2026-11")!;
        Assert.Contains("Pilotklif: geld stopt binnenkort", previous.TextContent);
        // 2026-12 did not count the transition agenda; 2027-01 says on its rules that a solved belemmering counts.
        Assert.DoesNotContain("transitieagenda", page.QuerySelector("details#versie-2026-12")!.TextContent);
        Assert.Contains("transitieagenda", page.QuerySelector("li[data-rule=ready-to-scale-fit-and-conform]")!.TextContent);
        Assert.NotNull(page.QuerySelector("li[data-rule=broaden] [data-reason=rule-change-made]"));
    }
}
