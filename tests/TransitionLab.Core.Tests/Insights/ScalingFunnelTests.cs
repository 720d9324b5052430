using TransitionLab.Core.Insights;
using TransitionLab.Core.Verdicts;
using static TransitionLab.Core.Tests.Insights.InsightTestData;

namespace TransitionLab.Core.Tests.Insights;

public class ScalingFunnelTests
{
    [Fact]
    public void Counts_every_verdict_kind_in_funnel_order_including_zeros()
    {
        var verdicts = new[]
        {
            Entry("a").Verdict,
            Entry("b").Verdict,
            Entry("c", b => b.Level(Reflections.EvidenceLevel.Described)).Verdict,
        };

        var funnel = ScalingFunnel.Count(verdicts);

        Assert.Equal(
        [
            new FunnelStep(VerdictKind.InsufficientEvidence, 0),
            new FunnelStep(VerdictKind.Deepen, 1),
            new FunnelStep(VerdictKind.Broaden, 0),
            new FunnelStep(VerdictKind.ReadyToScaleFitAndConform, 2),
            new FunnelStep(VerdictKind.ReadyToScaleStretchAndTransform, 0),
            new FunnelStep(VerdictKind.Mainstreamed, 0),
            new FunnelStep(VerdictKind.Adjust, 0),
            new FunnelStep(VerdictKind.StopAndLearn, 0),
        ], funnel);
    }

    [Fact]
    public void The_funnel_has_every_verdict_kind_once()
    {
        Assert.Equal(Enum.GetValues<VerdictKind>().Order(), ScalingFunnel.Steps.Order());
    }
}
