using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Intake;

/// <summary>A request for an invitation.</summary>
public sealed record InvitationRequest
{
    [Required, MinLength(1), MaxLength(150), Description("Municipality the invited experiment belongs to; inside the steward's scope")] public string? Municipality { get; init; }
    [MaxLength(100), Description("Free label to recognise the invitation (e.g. the organisation invited); no personal data")] public string? Label { get; init; }
}

/// <summary>An invitation as listed: never its code.</summary>
public sealed record InvitationDto(
    [property: Description("Invitation id; it is also the key id of the code")] string Id,
    [property: Description("Municipality it is fixed to")] string Municipality,
    [property: Description("Label")] string Label,
    [property: Description("Key id of the steward who made it")] string InvitedBy,
    [property: Description("When it was made")] DateTimeOffset CreatedAt,
    [property: Description("Last moment the code can register an experiment")] DateTimeOffset ExpiresAt,
    [property: Description("Slug of the experiment registered with it, once it is used")] string? Experiment,
    [property: Description("When it was revoked; absent while it works")] DateTimeOffset? RevokedAt);

/// <summary>A new invitation: <c>code</c> is shown this once and never again.</summary>
public sealed record CreatedInvitationDto(
    [property: Description("The one-time code: the invitee's key. Give it to the invitee; it is kept only as a hash")] string Code,
    [property: Description("Where the invitee signs in with the code and registers the experiment")] string SignIn,
    [property: Description("The invitation's details")] InvitationDto Details);

/// <summary>Invitations: a steward invites a frontrunner to register one experiment in a municipality of their scope.</summary>
public sealed class Invitations(Database db, StoreWriter writer, TimeProvider time)
{
    /// <summary>How long an unused code works.</summary>
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(14);

    /// <summary>Makes an invitation; <c>null</c> with errors when the request is not usable.</summary>
    public async Task<(string? Code, StoredKey? Invitation, IReadOnlyDictionary<string, string[]> Errors)> CreateAsync(InvitationRequest request, Caller caller)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var municipality = request.Municipality?.Trim() ?? "";
        if (municipality.Length == 0) errors["municipality"] = ["Vul de gemeente in waarvoor u uitnodigt."];
        else if (municipality.Length > 150) errors["municipality"] = ["Gebruik hoogstens 150 tekens."];
        if (request.Label is { } label && label.Trim().Length > 100) errors["label"] = ["Gebruik hoogstens 100 tekens."];
        foreach (var finding in Core.Text.FreeTextGuard.Check([("label", request.Label)])) errors[finding.Path] = [finding.Message];
        if (errors.Count > 0) return (null, null, errors);

        var now = time.GetUtcNow();
        var issued = ApiKeys.Make(KeyRole.Frontrunner, [], municipality, now, request.Label?.Trim() ?? "uitnodiging", expiresAt: now + ValidFor, invitedBy: caller.KeyId);
        await writer.WriteAsync(new CreateInvitationChange { ChangeId = Guid.NewGuid(), KeyId = caller.KeyId, At = now, Invitation = issued.Stored });
        return (issued.Secret, issued.Stored, errors);
    }

    /// <summary>The invitations <paramref name="caller"/> may see: those for municipalities in their scope, newest first.</summary>
    public IReadOnlyList<StoredKey> Visible(Caller caller) =>
        db.Keys.Find(k => k.InvitedBy != null).Where(k => ReviewScope.Covers(caller, k.Municipality ?? "")).OrderByDescending(k => k.CreatedAt).ToArray();

    /// <summary>Revokes an invitation in <paramref name="caller"/>'s scope; <c>false</c> when there is none.</summary>
    public async Task<bool> RevokeAsync(string id, Caller caller)
    {
        if (db.Keys.FindById(id) is not { InvitedBy: not null } invitation || invitation.Id != id || !ReviewScope.Covers(caller, invitation.Municipality ?? "")) return false;
        var outcome = await writer.WriteAsync(new RevokeInvitationChange { ChangeId = Guid.NewGuid(), KeyId = caller.KeyId, At = time.GetUtcNow(), InvitationId = id });
        return outcome.Status == ChangeStatus.Updated;
    }
}

/// <summary>Stored → DTO.</summary>
public static class InvitationMapping
{
    /// <summary>Stored → DTO.</summary>
    public static InvitationDto AsInvitation(this StoredKey k) => new(k.Id, k.Municipality ?? "", k.Label, k.InvitedBy ?? "", Dates.ToInstant(k.CreatedAt),
        k.ExpiresAt is { } e ? Dates.ToInstant(e) : Dates.ToInstant(k.CreatedAt), k.Experiments.FirstOrDefault(), k.RevokedAt is { } r ? Dates.ToInstant(r) : null);
}
