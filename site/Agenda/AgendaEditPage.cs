using TransitionLab.Core.Agenda;
using TransitionLab.Core.Catalogue;
using TransitionLab.Site.Forms;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Agenda;

/// <summary>
/// The steward's form for one agenda item: update it, accept a proposal, merge or dismiss. Rendered on request
/// for a signed-in steward, never written into the static site.
/// </summary>
/// <param name="Item">The item as it stands.</param>
/// <param name="State">What was posted and what was wrong with it.</param>
/// <param name="MergeTargets">Other listed items it can be merged into.</param>
public sealed record AgendaEditPage(AgendaItem Item, FormState State, IReadOnlyList<AgendaItem> MergeTargets)
    : SitePage(EditPath(Item.Id), AgendaFormText.EditTitle(Item.Title), AgendaFormText.EditDescription)
{
    /// <summary>The id of the agenda page's "saved" note, which the redirect after saving targets.</summary>
    public const string SavedNoteId = "agendapunt-opgeslagen";

    /// <summary>Where the form page is served.</summary>
    public static string EditPath(string id) => $"{SiteUrls.Agenda}{id}/wijzigen/";

    /// <summary>Where the forms post.</summary>
    public static string FormAction(SiteContext site, string id) => $"{site.Options.ApiBaseUrl.TrimEnd('/')}/api/agenda/{id}/form";

    /// <inheritdoc />
    public override bool Indexed => false;

    /// <inheritdoc />
    public override Type Component => typeof(AgendaEditView);

    /// <summary>Renders the page.</summary>
    public static async Task<string> RenderAsync(SiteContext site, AgendaItem item, FormState state, IReadOnlyList<AgendaItem> mergeTargets)
    {
        await using var renderer = new PageRenderer(site);
        return await renderer.RenderAsync(new AgendaEditPage(item, state, mergeTargets));
    }
}
