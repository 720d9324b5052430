using TransitionLab.Core.Experiments;
using TransitionLab.Site.Forms;
using TransitionLab.Site.Generation;

namespace TransitionLab.Site.Intake;

/// <summary>Where the intake lives on the site.</summary>
public static class IntakeUrls
{
    /// <summary>The registration form.</summary>
    public const string Register = "/experimenten/aanmelden/";
    /// <summary>The editors' review queue.</summary>
    public const string Review = "/redactie/";
    /// <summary>Where the registration form posts.</summary>
    public const string RegisterAction = "/api/experiments/form";
    /// <summary>Where the invitation form posts.</summary>
    public const string InviteAction = "/api/invitations/form";

    /// <summary>The registration form for one of the caller's registrations.</summary>
    public static string RegisterOne(string slug) => $"{Register}?experiment={Uri.EscapeDataString(slug)}";
    /// <summary>One registration under review.</summary>
    public static string ReviewItem(string slug) => $"{Review}{slug}/";
    /// <summary>Where a review decision posts.</summary>
    public static string ReviewAction(string slug) => $"/api/experiments/{slug}/review/form";
    /// <summary>Where revoking an invitation posts.</summary>
    public static string RevokeAction(string id) => $"/api/invitations/{id}/revoke/form";
}

/// <summary>A registration as its pages show it.</summary>
/// <param name="Slug">Slug.</param>
/// <param name="Title">Title of the working copy.</param>
/// <param name="StateCode">State code (draft, submitted, changes-requested, rejected, approved).</param>
/// <param name="Published">Whether a version of it is on the site.</param>
/// <param name="Comments">The editors' comments by draft field, while they apply.</param>
/// <param name="Reason">Reason of a rejection.</param>
public sealed record RegistrationStatus(string Slug, string Title, string StateCode, bool Published, IReadOnlyDictionary<string, string> Comments, string? Reason)
{
    /// <summary>Whether its frontrunner may change it now.</summary>
    public bool Editable => StateCode is "draft" or "changes-requested" or "approved";
}

/// <summary>
/// The registration form, rendered by the API for a signed-in invitee or frontrunner (never built into the static site).
/// </summary>
/// <param name="State">Values of the form (a saved draft or what was posted) and errors per field.</param>
/// <param name="Current">The registration being continued; <c>null</c> for a new one.</param>
/// <param name="Mine">Every registration of the signed-in key.</param>
/// <param name="Notice">A message above the form (saved, submitted, refused).</param>
/// <param name="ErrorTitle">Heading of the error summary.</param>
/// <param name="MayRegister">Whether the key can register a new experiment.</param>
/// <param name="FixedMunicipality">The municipality an invitation fixes.</param>
public sealed record RegisterPage(FormState State, RegistrationStatus? Current, IReadOnlyList<RegistrationStatus> Mine, string? Notice, string ErrorTitle,
    bool MayRegister, string? FixedMunicipality)
    : SitePage(IntakeUrls.Register, IntakeText.RegisterTitle, IntakeText.RegisterDescription)
{
    /// <inheritdoc />
    public override Type Component => typeof(RegisterView);

    /// <inheritdoc />
    public override bool Indexed => false;
}

/// <summary>A submitted registration in the queue.</summary>
/// <param name="Slug">Slug.</param>
/// <param name="Title">Title.</param>
/// <param name="Municipality">Municipality.</param>
/// <param name="SubmittedAt">When it was submitted.</param>
public sealed record QueueItem(string Slug, string Title, string Municipality, DateTimeOffset? SubmittedAt);

/// <summary>An invitation as the editors see it.</summary>
/// <param name="Id">Invitation id.</param>
/// <param name="Municipality">Municipality.</param>
/// <param name="Label">Label.</param>
/// <param name="ExpiresAt">End of its validity while unused.</param>
/// <param name="Experiment">Slug registered with it.</param>
/// <param name="Revoked">Whether it was revoked.</param>
public sealed record InvitationItem(string Id, string Municipality, string Label, DateTimeOffset ExpiresAt, string? Experiment, bool Revoked);

/// <summary>The editors' page: the review queue, inviting a frontrunner, the invitations.</summary>
/// <param name="Queue">Submitted registrations in the steward's scope, oldest first.</param>
/// <param name="Invitations">Invitations in the steward's scope, newest first.</param>
/// <param name="InviteState">The invitation form as posted.</param>
/// <param name="NewCode">The code of an invitation just made, shown once.</param>
/// <param name="Municipality">The steward's municipality, filled in on the invitation form.</param>
/// <param name="Notice">A message at the top.</param>
public sealed record ReviewQueuePage(IReadOnlyList<QueueItem> Queue, IReadOnlyList<InvitationItem> Invitations, FormState InviteState, string? NewCode,
    string? Municipality, string? Notice)
    : SitePage(IntakeUrls.Review, IntakeText.ReviewTitle, IntakeText.ReviewDescription)
{
    /// <inheritdoc />
    public override Type Component => typeof(ReviewQueueView);

    /// <inheritdoc />
    public override bool Indexed => false;
}

/// <summary>One submitted registration: the preview as it will be published and the review form.</summary>
/// <param name="Status">The registration.</param>
/// <param name="Municipality">Its municipality.</param>
/// <param name="Preview">The experiment as it will be published.</param>
/// <param name="State">The review form as posted.</param>
/// <param name="Reviewable">Whether it waits for review.</param>
public sealed record ReviewItemPage(RegistrationStatus Status, string Municipality, Experiment? Preview, FormState State, bool Reviewable)
    : SitePage(IntakeUrls.ReviewItem(Status.Slug), $"Beoordelen: {Status.Title}", IntakeText.ReviewDescription)
{
    /// <inheritdoc />
    public override Type Component => typeof(ReviewItemView);

    /// <inheritdoc />
    public override bool Indexed => false;
}

/// <summary>The intake pages, rendered on request with the site's layout.</summary>
public static class IntakeOnRequest
{
    /// <summary>Renders one intake page.</summary>
    public static async Task<string> RenderAsync(SiteContext site, SitePage page)
    {
        await using var renderer = new PageRenderer(site);
        return await renderer.RenderAsync(page);
    }
}
