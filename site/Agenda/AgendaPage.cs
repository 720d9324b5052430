using TransitionLab.Core.Agenda;
using TransitionLab.Core.Catalogue;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Agenda;

/// <summary>The transition agenda: proposals and items stewards handled, open ones first.</summary>
/// <param name="Items">Listed items (proposed or accepted) in agenda order.</param>
public sealed record AgendaPage(IReadOnlyList<AgendaItem> Items) : SitePage(SiteUrls.Agenda, AgendaText.AgendaTitle, AgendaText.AgendaDescription)
{
    /// <summary>Reads the agenda of the build.</summary>
    public static AgendaPage For(SiteContext site) => new(site.Agenda.Where(i => i.Listed).ToArray());

    /// <inheritdoc />
    public override Type Component => typeof(AgendaView);
}
