using Microsoft.AspNetCore.Http.HttpResults;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Intake;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Store;
using TransitionLab.Site.Forms;
using TransitionLab.Site.Intake;

namespace TransitionLab.Api.Site;

/// <summary>
/// The intake without JavaScript: the registration form for invitees and frontrunners, and the editors' page for
/// stewards. Pages are rendered per request (never into the static site) and go through the same
/// <see cref="Registrations"/> and <see cref="Invitations"/> as the JSON API.
/// </summary>
public static class IntakeFormsApi
{
    /// <summary>Maps the intake's pages and form posts.</summary>
    public static IEndpointRouteBuilder MapIntakeForms(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(IntakeUrls.Register, RegisterPage).ExcludeFromDescription();
        routes.MapGet(IntakeUrls.Review, QueuePage).ExcludeFromDescription();
        routes.MapGet(IntakeUrls.Review + "{slug}/", ItemPage).ExcludeFromDescription();
        var posts = routes.MapGroup("/api").ExcludeFromDescription().DisableAntiforgery();
        posts.MapPost("/experiments/form", Register);
        posts.MapPost("/experiments/{slug}/review/form", Review);
        posts.MapPost("/invitations/form", Invite);
        posts.MapPost("/invitations/{id}/revoke/form", Revoke);
        return routes;
    }

    private static async Task<IResult> RegisterPage(HttpContext context, PublishedSite site, Registrations registrations, Database db)
    {
        if (await FrontrunnerSession.CallerAsync(context) is not { } caller) return await SignIn(context, site, IntakeText.SignInForRegister, IntakeUrls.Register);
        var notice = context.Request.Query["ingediend"] == "1" ? IntakeText.Submitted : context.Request.Query["opgeslagen"] == "1" ? IntakeText.Saved
            : context.Request.Query["casus"] == "1" ? IntakeText.FromCourseCase : null;
        var current = Chosen(registrations, caller, context.Request.Query["experiment"].ToString());
        var state = current is null
            ? new FormState(new Dictionary<string, string[]> { ["municipality"] = [db.Keys.FindById(caller.KeyId)?.Municipality ?? ""] }, new Dictionary<string, string[]>())
            : new FormState(DraftFormBinding.Values(DraftJson.Read(current.Draft)), new Dictionary<string, string[]>());
        return await ShowRegister(context, site, registrations, db, caller, current, state, notice, IntakeText.ErrorTitle);
    }

    private static async Task<IResult> Register(HttpContext context, PublishedSite site, Registrations registrations, Database db, ImportedCatalogue catalogue)
    {
        if (!SameOrigin.Check(context.Request)) return Forbidden();
        if (await FrontrunnerSession.CallerAsync(context) is not { } caller) return await SignIn(context, site, IntakeText.SignInForRegister, IntakeUrls.Register);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var values = form.ToDictionary(f => f.Key, f => f.Value.Select(v => v ?? "").ToArray(), StringComparer.Ordinal);
        var slug = form["experiment"].ToString();
        var current = slug.Length > 0 ? registrations.Find(slug) : null;
        var binding = DraftFormBinding.Bind(form);
        Task<IResult> Again(IReadOnlyDictionary<string, string[]> errors, string title, int status = StatusCodes.Status422UnprocessableEntity, string? notice = null) =>
            ShowRegister(context, site, registrations, db, caller, current, new FormState(values, errors), notice, title, status);
        Dictionary<string, string[]> Named(RegistrationWrite write) => write.Errors is { } errors
            ? errors.GroupBy(e => binding.FormName(e.Key)).ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray(), StringComparer.Ordinal)
            : new Dictionary<string, string[]> { [""] = [write.Detail ?? IntakeText.ErrorTitle] };

        if (slug.Length > 0 && current is null) return await Again(new Dictionary<string, string[]> { [""] = [$"Er is geen aanmelding '{slug}'."] }, IntakeText.ErrorTitle, StatusCodes.Status404NotFound);
        if (binding.Errors.Count > 0) return await Again(binding.Errors, IntakeText.ErrorTitle);

        // Saving keeps a half-filled draft (only personal data, a slug, a title and the municipality must be right); submitting needs everything.
        var saved = current is null
            ? await registrations.CreateAsync(binding.Draft, caller, complete: false)
            : await registrations.UpdateAsync(current.Id, binding.Draft, caller, complete: false);
        if (saved.Registration is not { } stored) return await Again(Named(saved), IntakeText.ErrorTitle, saved.Status == RegistrationWriteStatus.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status422UnprocessableEntity);
        current = stored;

