using TransitionLab.Api.Experiments;
using TransitionLab.Api.Intake;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Site;
using TransitionLab.Api.Store;
using TransitionLab.Core.Catalogue;
using TransitionLab.Site.Text;

namespace TransitionLab.Api.Course.Cases;

/// <summary>How proposing an own case ended.</summary>
/// <param name="Status">The intake's status for the step; <see cref="RegistrationWriteStatus.Stored"/> when the draft is registered.</param>
/// <param name="Registration">The intake draft, when it was registered.</param>
/// <param name="Errors">Errors by field (<c>invitationCode</c>) when refused as invalid.</param>
/// <param name="Detail">A Dutch sentence when it failed.</param>
/// <param name="Invitation">The invitation's key, whose session the browser continues in.</param>
public sealed record CaseProposal(RegistrationWriteStatus Status, StoredRegistration? Registration, IReadOnlyDictionary<string, string[]>? Errors, string? Detail,
    StoredKey? Invitation = null);

/// <summary>
/// An own case proposed as a real experiment in one action: its author brings an invitation code from a steward of the
/// case's municipality (the intake's rule for who registers), and the case's fields become the intake draft registered
/// with that code. The draft is private to the invitee and the municipality's stewards, and it reaches the site only
/// through the intake's own review; the case itself stays in the cohort.
/// </summary>
public sealed class CaseProposals(Database db, ImportedCatalogue catalogue, Registrations registrations, StoreWriter writer, TimeProvider time)
{
    /// <summary>Registers <paramref name="own"/> as an intake draft with <paramref name="code"/>, for its author only.</summary>
    public async Task<CaseProposal> ProposeAsync(StoredOwnCase own, Caller caller, string? code)
    {
        if (!caller.MayPractise || caller.KeyId != own.ParticipantKeyId) return Fail(RegistrationWriteStatus.Forbidden, CohortText.ProposeAuthorOnly);
        if (own.ProposedAs is { } earlier) return Fail(RegistrationWriteStatus.Conflict, CohortText.ProposedAlready(earlier));
        var now = time.GetUtcNow();
        if (string.IsNullOrWhiteSpace(code)) return Invalid(CohortText.ProposeCodeMissing);
        if (ApiKeys.Find(db, code.Trim(), now) is not { IsOpenInvitation: true } invitation) return Invalid(CohortText.ProposeCodeWrong);

        var invitee = Caller.From(Caller.PrincipalOf(invitation, FrontrunnerSession.Scheme));
        var write = await registrations.CreateAsync(own.AsDraft(FreeSlug(own)), invitee, complete: false);
        if (write.Registration is not { } draft)
            return write.Errors is { } errors
                ? Invalid(string.Join(" ", errors.SelectMany(e => e.Value)))
                : Fail(write.Status, write.Detail ?? CohortText.ProposeCodeWrong);

        await writer.WriteAsync(new ProposeOwnCaseChange { ChangeId = Guid.NewGuid(), KeyId = caller.KeyId, At = now, CaseId = own.Id, Registration = draft.Id });
        return new CaseProposal(RegistrationWriteStatus.Stored, draft, null, null, invitation);
    }

    // A slug from the title that neither the catalogue nor the intake holds yet.
    private string FreeSlug(StoredOwnCase own)
    {
        var stem = Slugs.From(own.Title) is { Length: >= 2 } made ? made[..Math.Min(made.Length, 70)].Trim('-') : "casus";
        if (!Slugs.IsValid(stem)) stem = "casus";
        bool Taken(string slug) => slug == "aanmelden" || catalogue.Current.FindExperiment(slug) is not null || db.FindExperiment(slug) is not null
                                   || db.Registrations.FindById(slug) is not null;
        return Enumerable.Range(1, 50).Select(n => n == 1 ? stem : $"{stem}-{n}").FirstOrDefault(s => !Taken(s)) ?? $"{stem}-{own.Id.ToString("N")[..8]}";
    }

    private static CaseProposal Fail(RegistrationWriteStatus status, string detail) => new(status, null, null, detail);

    private static CaseProposal Invalid(string message) =>
        new(RegistrationWriteStatus.Invalid, null, new Dictionary<string, string[]> { ["invitationCode"] = [message] }, CohortText.ProposeNotDone);
}
