using TransitionLab.Core.Insights;
using TransitionLab.Core.Reflections;
using static TransitionLab.Core.Tests.TestData;

namespace TransitionLab.Core.Tests.Insights;

public class BarrierStatisticsTests
{
    private static readonly IReadOnlyList<Experiments.Experiment> Experiments =
        [Experiment("a", municipality: "Veere"), Experiment("b", municipality: "Middelburg"), Experiment("c", municipality: "Vlissingen")];

    private static IReadOnlyList<BarrierStatistic> Compute(params Reflection[] reflections) =>
        BarrierStatistics.Compute(Experiments, reflections, Today);

    [Fact]
    public void Counts_experiments_levels_municipalities_and_time_open_per_barrier_kind()
    {
        var statistics = Compute(
            Reflection(1).For("a").Barrier(BarrierKind.RiskAversion).Build(),
            Reflection(2).For("a").Barrier(BarrierKind.Silos, firstSeen: Today.AddDays(-100))
                .Barrier(BarrierKind.ShortTermFunding, BarrierLevel.Organisation, BarrierStatus.Solved).Build(),
            Reflection(1).For("b").Barrier(BarrierKind.Silos, BarrierLevel.Organisation, firstSeen: Today.AddDays(-300)).Build(),
            Reflection(1).For("c").Barrier(BarrierKind.Silos, status: BarrierStatus.WorkedAround).Build());

        Assert.Equal([BarrierKind.Silos, BarrierKind.ShortTermFunding], statistics.Select(s => s.Kind));
        var silos = statistics[0];
        Assert.Equal(3, silos.ExperimentCount);
        Assert.Equal([new BarrierLevelCount(BarrierLevel.Organisation, 1), new BarrierLevelCount(BarrierLevel.Regime, 2)], silos.Levels);
        Assert.Equal(["Middelburg", "Veere", "Vlissingen"], silos.Municipalities);
        Assert.Equal(2, silos.OpenCount);
        Assert.Equal(200, silos.MedianDaysOpen);
        Assert.Equal(300, silos.MaxDaysOpen);

        var funding = statistics[1];
        Assert.Equal((1, 0, (double?)null, (int?)null), (funding.ExperimentCount, funding.OpenCount, funding.MedianDaysOpen, funding.MaxDaysOpen));
    }

    [Fact]
    public void An_open_barrier_without_a_recorded_first_date_is_open_since_the_reflection_that_reports_it()
    {
        // The API records the date with every write; a snapshot made elsewhere may leave it out.
        var latest = Reflection(2).For("a").Barrier(BarrierKind.Silos, firstSeen: default(DateOnly)).Build();

        var silos = Assert.Single(Compute(Reflection(1).For("a").Build(), latest));

        Assert.Equal(Today.DayNumber - latest.Date.DayNumber, silos.MaxDaysOpen);
    }

    [Fact]
    public void Only_the_latest_revision_of_the_latest_reflection_counts()
    {
        var statistics = Compute(
            Reflection(1).For("a").Barrier(BarrierKind.Silos).Build(),
            Reflection(2).For("a").Barrier(BarrierKind.StaffTurnover).Build(),
            Reflection(2).For("a").Revision(2).Barrier(BarrierKind.LackOfCapacity).Build());

        Assert.Equal(BarrierKind.LackOfCapacity, Assert.Single(statistics).Kind);
    }

    [Fact]
    public void An_experiment_listing_a_kind_twice_counts_once_with_its_oldest_open_entry()
    {
        var statistics = Compute(
            Reflection(1).For("a").Barrier(BarrierKind.Silos, firstSeen: Today.AddDays(-10))
                .Barrier(BarrierKind.Silos, BarrierLevel.Project, firstSeen: Today.AddDays(-50)).Build(),
            Reflection(1).For("b").Barrier(BarrierKind.Silos, firstSeen: Today.AddDays(-20)).Build(),
            Reflection(1).For("c").Barrier(BarrierKind.Silos, firstSeen: Today.AddDays(-90)).Build());

        var silos = Assert.Single(statistics);
        Assert.Equal(3, silos.ExperimentCount);
        Assert.Equal(50, silos.MedianDaysOpen);
        Assert.Equal(90, silos.MaxDaysOpen);
    }

    [Fact]
    public void Reflections_of_unknown_experiments_are_left_out()
    {
        Assert.Empty(Compute(Reflection(1).For("onbekend").Barrier(BarrierKind.Silos).Build()));
    }
}