        if (form["actie"] == "indienen")
        {
            var submitted = await registrations.SubmitAsync(stored.Id, caller);
            if (submitted.Registration is null) return await Again(Named(submitted), IntakeText.SubmitErrorTitle);
            return TypedResults.Redirect(IntakeUrls.RegisterOne(stored.Id) + "&ingediend=1");
        }
        var (_, missing) = DraftExperiments.Read(DraftJson.Read(stored.Draft), catalogue.Current);
        if (missing.Count > 0)
            return await Again(Named(RegistrationWrite.Invalid(missing, "")), IntakeText.SubmitErrorTitle, StatusCodes.Status200OK, IntakeText.SavedIncomplete);
        return TypedResults.Redirect(IntakeUrls.RegisterOne(stored.Id) + "&opgeslagen=1");
    }

    private static async Task<IResult> QueuePage(HttpContext context, PublishedSite site, Registrations registrations, Invitations invitations)
    {
        if (await StewardAsync(context) is not { } caller) return await RefusedAsync(context, site, IntakeUrls.Review);
        var notice = context.Request.Query["beoordeeld"] == "1" ? IntakeText.Decided : null;
        return await ShowQueue(context, site, registrations, invitations, caller, FormState.Empty, null, notice);
    }

    private static async Task<IResult> ItemPage(string slug, HttpContext context, PublishedSite site, Registrations registrations, ImportedCatalogue catalogue)
    {
        var path = IntakeUrls.ReviewItem(slug);
        if (await StewardAsync(context) is not { } caller) return await RefusedAsync(context, site, path);
        if (registrations.Find(slug) is not { } found || !ReviewScope.Covers(caller, found.Municipality)) return TypedResults.NotFound();
        return await ShowItem(context, site, catalogue, found, FormState.Empty, StatusCodes.Status200OK);
    }

    private static async Task<IResult> Review(string slug, HttpContext context, PublishedSite site, Registrations registrations, ImportedCatalogue catalogue)
    {
        if (!SameOrigin.Check(context.Request)) return Forbidden();
        var path = IntakeUrls.ReviewItem(slug);
        if (await StewardAsync(context) is not { } caller) return await RefusedAsync(context, site, path);
        if (registrations.Find(slug) is not { } found) return TypedResults.NotFound();
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var values = form.ToDictionary(f => f.Key, f => f.Value.Select(v => v ?? "").ToArray(), StringComparer.Ordinal);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        ReviewAction? action = Core.Language.EnumCode.TryParse<ReviewAction>(form["action"].ToString(), out var parsed) ? parsed : null;
        var comments = form.Keys.Where(k => k.StartsWith("comments.", StringComparison.Ordinal))
            .ToDictionary(k => k["comments.".Length..], k => form[k].ToString(), StringComparer.Ordinal);
        var write = await registrations.ReviewAsync(slug, new ReviewRequest { Action = action, Comments = comments, Reason = form["reason"].ToString() }, caller);
        if (write.Registration is not null) return TypedResults.Redirect(IntakeUrls.Review + "?beoordeeld=1");
        foreach (var (key, messages) in write.Errors ?? new Dictionary<string, string[]> { [""] = [write.Detail ?? IntakeText.ReviewErrorTitle] }) errors[key] = messages;
        var status = write.Status switch
        {
            RegistrationWriteStatus.Forbidden => StatusCodes.Status403Forbidden,
            RegistrationWriteStatus.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status422UnprocessableEntity,
        };
        return await ShowItem(context, site, catalogue, registrations.Find(slug) ?? found, new FormState(values, errors), status);
    }

    private static async Task<IResult> Invite(HttpContext context, PublishedSite site, Registrations registrations, Invitations invitations)
    {
        if (!SameOrigin.Check(context.Request)) return Forbidden();
        if (await StewardAsync(context) is not { } caller) return await RefusedAsync(context, site, IntakeUrls.Review);
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var values = form.ToDictionary(f => f.Key, f => f.Value.Select(v => v ?? "").ToArray(), StringComparer.Ordinal);
        var request = new InvitationRequest { Municipality = form["municipality"].ToString(), Label = form["label"].ToString() is { Length: > 0 } label ? label : null };
        if (!string.IsNullOrWhiteSpace(request.Municipality) && !ReviewScope.Covers(caller, request.Municipality))
            return await ShowQueue(context, site, registrations, invitations, caller,
                new FormState(values, new Dictionary<string, string[]> { ["municipality"] = [$"U nodigt alleen uit voor de gemeente(n) waarvoor u regisseur bent."] }), null, null, StatusCodes.Status403Forbidden);
        var (code, _, errors) = await invitations.CreateAsync(request, caller);
        if (code is null) return await ShowQueue(context, site, registrations, invitations, caller, new FormState(values, errors), null, null, StatusCodes.Status422UnprocessableEntity);
        return await ShowQueue(context, site, registrations, invitations, caller, FormState.Empty, code, null);
    }

    private static async Task<IResult> Revoke(string id, HttpContext context, PublishedSite site, Invitations invitations)
    {
        if (!SameOrigin.Check(context.Request)) return Forbidden();
        if (await StewardAsync(context) is not { } caller) return await RefusedAsync(context, site, IntakeUrls.Review);
        return await invitations.RevokeAsync(id, caller) ? TypedResults.Redirect(IntakeUrls.Review) : TypedResults.NotFound();
    }

    // The registration to continue: the one asked for if it is the caller's, else their only one.
    private static StoredRegistration? Chosen(Registrations registrations, Caller caller, string slug)
    {
        var mine = registrations.Mine(caller);
        return slug.Length > 0 ? mine.FirstOrDefault(r => r.Id == slug) : mine.Count == 1 ? mine[0] : null;
    }

    private static async Task<IResult> ShowRegister(HttpContext context, PublishedSite site, Registrations registrations, Database db, Caller caller,
        StoredRegistration? current, FormState state, string? notice, string errorTitle, int status = StatusCodes.Status200OK)
    {
        var key = db.Keys.FindById(caller.KeyId);
        var page = new RegisterPage(state, current is null ? null : Status(current), registrations.Mine(caller).Select(Status).ToArray(), notice, errorTitle,
            key is not null && (key.IsOpenInvitation || key.Role == KeyRole.Admin), key?.InvitedBy is not null ? key.Municipality : null);
        return Private(context, await IntakeOnRequest.RenderAsync(site.Current, page), status);
    }

    private static async Task<IResult> ShowQueue(HttpContext context, PublishedSite site, Registrations registrations, Invitations invitations, Caller caller,
        FormState inviteState, string? code, string? notice, int status = StatusCodes.Status200OK)
    {
        var queue = registrations.Queue(caller).Select(r => new QueueItem(r.Id, r.Title, r.Municipality, r.SubmittedAt is { } s ? Dates.ToInstant(s) : null)).ToArray();
        var list = invitations.Visible(caller).Select(k => k.AsInvitation())
            .Select(i => new InvitationItem(i.Id, i.Municipality, i.Label, i.ExpiresAt, i.Experiment, i.RevokedAt is not null)).ToArray();
        var page = new ReviewQueuePage(queue, list, inviteState, code, caller.Municipality, notice);
        return Private(context, await IntakeOnRequest.RenderAsync(site.Current, page), status);
    }

    private static async Task<IResult> ShowItem(HttpContext context, PublishedSite site, ImportedCatalogue catalogue, StoredRegistration registration, FormState state, int status)
    {
        var (preview, _) = DraftExperiments.Read(DraftJson.Read(registration.Draft), catalogue.Current);
        var page = new ReviewItemPage(Status(registration), registration.Municipality, preview, state, registration.StateOf() == RegistrationState.Submitted);
        return Private(context, await IntakeOnRequest.RenderAsync(site.Current, page), status);
    }

    private static RegistrationStatus Status(StoredRegistration r)
    {
        var dto = r.AsDto();
        return new RegistrationStatus(r.Id, r.Title, r.State, dto.Published, dto.Comments, dto.Reason);
    }

    private static async Task<Caller?> StewardAsync(HttpContext context) =>
        await FrontrunnerSession.CallerAsync(context) is { Role: KeyRole.Steward or KeyRole.Admin } caller ? caller : null;

    // No session: the sign-in page (401); a session without a steward key: the sign-in page again, as 403.
    private static async Task<IResult> RefusedAsync(HttpContext context, PublishedSite site, string path) =>
        await FrontrunnerSession.CallerAsync(context) is null
            ? await SignIn(context, site, IntakeText.SignInForReview, path)
            : Private(context, await SiteForms.SignInAsync(site.Current, IntakeText.SignInForReview, path), StatusCodes.Status403Forbidden);

    private static async Task<IResult> SignIn(HttpContext context, PublishedSite site, string note, string returnUrl) =>
        Private(context, await SiteForms.SignInAsync(site.Current, note, returnUrl), StatusCodes.Status401Unauthorized);

    // Drafts and codes are someone's own: never in a shared cache or a search index.
    private static ContentHttpResult Private(HttpContext context, string html, int status)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Robots-Tag"] = "noindex";
        return TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    private static ContentHttpResult Forbidden() =>
        TypedResults.Content("Dit formulier kwam niet van deze site.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
}
