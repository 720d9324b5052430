using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Problems;
using TransitionLab.Api.Versioning;

namespace TransitionLab.Api.Intake;

/// <summary>The intake as JSON: invitations, drafts, submission and review.</summary>
public static class IntakeApi
{
    /// <summary>Maps the intake endpoints under <c>/api</c>.</summary>
    public static RouteGroupBuilder MapIntake(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Intake").RequireAuthorization();

        group.MapPost("/invitations", CreateInvitation)
            .WithName("CreateInvitation").WithSummary("Invite a frontrunner to register an experiment")
            .WithDescription("A steward (or admin) invites for a municipality in their scope. Answers the one-time code once: it is the invitee's key, valid for 14 days to register one experiment in that municipality, and after approval that experiment's frontrunner key.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/invitations", Ok<InvitationDto[]> (Invitations invitations, ClaimsPrincipal user) =>
                TypedResults.Ok(invitations.Visible(Caller.From(user)).Select(k => k.AsInvitation()).ToArray()))
            .WithName("ListInvitations").WithSummary("List invitations")
            .WithDescription("The invitations for the municipalities in the caller's scope, newest first; never their codes.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        group.MapDelete("/invitations/{id}", async Task<Results<NoContent, ProblemHttpResult>> (string id, Invitations invitations, ClaimsPrincipal user) =>
                await invitations.RevokeAsync(id, Caller.From(user)) ? TypedResults.NoContent() : ProblemWriter.NotFound($"Er is geen uitnodiging '{id}' die u kunt intrekken."))
            .WithName("RevokeInvitation").WithSummary("Revoke an invitation")
            .WithDescription("The code stops working at once (also as the key of an experiment registered with it); the invitation stays listed as revoked.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/experiments", async Task<Results<Created<RegistrationDto>, ProblemHttpResult>> (DraftExperimentRequest draft, Registrations registrations, ClaimsPrincipal user) =>
                Created(await registrations.CreateAsync(draft, Caller.From(user))))
            .WithName("RegisterDraftExperiment").WithSummary("Register a draft experiment")
            .WithDescription("With an invitation code (its municipality is fixed), a frontrunner key for the slug, or an admin key. The draft is checked with the same rules as a content file and the AVG guard; it is private until a steward approves it. A slug of the catalogue or of another registration is 409.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPut("/experiments/{slug}", async Task<Results<Ok<RegistrationDto>, ProblemHttpResult>> (string slug, DraftExperimentRequest draft, Registrations registrations, ClaimsPrincipal user) =>
                Answer(await registrations.UpdateAsync(slug, draft, Caller.From(user))))
            .WithName("UpdateDraftExperiment").WithSummary("Change a registered experiment")
            .WithDescription("Replaces the working copy. For a published experiment this starts a new revision that is reviewed again; the published version stays until it is approved. 409 while it waits for review or after a rejection.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/experiments/{slug}/draft", Results<Ok<RegistrationDto>, ProblemHttpResult> (string slug, Registrations registrations, ClaimsPrincipal user) =>
                registrations.Find(slug) is { } found && registrations.MayRead(Caller.From(user), found)
                    ? TypedResults.Ok(found.AsDto())
                    : ProblemWriter.NotFound($"Er is geen aanmelding '{slug}' die u kunt inzien."))
            .WithName("GetDraftExperiment").WithSummary("Get a registration with its review")
            .WithDescription("The working copy, its state, the comments per field of a request for changes and every review; for its frontrunner and the stewards who review it.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/experiments/{slug}/submit", async Task<Results<Ok<RegistrationDto>, ProblemHttpResult>> (string slug, Registrations registrations, ClaimsPrincipal user) =>
                Answer(await registrations.SubmitAsync(slug, Caller.From(user))))
            .WithName("SubmitDraftExperiment").WithSummary("Submit a registration for review")
            .WithDescription("Puts the working copy in the review queue of the stewards of its municipality. 422 while it does not meet every rule; 409 when it is already submitted, published or rejected.")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/review", Ok<RegistrationDto[]> (Registrations registrations, ClaimsPrincipal user) =>
                TypedResults.Ok(registrations.Queue(Caller.From(user)).Select(r => r.AsDto()).ToArray()))
            .WithName("ListReviewQueue").WithSummary("The review queue")
            .WithDescription("Submitted registrations of the municipalities in the caller's steward scope, oldest submission first.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        group.MapPost("/experiments/{slug}/review", async Task<Results<Ok<RegistrationDto>, ProblemHttpResult>> (string slug, ReviewRequest review, Registrations registrations, ClaimsPrincipal user) =>
                Answer(await registrations.ReviewAsync(slug, review, Caller.From(user))))
            .WithName("ReviewDraftExperiment").WithSummary("Approve, ask for changes or reject")
            .WithDescription("A steward of the registration's municipality decides: approve publishes it on the site within seconds; request-changes needs a comment per field (shown to the frontrunner next to the field); reject needs a reason. Audited. 403 for another municipality or one's own registration.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

        return group;
    }

    private static async Task<Results<Created<CreatedInvitationDto>, ProblemHttpResult>> CreateInvitation(InvitationRequest request, Invitations invitations, ClaimsPrincipal user)
    {
        var caller = Caller.From(user);
        if (request.Municipality is { } municipality && !string.IsNullOrWhiteSpace(municipality) && !ReviewScope.Covers(caller, municipality))
            return ProblemWriter.Forbidden($"Alleen een regisseur (steward) van {municipality.Trim()} nodigt uit voor die gemeente.");
        if (caller.Role is not (KeyRole.Steward or KeyRole.Admin)) return ProblemWriter.Forbidden("Alleen een regisseur (steward) nodigt koplopers uit.");
        var (code, invitation, errors) = await invitations.CreateAsync(request, caller);
        if (code is null || invitation is null) return ProblemWriter.Invalid(errors, "De uitnodiging is niet gemaakt; zie 'errors' per veld.");
        return TypedResults.Created(ApiVersion.Location($"/invitations/{invitation.Id}"), new CreatedInvitationDto(code, Core.Catalogue.SiteUrls.SignIn, invitation.AsInvitation()));
    }

    /// <summary>A new registration as 201, or its problem.</summary>
    public static Results<Created<RegistrationDto>, ProblemHttpResult> Created(RegistrationWrite write) =>
        write is { Status: RegistrationWriteStatus.Stored, Registration: { } stored } ? TypedResults.Created(ApiVersion.Location($"/experiments/{stored.Id}/draft"), stored.AsDto()) : Problem(write);

    /// <summary>A changed registration as 200, or its problem.</summary>
    public static Results<Ok<RegistrationDto>, ProblemHttpResult> Answer(RegistrationWrite write) =>
        write is { Status: RegistrationWriteStatus.Stored, Registration: { } stored } ? TypedResults.Ok(stored.AsDto()) : Problem(write);

    /// <summary>A failed step as problem details.</summary>
    public static ProblemHttpResult Problem(RegistrationWrite write) => write.Status switch
    {
        RegistrationWriteStatus.Invalid => ProblemWriter.Invalid(write.Errors!, write.Detail),
        RegistrationWriteStatus.Forbidden => ProblemWriter.Forbidden(write.Detail!),
        RegistrationWriteStatus.Conflict => ProblemWriter.Status(StatusCodes.Status409Conflict, write.Detail!),
        _ => ProblemWriter.NotFound(write.Detail!),
    };
}
