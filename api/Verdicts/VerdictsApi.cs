using Microsoft.AspNetCore.Http.HttpResults;
using TransitionLab.Api.Problems;
using TransitionLab.Core.Language;
using TransitionLab.Core.Verdicts;

namespace TransitionLab.Api.Verdicts;

/// <summary>Computed scaling verdicts and the published rule set behind them.</summary>
public static class VerdictsApi
{
    /// <summary>Maps the verdict endpoints under <c>/api</c>.</summary>
    public static RouteGroupBuilder MapVerdicts(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Verdicts");

        group.MapGet("/experiments/{slug}/verdict", Results<Ok<VerdictDto>, ProblemHttpResult> (string slug, ScalingVerdicts verdicts) =>
                verdicts.For(slug) is { } entry ? TypedResults.Ok(entry.AsDto()) : ProblemWriter.NotFound($"Er is geen experiment '{slug}'."))
            .WithName("GetVerdict").WithSummary("Get an experiment's verdict")
            .WithDescription("The scaling verdict computed now from the latest revision of each reflection and the recorded decisions, with its reasons, flags and facts.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/verdicts", List)
            .WithName("ListVerdicts").WithSummary("List all experiments' verdicts")
            .WithDescription("Every experiment's verdict, ordered by slug. Filters combine: verdict and flag take codes (see /api/rules), theme a theme slug, municipality a name (case-insensitive).")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/rules", () => TypedResults.Ok(VerdictMapping.RuleSet()))
            .WithName("GetRuleSet").WithSummary("Get the published rule set")
            .WithDescription("The verdict rules in order of precedence (the first that applies wins), then the flag rules, with the reasons each can give.");

        group.MapGet("/rules/{version}", Results<Ok<RuleSetDto>, ProblemHttpResult> (string version) =>
                VerdictRuleSet.Of(version) is { } published
                    ? TypedResults.Ok(VerdictMapping.RuleSet(published))
                    : ProblemWriter.NotFound($"Er is geen regelset met versie '{version}'; gepubliceerd: {string.Join(", ", VerdictMapping.RuleSet().Versions!)}."))
            .WithName("GetRuleSetVersion").WithSummary("Get one published version of the rule set")
            .WithDescription("The current version or an earlier one, so a verdict computed with an earlier version (its ruleSetVersion) can still be explained.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    private static Results<Ok<VerdictDto[]>, ProblemHttpResult> List(string? verdict, string? flag, string? theme, string? municipality, ScalingVerdicts verdicts)
    {
        VerdictKind? kind = null;
        if (!string.IsNullOrWhiteSpace(verdict))
        {
            if (!EnumCode.TryParse<VerdictKind>(verdict, out var parsed))
                return ProblemWriter.Status(StatusCodes.Status400BadRequest, $"Onbekend oordeel '{verdict}'; kies uit: {string.Join(", ", EnumCode.All<VerdictKind>())}.");
            kind = parsed;
        }
        VerdictFlag? raised = null;
        if (!string.IsNullOrWhiteSpace(flag))
        {
            if (!EnumCode.TryParse<VerdictFlag>(flag, out var parsed))
                return ProblemWriter.Status(StatusCodes.Status400BadRequest, $"Onbekende vlag '{flag}'; kies uit: {string.Join(", ", EnumCode.All<VerdictFlag>())}.");
            raised = parsed;
        }

        var items = verdicts.All().Entries
            .Where(e => kind is null || e.Verdict.Kind == kind)
            .Where(e => raised is null || e.Verdict.Has(raised.Value))
            .Where(e => string.IsNullOrWhiteSpace(theme) || e.Experiment.Themes.Contains(theme.Trim(), StringComparer.Ordinal))
            .Where(e => string.IsNullOrWhiteSpace(municipality) || string.Equals(e.Experiment.Municipality.Trim(), municipality.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(e => e.AsDto())
            .ToArray();
        return TypedResults.Ok(items);
    }
}
