using TransitionLab.Core.Insights;
using TransitionLab.Core.Reflections;
using static TransitionLab.Core.Tests.Insights.InsightTestData;
using static TransitionLab.Core.Tests.TestData;

namespace TransitionLab.Core.Tests.Insights;

public class PilotCliffWatchlistTests
{
    [Fact]
    public void Lists_only_pilot_cliffs_within_eighteen_months_soonest_funding_end_first_with_days_left()
    {
        var watchlist = PilotCliffWatchlist.From(
        [
            Entry("later", b => b.CliffIn(400), "Veere"),
            Entry("veilig", b => b.CliffIn(20).Plan(StructuralPlanStatus.Agreed)),
            Entry("eerst", b => b.CliffIn(20), "Vlissingen"),
            Entry("al-gestopt", b => b.CliffIn(-5)),
            Entry("ver-weg", b => b.CliffIn(600)),
        ]);

        // Money that already stopped is not a cliff ahead; 600 days is past the 18-month horizon.
        Assert.Equal(
        [
            new PilotCliffEntry("eerst", "Experiment eerst", "Vlissingen", Today.AddDays(20), 20, StructuralPlanStatus.None),
            new PilotCliffEntry("later", "Experiment later", "Veere", Today.AddDays(400), 400, StructuralPlanStatus.None),
        ], watchlist);
    }

    [Fact]
    public void Experiments_ending_on_the_same_day_are_ordered_by_slug()
    {
        var watchlist = PilotCliffWatchlist.From([Entry("b", b => b.CliffIn(30)), Entry("a", b => b.CliffIn(30))]);

        Assert.Equal(["a", "b"], watchlist.Select(e => e.Slug));
    }
}
