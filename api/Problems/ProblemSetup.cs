using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Json;

namespace TransitionLab.Api.Problems;

/// <summary>
/// Every 4xx and 5xx is problem details: handler results, status code pages for empty error
/// responses, and an exception handler that turns malformed JSON into 400 naming the field.
/// </summary>
public static class ProblemSetup
{
    /// <summary>Largest request body accepted.</summary>
    public const long MaxBodyBytes = 64 * 1024;

    /// <summary>Registers problem details and the exception handler.</summary>
    public static IServiceCollection AddProblems(this IServiceCollection services)
    {
        // Every problem says what went wrong (the ADR and the document require detail), also the ones ASP.NET writes itself.
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c => c.ProblemDetails.Detail ??= DefaultDetail(c.ProblemDetails.Status ?? c.HttpContext.Response.StatusCode));
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Without this, a malformed body gives an empty 400 and no way to say which field was wrong.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        return services;
    }

    private static string DefaultDetail(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Het verzoek klopt niet.",
        StatusCodes.Status401Unauthorized => "Stuur een geldige sleutel: 'Authorization: Bearer tl_…'.",
        StatusCodes.Status403Forbidden => "Deze sleutel mag dit niet.",
        StatusCodes.Status404NotFound => "Hier is niets te vinden.",
        StatusCodes.Status405MethodNotAllowed => "Deze methode kan hier niet.",
        StatusCodes.Status415UnsupportedMediaType => "Stuur JSON (Content-Type: application/json).",
        >= 500 => "Er ging aan onze kant iets mis; probeer het later opnieuw.",
        _ => "Het verzoek kon niet worden uitgevoerd.",
    };

    /// <summary>Adds the error middleware; call first so it wraps everything else.</summary>
    public static WebApplication UseProblems(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > MaxBodyBytes)
            {
                await ProblemWriter.WriteAsync(context, StatusCodes.Status413PayloadTooLarge,
                    $"De body is groter dan {MaxBodyBytes / 1024} KiB.");
                return;
            }
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
                limit.MaxRequestBodySize = MaxBodyBytes;
            await next(context);
        });
        return app;
    }
}

/// <summary>Turns bad requests (malformed JSON, unknown fields, bodies too large, unreadable forms) into problem details.</summary>
internal sealed class BadRequestExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // Reading a posted form throws for a value with a NUL or for more fields than a form has: the form is bad, not us.
        if (exception is InvalidDataException)
        {
            await ProblemWriter.WriteAsync(context, StatusCodes.Status400BadRequest, "Het formulier bevat tekens of velden die we niet kunnen lezen.");
            return true;
        }
        // ...and for a body that is no form at all; no endpoint reads a form from a request that does not say it is one.
        if (exception is InvalidOperationException && !context.Request.HasFormContentType
            && exception.Message.StartsWith("Incorrect Content-Type", StringComparison.Ordinal))
        {
            await ProblemWriter.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, "Dit adres verwacht een formulier (application/x-www-form-urlencoded).");
            return true;
        }
        if (exception is not BadHttpRequestException bad) return false;
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await ProblemWriter.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, $"De body is groter dan {ProblemSetup.MaxBodyBytes / 1024} KiB.");
            return true;
        }
        if (bad.InnerException is JsonException json)
        {
            var path = ToFieldPath(json.Path);
            var message = json.Message.Contains("could not be mapped", StringComparison.Ordinal)
                ? $"Onbekend veld '{path}'."
                : $"Dit veld heeft niet de verwachte vorm of waarde.";
            await ProblemWriter.WriteAsync(context, StatusCodes.Status400BadRequest,
                $"De JSON kon niet gelezen worden bij '{path}'.", new Dictionary<string, string[]> { [path] = [message] });
            return true;
        }
        await ProblemWriter.WriteAsync(context, bad.StatusCode,
            bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase) ? "De body ontbreekt of is geen JSON." : "Het verzoek klopt niet.");
        return true;
    }

    // System.Text.Json reports "$.barriers[0].kind"; the API names fields without the root marker.
    private static string ToFieldPath(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "$" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
}
