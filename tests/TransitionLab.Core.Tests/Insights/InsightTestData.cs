using TransitionLab.Core.Insights;
using TransitionLab.Core.Reflections;
using TransitionLab.Core.Verdicts;
using static TransitionLab.Core.Tests.TestData;

namespace TransitionLab.Core.Tests.Insights;

internal static class InsightTestData
{
    /// <summary>An experiment with the default three-cycle history, its last reflection shaped by <paramref name="last"/>.</summary>
    public static CatalogueEntry Entry(string slug, Func<ReflectionBuilder, ReflectionBuilder>? last = null, string municipality = "Middelburg", string? title = null)
    {
        var experiment = Experiment(slug, municipality: municipality) with { Title = title ?? $"Experiment {slug}" };
        var reflections = History(3, b => b.For(slug), last);
        return new CatalogueEntry(experiment, VerdictEngine.Compute(experiment, reflections, [], Today));
    }

    public static ReflectionBuilder CliffIn(this ReflectionBuilder b, int days) => b.FundingEnd(Today.AddDays(days)).Plan(StructuralPlanStatus.None);
}
