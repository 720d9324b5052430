using TransitionLab.Api.Course;
using TransitionLab.Api.Course.AgendaDrafts;
using TransitionLab.Api.Experiments;
using TransitionLab.Api.Store;
using TransitionLab.Core.Agenda;
using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Language;
using TransitionLab.Site.Course;
using TransitionLab.Site.Forms;
using TransitionLab.Site.Text;

namespace TransitionLab.Api.Site;

/// <summary>
/// The module page's form to practise drafting an agenda item, without script. It goes through the same
/// <see cref="AgendaDrafts"/> as the JSON API; a refusal shows the module page again with each error next to its field.
/// </summary>
public static class AgendaDraftFormsApi
{
    /// <summary>Maps the form post.</summary>
    public static RouteGroupBuilder MapAgendaDraftForms(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("").ExcludeFromDescription().DisableAntiforgery();
        group.MapPost("/api/course/modules/{module}/agenda-drafts/form", File);
        return group;
    }

    private static async Task<IResult> File(string module, HttpContext context, ImportedCatalogue catalogue, AgendaDrafts drafts, PublishedSite site)
    {
        if (!SameOrigin.Check(context.Request)) return PersonalPages.CrossOrigin();
        if (PracticeReflections.FindModule(catalogue, module) is not { } found) return TypedResults.NotFound();
        var (caller, refused) = await PersonalPages.AllowedAsync(context, site, found, $"{SiteUrls.Module(found.Slug)}#agendapunt", c => c.MayPractise,
            AgendaDraftText.ParticipantsOnly);
        if (refused is not null) return refused;

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        string? Text(string name) => form[name].ToString() is { Length: > 0 } value ? value : null;
        var level = EnumCode.TryParse<ChangeLevel>(Text("level") ?? "", out var parsed) ? parsed : (ChangeLevel?)null;
        var request = new AgendaDraftRequest
        {
            Belemmering = Text("belemmering"), Level = level, Owner = Text("owner"), DecisionMoment = Text("decisionMoment"), Change = Text("change"),
        };
        // The same durable write path as the JSON endpoint: the redirect comes after the group commit.
        var (stored, errors) = await drafts.CreateAsync(found, request, caller!);
        if (stored is not null) return TypedResults.Redirect(PracticeUrls.AgendaDraftSaved(found.Slug));
        var state = new FormState(PersonalPages.Values(form), errors);
        return PersonalPages.Private(context, await CourseOnRequest.ModuleWithAgendaDraftAsync(site.Current, found, state), StatusCodes.Status422UnprocessableEntity);
    }

    /// <summary>A stored draft as its participant (<paramref name="db"/> <c>null</c>) or the cohort's teacher reads it.</summary>
    public static AgendaDraftEntry AsEntry(this StoredAgendaDraft d, Database? db) => new(
        db is null ? null : OwnCaseFormsApi.Author(db, d.ParticipantKeyId), DateOnly.FromDateTime(d.RecordedAt),
        d.Belemmering, d.Level, d.Owner, d.DecisionMoment, d.Change);
}
