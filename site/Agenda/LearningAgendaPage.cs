using TransitionLab.Core.Agenda;
using TransitionLab.Core.Catalogue;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Search;
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

    /// <summary>
    /// A search for the experiments whose texts hold every word of <paramref name="question"/>: the ones that ask it, as
    /// search reads each experiment's latest learning questions, and any other that uses all its words. <c>null</c> for
    /// a question of stop words only, which would find every experiment.
    /// </summary>
    public static string? SearchFor(string question)
    {
        var words = SearchText.Words(question).ToArray();
        if (!words.Any(w => SearchText.Counts(w.Normalised))) return null;
        // Search reads the first MaxLength characters of a query: a longer question ends at its last whole word within them.
        var end = words.Select(w => w.Start + w.Length).Where(e => e <= SearchQuery.MaxLength).DefaultIfEmpty(SearchQuery.MaxLength).Max();
        var text = question.Length <= SearchQuery.MaxLength ? question : question[..end];
        return $"{SiteUrls.Search}?q={Uri.EscapeDataString(text)}&{SearchFilters.Kind}={SearchKind.Experiment}";
    }

    /// <summary>Reads the latest reflections of the build.</summary>
    public static LearningAgendaPage For(SiteContext site)
    {
        var asked = LearningAgenda.Asked(site.Catalogue.Experiments, site.Input.Reflections);
        return new(LearningAgenda.Shared(asked), LearningAgenda.ByTheme(asked, site.Catalogue.Themes.Select(t => t.Slug)));
    }

    /// <inheritdoc />
    public override Type Component => typeof(LearningAgendaView);
}
