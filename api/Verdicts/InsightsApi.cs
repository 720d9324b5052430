using TransitionLab.Core.Insights;

namespace TransitionLab.Api.Verdicts;

/// <summary>Catalogue-wide insights read from the verdicts: the pilot cliff, barriers, the scaling funnel.</summary>
public static class InsightsApi
{
    /// <summary>Maps <c>/api/insights</c>.</summary>
    public static RouteGroupBuilder MapInsights(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/insights").WithTags("Insights");

        group.MapGet("/pilot-cliff", (ScalingVerdicts verdicts) =>
                TypedResults.Ok(PilotCliffWatchlist.From(verdicts.All().Entries).Select(p => p.AsDto()).ToArray()))
            .WithName("GetPilotCliffWatchlist").WithSummary("List experiments at the pilot cliff")
            .WithDescription("Experiments whose funding ends within 6 months without an agreed structural plan, soonest first.");

        group.MapGet("/barriers", (ScalingVerdicts verdicts) =>
            {
                var board = verdicts.All();
                return TypedResults.Ok(BarrierStatistics.Compute(board.Entries.Select(e => e.Experiment), board.Reflections, board.Today).Select(s => s.AsDto()).ToArray());
            })
            .WithName("GetBarrierStatistics").WithSummary("Get barrier statistics")
            .WithDescription("Per barrier kind in the experiments' latest reflections: how many experiments meet it, at which level, where, and how long it has been open. Most frequent first.");

        group.MapGet("/funnel", (ScalingVerdicts verdicts) =>
                TypedResults.Ok(ScalingFunnel.Count(verdicts.All().Entries.Select(e => e.Verdict)).Select(s => s.AsDto()).ToArray()))
            .WithName("GetScalingFunnel").WithSummary("Get the scaling funnel")
            .WithDescription("How many experiments have each verdict, in the order an experiment travels towards the mainstream; stop-and-learn last.");

        return group;
    }
}
