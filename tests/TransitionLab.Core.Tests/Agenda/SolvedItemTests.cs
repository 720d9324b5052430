using TransitionLab.Core.Agenda;
using TransitionLab.Core.Reflections;
using static TransitionLab.Core.Tests.TestData;

namespace TransitionLab.Core.Tests.Agenda;

public class SolvedItemTests
{
    private static readonly AgendaItem Item = new()
    {
        Id = "silos", Title = "Schotten tussen afdelingen", Kinds = [BarrierKind.Silos], Status = AgendaStatus.Solved,
        Disposition = AgendaDisposition.Accepted,
    };

    [Theory]
    [InlineData(BarrierLevel.Regime, BarrierStatus.Open, true)]
    [InlineData(BarrierLevel.Regime, BarrierStatus.WorkedAround, true)]
    [InlineData(BarrierLevel.Regime, BarrierStatus.Solved, false)]
    [InlineData(BarrierLevel.Organisation, BarrierStatus.Open, false)]
    public void A_solved_item_is_still_reported_while_the_latest_reflection_names_its_belemmering_standing_in_the_regime(
        BarrierLevel level, BarrierStatus status, bool stillReported)
    {
        var latest = Reflection(3).Barrier(BarrierKind.Silos, level, status).Barrier(BarrierKind.RiskAversion).Build();
        Assert.Equal(stillReported, TransitionAgenda.StillReported(Item, latest));
    }

    [Fact]
    public void Without_a_reflection_nothing_is_still_reported() => Assert.False(TransitionAgenda.StillReported(Item, null));
}
