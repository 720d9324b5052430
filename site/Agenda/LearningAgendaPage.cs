using TransitionLab.Core.Agenda;
using TransitionLab.Core.Catalogue;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Agenda;

/// <summary>The shared learning agenda: questions several experiments ask, and the open questions per theme.</summary>
/// <param name="Shared">Questions two or more experiments ask, most experiments first.</param>
/// <param name="ByTheme">Per theme, its open questions when two or more of its experiments ask one.</param>
public sealed record LearningAgendaPage(IReadOnlyList<SharedQuestion> Shared, IReadOnlyList<ThemeQuestions> ByTheme)
    : SitePage(SiteUrls.LearningAgenda, AgendaText.LearningTitle, AgendaText.LearningDescription)
{
    /// <summary>
    /// Experiments listed per shared question, open questions first. A question thousands of experiments ask would make a
    /// table of thousands of rows, re-rendered after every write; each experiment's page shows its own questions.
    /// </summary>
    public const int AskersShown = 25;

    /// <summary>Reads the latest reflections of the build.</summary>
    public static LearningAgendaPage For(SiteContext site)
    {
        var asked = LearningAgenda.Asked(site.Catalogue.Experiments, site.Input.Reflections);
        return new(LearningAgenda.Shared(asked), LearningAgenda.ByTheme(asked, site.Catalogue.Themes.Select(t => t.Slug)));
    }

    /// <inheritdoc />
    public override Type Component => typeof(LearningAgendaView);
}
