using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TransitionLab.Api.Intake;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Problems;
using TransitionLab.Api.Versioning;

namespace TransitionLab.Api.Course.Cases;

/// <summary>Participants' own practice cases: registered by a participant, readable by their cohort and its teacher only.</summary>
public static class CourseCasesApi
{
    /// <summary>Maps <c>/api/course/cases</c>; every endpoint needs a participant or teacher key.</summary>
    public static RouteGroupBuilder MapCourseCases(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/course/cases").WithTags("Course").RequireAuthorization();

        group.MapPost("/", Create)
            .WithName("CreateOwnCase").WithSummary("Register an own practice case")
            .WithDescription("Participant only. An experiment, policy rule or pilot in the participant's own municipality, in the catalogue's fields; title, municipality and summary are required. Private to the cohort: never public, never counted, no personal data.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/", OfCohort)
            .WithName("ListOwnCases").WithSummary("List my cohort's own cases")
            .WithDescription("Participant or teacher. The own cases of the caller's cohort, newest first.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/{id:guid}", Get)
            .WithName("GetOwnCase").WithSummary("Read one own case")
            .WithDescription("Participant or teacher of the case's cohort; 403 for anyone else.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        // No :guid constraint: a caller without a key must meet 401 before anything judges the id.
        group.MapPost("/{id}/proposal", Propose)
            .WithName("ProposeOwnCase").WithSummary("Propose an own case as a real experiment")
            .WithDescription("Its author only, with the code of an invitation from a steward of the case's municipality (the intake's rule for who registers). The case's fields become an intake draft registered with that code (201 with its slug; Location is its GET /api/experiments/{slug}/draft); the invitee completes and submits it with the code as their key, and the stewards review it before anything is public. The case stays private to the cohort. 409 once proposed.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        return group;
    }

    private static async Task<Results<Created<CaseProposalDto>, ProblemHttpResult>> Propose(string id, CaseProposalRequest request, OwnCases cases, CaseProposals proposals,
        ClaimsPrincipal user)
    {
        var caller = Caller.From(user);
        if (!caller.MayPractise && !caller.IsTeacher) return ProblemWriter.Forbidden(NotInCourse);
        if (!Guid.TryParse(id, out var caseId) || cases.Find(caseId) is not { } found) return ProblemWriter.NotFound($"Er is geen casus {id}.");
        if (!caller.InCohort(found.Cohort)) return ProblemWriter.Forbidden("Deze casus hoort bij een andere groep.");
        var proposal = await proposals.ProposeAsync(found, caller, request.InvitationCode);
        return proposal switch
        {
            { Registration: { } draft } => TypedResults.Created(ApiVersion.Location($"/experiments/{draft.Id}/draft"), new CaseProposalDto(found.Id, draft.Id, draft.StateOf())),
            { Status: RegistrationWriteStatus.Invalid } => ProblemWriter.Invalid(proposal.Errors!, "De casus is niet voorgesteld; zie 'errors' per veld."),
            { Status: RegistrationWriteStatus.Conflict } => ProblemWriter.Status(StatusCodes.Status409Conflict, proposal.Detail!),
            { Status: RegistrationWriteStatus.NotFound } => ProblemWriter.NotFound(proposal.Detail!),
            _ => ProblemWriter.Forbidden(proposal.Detail!),
        };
    }

    private static async Task<Results<Created<OwnCaseDto>, ProblemHttpResult>> Create(OwnCaseRequest request, OwnCases cases, ClaimsPrincipal user)
    {
        var caller = Caller.From(user);
        if (!caller.MayPractise) return ProblemWriter.Forbidden("Alleen een deelnemer van de cursus legt een eigen casus vast.");
        var (stored, errors) = await cases.CreateAsync(request, caller);
        if (stored is null) return ProblemWriter.Invalid(errors, "De casus is niet opgeslagen; zie 'errors' per veld.");
        return TypedResults.Created(ApiVersion.Location($"/course/cases/{stored.Id}"), stored.AsDto());
    }

    private static Results<Ok<OwnCaseDto[]>, ProblemHttpResult> OfCohort(OwnCases cases, ClaimsPrincipal user)
    {
        var caller = Caller.From(user);
        if (!caller.MayPractise && !caller.IsTeacher) return ProblemWriter.Forbidden(NotInCourse);
        return TypedResults.Ok(cases.OfCohort(caller).Select(c => c.AsDto()).ToArray());
    }

    private static Results<Ok<OwnCaseDto>, ProblemHttpResult> Get(Guid id, OwnCases cases, ClaimsPrincipal user)
    {
        var caller = Caller.From(user);
        if (!caller.MayPractise && !caller.IsTeacher) return ProblemWriter.Forbidden(NotInCourse);
        if (cases.Find(id) is not { } found) return ProblemWriter.NotFound($"Er is geen casus {id}.");
        if (!caller.InCohort(found.Cohort)) return ProblemWriter.Forbidden("Deze casus hoort bij een andere groep.");
        return TypedResults.Ok(found.AsDto());
    }

    private const string NotInCourse = "Alleen deelnemers en docenten van de cursus zien eigen casussen.";
}
