using TransitionLab.Api.Agenda;
using TransitionLab.Api.Keys;
using TransitionLab.Api.Store;
using TransitionLab.Core.Agenda;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Language;
using TransitionLab.Site.Agenda;
using TransitionLab.Site.Forms;
using TransitionLab.Site.Text;

namespace TransitionLab.Api.Site;

/// <summary>
/// The agenda's HTML side: a signed-in steward updates, accepts, merges or dismisses an item with plain forms
/// (no script needed). The form page is rendered per request and the writes go through <see cref="AgendaBoard"/>,
/// the same journaled and audited path as the JSON API. Outside the OpenAPI document: these answer browsers.
/// </summary>
public static class AgendaFormsApi
{
    /// <summary>Maps the form page and its endpoint.</summary>
    public static RouteGroupBuilder MapAgendaForms(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("").ExcludeFromDescription().DisableAntiforgery();
        group.MapGet(SiteUrls.Agenda + "{id}/wijzigen/", Edit);
        group.MapPost("/api/agenda/{id}/form", Post);
        return group;
    }

    private static async Task<IResult> Edit(string id, HttpContext context, AgendaBoard board, PublishedSite site)
    {
        if (board.Find(id) is not { } item) return TypedResults.NotFound();
        var (caller, refused) = await AllowedAsync(context, board, site, item);
        if (refused is not null) return refused;
        return Private(context, await Render(board, site, item, FormState.Empty));
    }

    private static async Task<IResult> Post(string id, HttpContext context, AgendaBoard board, PublishedSite site)
    {
        if (!SameOrigin.Check(context.Request))
            return TypedResults.Content("Dit formulier kwam niet van deze site.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        if (board.Find(id) is not { } item) return TypedResults.NotFound();
        var (caller, refused) = await AllowedAsync(context, board, site, item);
        if (refused is not null) return refused;

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var values = form.ToDictionary(f => f.Key, f => f.Value.Select(v => v ?? "").ToArray(), StringComparer.Ordinal);
        async Task<IResult> ShowAgain(AgendaItem current, IReadOnlyDictionary<string, string[]> errors, int status) =>
            Private(context, await Render(board, site, current, new FormState(values, errors)), status);

        var write = form["action"].ToString() switch
        {
            "accept" => await board.AcceptAsync(id, caller!),
            "dismiss" => await board.DismissAsync(id, form["reason"].ToString(), caller!),
            "merge" => await board.MergeAsync(id, form["into"].ToString(), caller!),
            _ => await Update(board, item, form, caller!),
        };
        switch (write.Status)
        {
            case AgendaWriteStatus.Ok or AgendaWriteStatus.Created:
                return TypedResults.Redirect($"{SiteUrls.Agenda}?opgeslagen=1#{AgendaEditPage.SavedNoteId}");
            case AgendaWriteStatus.Invalid:
                return await ShowAgain(write.Item ?? item, write.Errors!, StatusCodes.Status422UnprocessableEntity);
            case AgendaWriteStatus.Stale:
                // The fresh item, and none of the stale values: the steward sees what changed and fills it in again.
                values.Clear();
                return await ShowAgain(board.Find(id) ?? item, new Dictionary<string, string[]> { [""] = [AgendaFormText.Stale] }, StatusCodes.Status409Conflict);
            case AgendaWriteStatus.Forbidden:
                return await ShowAgain(item, new Dictionary<string, string[]> { [""] = [AgendaFormText.NotAllowed] }, StatusCodes.Status403Forbidden);
            default:
                return await ShowAgain(item, new Dictionary<string, string[]> { [""] = [write.Detail ?? ""] }, StatusCodes.Status409Conflict);
        }
    }

    // The form's version field plays If-Match: a steward who loaded an older version cannot overwrite a newer one.
    private static Task<AgendaWrite> Update(AgendaBoard board, AgendaItem item, IFormCollection form, Caller caller)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        ChangeLevel? level = EnumCode.TryParse<ChangeLevel>(form["level"], out var l) ? l : null;
        AgendaStatus? status = EnumCode.TryParse<AgendaStatus>(form["status"], out var s) ? s : null;
        var version = int.TryParse(form["version"], out var v) ? v : -1;
        var request = new AgendaItemRequest
        {
            Title = form["title"], Level = level, Status = status, Owner = form["owner"], DecisionMoment = form["decisionMoment"],
            StatusReason = form["statusReason"], Changes = form["changes"],
        };
        return board.UpdateAsync(item.Id, request, caller, $"\"{item.Id}-{version}\"");
    }

    private static async Task<(Caller? Caller, IResult? Refused)> AllowedAsync(HttpContext context, AgendaBoard board, PublishedSite site, AgendaItem item)
    {
        var path = AgendaEditPage.EditPath(item.Id);
        if (await FrontrunnerSession.CallerAsync(context) is not { } caller)
            return (null, Private(context, await SiteForms.SignInAsync(site.Current, AgendaFormText.SignInFirst, path), StatusCodes.Status401Unauthorized));
        if (!board.MayChange(caller, item.Experiments))
            return (null, Private(context, await SiteForms.SignInAsync(site.Current, AgendaFormText.NotAllowed, path), StatusCodes.Status403Forbidden));
        return (caller, null);
    }

    private static async Task<string> Render(AgendaBoard board, PublishedSite site, AgendaItem item, FormState state) =>
        await AgendaEditPage.RenderAsync(site.Current, item, state, board.Items().Where(i => i.Listed && i.Id != item.Id).ToArray());

    // A steward's page reflects one key's rights; it must not stay in a shared cache or a search index.
    private static IResult Private(HttpContext context, string html, int status = StatusCodes.Status200OK)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Robots-Tag"] = "noindex";
        return TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
