using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Store;

namespace TransitionLab.Api.Intake;

/// <summary>A registration as its frontrunner and the reviewing stewards see it.</summary>
public sealed record RegistrationDto(
    [property: Description("Slug of the experiment")] string Slug,
    [property: Description("draft, submitted, changes-requested, rejected or approved")] RegistrationState State,
    [property: Description("1 for the first registration; one more for every change after an approval")] int Revision,
    [property: Description("Municipality of the working copy")] string Municipality,
    [property: Description("Title of the working copy")] string Title,
    [property: Description("The working copy as last saved")] DraftExperimentRequest Draft,
    [property: Description("Whether a version of it is published on the site")] bool Published,
    [property: Description("When it was first saved")] DateTimeOffset CreatedAt,
    [property: Description("When the working copy last changed")] DateTimeOffset UpdatedAt,
    [property: Description("When it was last submitted")] DateTimeOffset? SubmittedAt,
    [property: Description("When a steward last approved it")] DateTimeOffset? ApprovedAt,
    [property: Description("The comments per field of the last request for changes, while they apply")] IReadOnlyDictionary<string, string> Comments,
    [property: Description("Reason of a rejection")] string? Reason,
    [property: Description("Every review decision, oldest first")] IReadOnlyList<ReviewDto> Reviews);

/// <summary>One review decision.</summary>
public sealed record ReviewDto(
    [property: Description("approve, request-changes or reject")] ReviewAction Action,
    [property: Description("When")] DateTimeOffset At,
    [property: Description("Key id of the steward")] string KeyId,
    [property: Description("The revision it was about")] int Revision,
    [property: Description("Comments by draft field")] IReadOnlyDictionary<string, string> Comments,
    [property: Description("Reason or general remark")] string? Reason);

/// <summary>A steward's decision about a submitted registration.</summary>
public sealed record ReviewRequest
{
    [Required, Description("approve, request-changes or reject")] public ReviewAction? Action { get; init; }
    /// <summary>Comments by field.</summary>
    [Description("For request-changes: a comment per draft field (title, summary, goals, body, ...), shown next to the field")]
    public IReadOnlyDictionary<string, string>? Comments { get; init; }
    [MaxLength(ReviewRules.MaxReason), Description("For reject: why (required); otherwise an optional general remark")] public string? Reason { get; init; }
}

/// <summary>Stored → DTO.</summary>
public static class RegistrationMapping
{
    /// <summary>Stored → DTO.</summary>
    public static RegistrationDto AsDto(this StoredRegistration r)
    {
        var last = r.Reviews.LastOrDefault();
        var state = r.StateOf();
        // Comments belong next to the fields until the corrected version is submitted.
        var comments = state == RegistrationState.ChangesRequested && last is not null ? last.Comments : new Dictionary<string, string>();
        return new RegistrationDto(r.Id, state, r.Revision, r.Municipality, r.Title, DraftJson.Read(r.Draft), r.Published.Length > 0,
            Dates.ToInstant(r.CreatedAt), Dates.ToInstant(r.UpdatedAt), r.SubmittedAt is { } s ? Dates.ToInstant(s) : null,
            r.ApprovedAt is { } a ? Dates.ToInstant(a) : null, comments,
            state == RegistrationState.Rejected ? last?.Reason : null,
            r.Reviews.Select(v => new ReviewDto(v.ActionOf(), Dates.ToInstant(v.At), v.KeyId, v.Revision, v.Comments, v.Reason.Length > 0 ? v.Reason : null)).ToArray());
    }
}
