namespace TransitionLab.Api.Intake;

/// <summary>
/// An experiment registered through the intake, with its review; the id is the slug. The working copy is what its
/// frontrunner last saved; the experiment the site shows is the approved copy in the experiments collection, so a
/// revision under review never replaces the published version until it is approved.
/// </summary>
public sealed record StoredRegistration
{
    public string Id { get; init; } = "";
    /// <summary>Key id of the frontrunner (or admin) who registered it; they change and submit it.</summary>
    public string OwnerKeyId { get; init; } = "";
    /// <summary>Municipality of the working copy: who may review it follows from it.</summary>
    public string Municipality { get; init; } = "";
    /// <summary>Title of the working copy, for the review queue.</summary>
    public string Title { get; init; } = "";
    /// <summary>A <see cref="RegistrationState"/> code.</summary>
    public string State { get; init; } = "";
    /// <summary>1 for the first registration; one more for every change after an approval.</summary>
    public int Revision { get; init; } = 1;
    /// <summary>The working copy as the API's JSON of a draft request (exactly what was saved).</summary>
    public string Draft { get; init; } = "";
    /// <summary>The approved copy as the same JSON, or empty while nothing is published.</summary>
    public string Published { get; init; } = "";
    /// <summary>When it was first saved.</summary>
    public DateTime CreatedAt { get; init; }
    /// <summary>When the working copy last changed.</summary>
    public DateTime UpdatedAt { get; init; }
    /// <summary>When the working copy was last submitted for review.</summary>
    public DateTime? SubmittedAt { get; init; }
    /// <summary>When a steward last approved it.</summary>
    public DateTime? ApprovedAt { get; init; }
    /// <summary>Every review decision, oldest first.</summary>
    public List<StoredReview> Reviews { get; init; } = [];
}

/// <summary>One review decision on a registration.</summary>
public sealed class StoredReview
{
    /// <summary>Key id of the steward.</summary>
    public string KeyId { get; init; } = "";
    public DateTime At { get; init; }
    /// <summary>A <see cref="ReviewAction"/> code.</summary>
    public string Action { get; init; } = "";
    /// <summary>The revision it was about.</summary>
    public int Revision { get; init; }
    /// <summary>Comments by draft field (JSON name), for request-changes.</summary>
    public Dictionary<string, string> Comments { get; init; } = [];
    /// <summary>Why, for a rejection (or a general remark).</summary>
    public string Reason { get; init; } = "";
}

/// <summary>Where a registration is in the intake.</summary>
public enum RegistrationState
{
    /// <summary>Being written; only its frontrunner sees it.</summary>
    Draft,
    /// <summary>Waiting in the review queue.</summary>
    Submitted,
    /// <summary>A steward asked for changes; the frontrunner corrects and submits again.</summary>
    ChangesRequested,
    /// <summary>Refused for good, with a reason.</summary>
    Rejected,
    /// <summary>Published; a change makes a new revision that is reviewed again.</summary>
    Approved,
}

/// <summary>What a steward decides about a submitted registration.</summary>
public enum ReviewAction
{
    /// <summary>Publish it.</summary>
    Approve,
    /// <summary>Send it back with a comment per field.</summary>
    RequestChanges,
    /// <summary>Refuse it with a reason.</summary>
    Reject,
}

/// <summary>Reading the codes a registration is stored with.</summary>
public static class RegistrationCodes
{
    /// <summary>The state of <paramref name="registration"/>.</summary>
    public static RegistrationState StateOf(this StoredRegistration registration) => Parse<RegistrationState>(registration.State);

    /// <summary>The action of <paramref name="review"/>.</summary>
    public static ReviewAction ActionOf(this StoredReview review) => Parse<ReviewAction>(review.Action);

    /// <summary>Parses a stored code; a code the enum does not know means the store was damaged.</summary>
    public static T Parse<T>(string code) where T : struct, Enum =>
        Core.Language.EnumCode.TryParse<T>(code, out var value) ? value : throw new InvalidDataException($"stored code '{code}' is not a {typeof(T).Name}");
}
