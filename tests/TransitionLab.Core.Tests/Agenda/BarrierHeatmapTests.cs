using TransitionLab.Core.Agenda;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;
using static TransitionLab.Core.Tests.TestData;

namespace TransitionLab.Core.Tests.Agenda;

public class BarrierHeatmapTests
{
    private static readonly IReadOnlyList<Experiments.Experiment> Experiments =
    [
        Experiment("a") with { Themes = ["jeugd"] },
        Experiment("b") with { Themes = ["jeugd", "wonen"] },
        Experiment("c") with { Themes = ["wonen"] },
        Experiment("d") with { Themes = ["werk"] },
    ];

    private static readonly IReadOnlyList<HeatmapColumn> Themes =
        [new("jeugd", "Jeugd"), new("wonen", "Wonen"), new("zorg", "Zorg")];

    private static BarrierHeatmap Map(params Reflection[] reflections) =>
        BarrierHeatmap.Of(Experiments, ReflectionTimelines.From(reflections), Themes, e => e.Themes);

    [Fact]
    public void A_cell_holds_the_experiments_of_its_column_whose_latest_reflection_reports_the_kind_standing()
    {
        var map = Map(
            Reflection(1).For("a").Barrier(BarrierKind.Silos).Build(),
            Reflection(1).For("b").Barrier(BarrierKind.Silos, BarrierLevel.Organisation, BarrierStatus.WorkedAround)
                .Barrier(BarrierKind.RiskAversion, status: BarrierStatus.Solved).Build(),
            Reflection(1).For("c").Barrier(BarrierKind.ShortTermFunding).Barrier(BarrierKind.ShortTermFunding, BarrierLevel.Project).Build());

        Assert.Equal(["a", "b"], map.At(BarrierKind.Silos, "jeugd"));
        Assert.Equal(["b"], map.At(BarrierKind.Silos, "wonen"));
        Assert.Equal(["c"], map.At(BarrierKind.ShortTermFunding, "wonen"));
        Assert.Empty(map.At(BarrierKind.RiskAversion, "jeugd"));
        Assert.Equal([BarrierKind.Silos, BarrierKind.ShortTermFunding], map.Kinds);
        Assert.Equal(2, map.Max);
    }

    [Fact]
    public void Only_the_latest_reflection_counts_and_a_solved_belemmering_leaves_the_map()
    {
        var map = Map(
            Reflection(1).For("a").Barrier(BarrierKind.Silos).Build(),
            Reflection(2).For("a").Barrier(BarrierKind.Silos, status: BarrierStatus.Solved).Build());

        Assert.True(map.IsEmpty);
        Assert.Empty(map.Cells);
    }

    [Fact]
    public void Experiments_outside_the_columns_are_left_out_but_every_column_stays()
    {
        var map = Map(Reflection(1).For("d").Barrier(BarrierKind.Silos).Build(), Reflection(1).For("elders").Barrier(BarrierKind.Silos).Build());

        Assert.Empty(map.Cells);
        Assert.Equal(["jeugd", "wonen", "zorg"], map.Columns.Select(c => c.Key));
    }
}
