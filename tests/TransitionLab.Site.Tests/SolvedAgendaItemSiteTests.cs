using TransitionLab.Core.Agenda;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Snapshots;

namespace TransitionLab.Site.Tests;

/// <summary>When a steward marks an agenda item solved, the experiments it blocked say so on their pages.</summary>
public sealed class SolvedAgendaItemSiteTests
{
    private static AgendaItem Solved(params string[] slugs) => new()
    {
        Id = "kortlopende-financiering", Title = "Geld voor een pilot loopt maar een paar jaar", Kinds = [BarrierKind.ShortTermFunding],
        Blocks = slugs.Select(s => new Blockage(s, new DateOnly(2025, 1, 1), 1)).ToArray(),
        Level = ChangeLevel.Municipality, Owner = "Regieteam sociaal domein", Status = AgendaStatus.Solved,
        Changes = "De raad maakte een vaste begrotingspost voor bewezen pilots.", Disposition = AgendaDisposition.Accepted,
        Version = 2, UpdatedAt = new DateTimeOffset(2026, 8, 1, 9, 0, 0, TimeSpan.Zero), ClosedOn = new DateOnly(2026, 8, 1),
    };

    [Fact]
    public async Task A_blocked_experiment_shows_the_solved_belemmering_and_what_changed_and_whether_its_verdict_counts_it_yet()
    {
        await using var stream = File.OpenRead(FixtureSiteWithSnapshot.SnapshotFile);
        var snapshot = PlatformSnapshot.Read(stream);
        using var site = await BuiltSite.BuildAsync(Repository.Fixture("site"), snapshot.Reflections, snapshot.Decisions,
            agenda: [Solved("basisbudget-jongeren", "netwerkberaden-walcheren")]);

        // The basisbudget's latest reflection still reports short-term funding open in the regime: the verdict does not count the solution yet.
        var stillOpen = site.Page("/experimenten/basisbudget-jongeren/").QuerySelector("section.experiment-agenda li[data-item=kortlopende-financiering]")!;
        Assert.Equal("Belemmering opgelost: Geld voor een pilot loopt maar een paar jaar.", stillOpen.QuerySelector("strong a")!.TextContent);
        Assert.Equal("/transitieagenda/#kortlopende-financiering", stillOpen.QuerySelector("strong a")!.GetAttribute("href"));
        Assert.Equal("Wat is er veranderd: De raad maakte een vaste begrotingspost voor bewezen pilots.", stillOpen.QuerySelector(".agenda-changes")!.TextContent);
        Assert.NotNull(stillOpen.QuerySelector(".agenda-not-in-verdict"));

        // Netwerkberaden does not report it (any more): the solution shows without the note.
        var counted = site.Page("/experimenten/netwerkberaden-walcheren/").QuerySelector("section.experiment-agenda li[data-item=kortlopende-financiering]")!;
        Assert.Null(counted.QuerySelector(".agenda-not-in-verdict"));
        Assert.Null(site.Page("/experimenten/jouw-ingebrachte-mentor/").QuerySelector("section.experiment-agenda .agenda-solved"));
    }
}
