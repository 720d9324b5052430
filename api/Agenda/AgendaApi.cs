using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TransitionLab.Api.Keys;
using TransitionLab.Api.OpenApi;
using TransitionLab.Api.Problems;
using TransitionLab.Api.Versioning;

namespace TransitionLab.Api.Agenda;

/// <summary>The transition agenda: proposals from regime belemmeringen, handled by stewards. Updates use ETag / If-Match.</summary>
public static class AgendaApi
{
    private const string EtagDescription = "The item's version; send it as If-Match to update it.";

    /// <summary>Maps <c>/api/agenda</c>.</summary>
    public static RouteGroupBuilder MapAgenda(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/agenda").WithTags("Agenda");

        group.MapGet("/", (AgendaBoard board) =>
                TypedResults.Ok(board.Items().Where(i => i.Listed).Select(i => i.AsDto(board.Catalogue, board.Today)).ToArray()))
            .WithName("ListAgenda").WithSummary("List the transition agenda")
            .WithDescription("Items on the agenda and proposals nobody handled yet: a regime belemmering still standing (open or worked around) in two or more experiments, or two or more cycles of one, is proposed automatically. Open items first, most experiments first.");

        group.MapGet("/{id}", Results<Ok<AgendaItemDto>, ProblemHttpResult> (string id, AgendaBoard board, HttpResponse response) =>
            {
                if (board.Find(id) is not { } item) return ProblemWriter.NotFound($"Er is geen agendapunt '{id}'.");
                response.Headers.ETag = item.ETag();
                return TypedResults.Ok(item.AsDto(board.Catalogue, board.Today));
            })
            .ReturnsHeader("ETag", EtagDescription)
            .WithName("GetAgendaItem").WithSummary("Get an agenda item")
            .WithDescription("One item, also a dismissed or merged one; the ETag header is needed as If-Match to update it.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Results<Created<AgendaItemDto>, ProblemHttpResult>> (AgendaItemRequest request, AgendaBoard board, ClaimsPrincipal user, HttpResponse response) =>
            {
                var write = await board.CreateAsync(request, Caller.From(user));
                if (Problem(write) is { } problem) return problem;
                var item = write.Item!;
                response.Headers.ETag = item.ETag();
                return TypedResults.Created(ApiVersion.Location($"/agenda/{item.Id}"), item.AsDto(board.Catalogue, board.Today));
            })
            .RequireAuthorization()
            .ReturnsHeader("ETag", EtagDescription)
            .WithName("CreateAgendaItem").WithSummary("Put a belemmering on the agenda")
            .WithDescription("A steward of the municipality of one of the named experiments puts a regime belemmering on the agenda. on-agenda and changing need owner and decisionMoment, stays needs statusReason, solved needs changes.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPut("/{id}", async Task<Results<Ok<AgendaItemDto>, ProblemHttpResult>> (string id, AgendaItemRequest request, AgendaBoard board, ClaimsPrincipal user, HttpRequest http, HttpResponse response) =>
                Answer(await board.UpdateAsync(id, request, Caller.From(user), http.Headers.IfMatch), board, response))
            .RequireAuthorization()
            .AcceptsHeader("If-Match", "The ETag of the item as last read; 428 without it, 412 when it is no longer the latest.", required: true)
            .ReturnsHeader("ETag", EtagDescription)
            .WithName("UpdateAgendaItem").WithSummary("Update an agenda item")
            .WithDescription("Replaces an item's fields; a proposal is accepted by it. For a steward of the municipality of one of its experiments. Send the ETag from GET as If-Match: 428 without it, 412 when someone else changed it first.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id}/accept", async Task<Results<Ok<AgendaItemDto>, ProblemHttpResult>> (string id, AgendaBoard board, ClaimsPrincipal user, HttpResponse response) =>
                Answer(await board.AcceptAsync(id, Caller.From(user)), board, response))
            .RequireAuthorization()
            .ReturnsHeader("ETag", EtagDescription)
            .WithName("AcceptAgendaProposal").WithSummary("Accept a proposal")
            .WithDescription("Puts a proposal on the agenda as it is (status signalled). 409 when it was handled already.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id}/dismiss", async Task<Results<Ok<AgendaItemDto>, ProblemHttpResult>> (string id, AgendaDismissRequest request, AgendaBoard board, ClaimsPrincipal user, HttpResponse response) =>
                Answer(await board.DismissAsync(id, request.Reason, Caller.From(user)), board, response))
            .RequireAuthorization()
            .ReturnsHeader("ETag", EtagDescription)
            .WithName("DismissAgendaItem").WithSummary("Dismiss a proposal or item")
            .WithDescription("Takes it off the agenda with a reason; its belemmering is not proposed again.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id}/merge", async Task<Results<Ok<AgendaItemDto>, ProblemHttpResult>> (string id, AgendaMergeRequest request, AgendaBoard board, ClaimsPrincipal user, HttpResponse response) =>
                Answer(await board.MergeAsync(id, request.Into, Caller.From(user)), board, response))
            .RequireAuthorization()
            .ReturnsHeader("ETag", EtagDescription)
            .WithName("MergeAgendaItem").WithSummary("Merge into another item")
            .WithDescription("The item named by 'into' takes over this one's belemmeringen and experiments; answers that item. The steward must hold an experiment of both.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        return group;
    }

    private static Results<Ok<AgendaItemDto>, ProblemHttpResult> Answer(AgendaWrite write, AgendaBoard board, HttpResponse response)
    {
        if (Problem(write) is { } problem) return problem;
        var item = write.Item!;
        response.Headers.ETag = item.ETag();
        return TypedResults.Ok(item.AsDto(board.Catalogue, board.Today));
    }

    /// <summary>The problem details for a write that stored nothing; <c>null</c> when it stored.</summary>
    public static ProblemHttpResult? Problem(AgendaWrite write) => write.Status switch
    {
        AgendaWriteStatus.Ok or AgendaWriteStatus.Created => null,
        AgendaWriteStatus.NotFound => ProblemWriter.NotFound(write.Detail!),
        AgendaWriteStatus.Forbidden => ProblemWriter.Forbidden(write.Detail!),
        AgendaWriteStatus.Invalid => ProblemWriter.Invalid(write.Errors!, "Het agendapunt is niet opgeslagen; zie 'errors' per veld."),
        AgendaWriteStatus.PreconditionRequired => ProblemWriter.Status(StatusCodes.Status428PreconditionRequired, "Stuur de ETag van GET mee als If-Match, zodat u geen wijziging van een ander overschrijft."),
        AgendaWriteStatus.Stale => ProblemWriter.Status(StatusCodes.Status412PreconditionFailed, "Het agendapunt is intussen gewijzigd; haal het opnieuw op en probeer het nog eens."),
        _ => ProblemWriter.Status(StatusCodes.Status409Conflict, write.Detail ?? "Dit kan niet in de huidige stand van het agendapunt."),
    };
}
