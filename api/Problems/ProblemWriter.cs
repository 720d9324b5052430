using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace TransitionLab.Api.Problems;

/// <summary>RFC 9457 problem details, written the same way from middleware and from handlers.</summary>
public static class ProblemWriter
{
    /// <summary>Writes a problem with a useful <c>detail</c> to a response nobody has written yet.</summary>
    public static async Task WriteAsync(HttpContext context, int status, string detail, IDictionary<string, string[]>? errors = null)
    {
        if (context.Response.HasStarted) return;
        context.Response.StatusCode = status;
        var problem = errors is null ? new ProblemDetails() : new HttpValidationProblemDetails(errors);
        problem.Status = status;
        problem.Detail = detail;
        var service = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await service.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    /// <summary>422: the JSON was well-formed but the content breaks the rules; errors keyed by JSON path.</summary>
    public static ProblemHttpResult Invalid(IReadOnlyDictionary<string, string[]> errors, string? detail = null) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary())
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "De invoer klopt niet",
            Detail = detail ?? "Een of meer velden kloppen niet; zie 'errors' per veld.",
        });

    /// <summary>Any other problem with a status and a useful detail.</summary>
    public static ProblemHttpResult Status(int status, string detail) => TypedResults.Problem(detail: detail, statusCode: status);

    /// <summary>404 for something named in the route.</summary>
    public static ProblemHttpResult NotFound(string detail) => Status(StatusCodes.Status404NotFound, detail);

    /// <summary>403: the key works, but not for this.</summary>
    public static ProblemHttpResult Forbidden(string detail) => Status(StatusCodes.Status403Forbidden, detail);
}
