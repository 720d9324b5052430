using TransitionLab.Core.Agenda;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Snapshots;

namespace TransitionLab.Site.Tests;

/// <summary>When a steward marks an agenda item solved, the experiments it blocked say so on their pages.</summary>
public sealed class SolvedAgendaItemSiteTests
{
    private static AgendaItem Solved(params string[] slugs) => SolvedOn(new DateOnly(2026, 8, 1), slugs);

    private static AgendaItem SolvedOn(DateOnly day, params string[] slugs) => new()
    {
        Id = "kortlopende-financiering", Title = "Geld voor een pilot loopt maar een paar jaar", Kinds = [BarrierKind.ShortTermFunding],
        Blocks = slugs.Select(s => new Blockage(s, new DateOnly(2025, 1, 1), 1)).ToArray(),
        Level = ChangeLevel.Municipality, Owner = "Regieteam sociaal domein", Status = AgendaStatus.Solved,
        Changes = "De raad maakte een vaste begrotingspost voor bewezen pilots.", Disposition = AgendaDisposition.Accepted,
        Version = 2, UpdatedAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero), ClosedOn = day,
    };

    [Fact]
    public async Task A_blocked_experiment_shows_the_solved_belemmering_and_what_changed_and_whether_its_verdict_counts_it_yet()
    {
        await using var stream = File.OpenRead(FixtureSiteWithSnapshot.SnapshotFile);
        var snapshot = PlatformSnapshot.Read(stream);
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"), snapshot.Reflections, snapshot.Decisions,
            agenda: [Solved("basisbudget-jongeren", "netwerkberaden-walcheren")]);

        // The basisbudget's latest reflection (1 June 2026) still reports short-term funding open in the regime, but it was held before the
        // solution (1 August 2026): the verdict counts the rule change made, and the page says so.
        var stillOpen = site.Page("/experimenten/basisbudget-jongeren/").QuerySelector("section.experiment-agenda li[data-item=kortlopende-financiering]")!;
        Assert.Equal("Belemmering opgelost: Geld voor een pilot loopt maar een paar jaar.", stillOpen.QuerySelector("strong a")!.TextContent);
        Assert.Equal("/transitieagenda/#kortlopende-financiering", stillOpen.QuerySelector("strong a")!.GetAttribute("href"));
        Assert.Equal("Wat is er veranderd: De raad maakte een vaste begrotingspost voor bewezen pilots.", stillOpen.QuerySelector(".agenda-changes")!.TextContent);
        Assert.NotNull(stillOpen.QuerySelector(".agenda-in-verdict"));
        Assert.Null(stillOpen.QuerySelector(".agenda-not-in-verdict"));

        // Netwerkberaden does not report it (any more): the solution shows without a note.
        var counted = site.Page("/experimenten/netwerkberaden-walcheren/").QuerySelector("section.experiment-agenda li[data-item=kortlopende-financiering]")!;
        Assert.Null(counted.QuerySelector(".note"));
        Assert.Null(site.Page("/experimenten/jouw-ingebrachte-mentor/").QuerySelector("section.experiment-agenda .agenda-solved"));
    }

    [Fact]
    public async Task A_reflection_held_after_the_solution_that_still_reports_the_belemmering_says_the_verdict_counts_it_again()
    {
        await using var stream = File.OpenRead(FixtureSiteWithSnapshot.SnapshotFile);
        var snapshot = PlatformSnapshot.Read(stream);
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"), snapshot.Reflections, snapshot.Decisions,
            agenda: [SolvedOn(new DateOnly(2026, 5, 1), "basisbudget-jongeren")]);

        var reportedAgain = site.Page("/experimenten/basisbudget-jongeren/").QuerySelector("section.experiment-agenda li[data-item=kortlopende-financiering]")!;
        Assert.Equal("Een reflectie van na de oplossing noemt deze belemmering nog als open. Daarom telt het oordeel haar weer als belemmering.",
            reportedAgain.QuerySelector(".agenda-not-in-verdict")!.TextContent);
        Assert.Null(reportedAgain.QuerySelector(".agenda-in-verdict"));
    }
}
