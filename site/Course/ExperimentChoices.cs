using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Site.Forms;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Course;

/// <summary>
/// Which catalogue experiments the hand-in and practice forms offer. The whole catalogue would be a select of thousands
/// of options at national scale (2 MB on every module page), so they offer the module's own cases, what the participant
/// practised on in the module, their current choice and the matches of a search, each under its heading.
/// </summary>
public static class ExperimentChoices
{
    /// <summary>Most matches a search adds.</summary>
    public const int MaxFound = 20;

    /// <summary>The groups of options, without empty groups and without an experiment twice.</summary>
    public static IReadOnlyList<OptionGroup> For(ContentCatalogue catalogue, CourseModule module, IEnumerable<string> practised, string? chosen, string? search)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<OptionGroup>();
        void Add(string label, IEnumerable<Experiment?> experiments)
        {
            var options = experiments.OfType<Experiment>().Where(e => seen.Add(e.Slug)).Select(e => (e.Slug, $"{e.Title} ({e.Municipality})")).ToArray();
            if (options.Length > 0) groups.Add(new OptionGroup(label, options));
        }
        Add(CohortText.ChoiceModuleCases, module.Cases.Select(catalogue.FindExperiment));
        Add(CohortText.ChoicePractised, practised.Distinct(StringComparer.Ordinal).Select(catalogue.FindExperiment));
        if (!string.IsNullOrWhiteSpace(chosen)) Add(CohortText.ChoiceChosen, [catalogue.FindExperiment(chosen.Trim())]);
        if (Query(search) is { } query) Add(CohortText.ChoiceFound(query), Found(catalogue, query));
        return groups;
    }

    /// <summary>The experiments whose title, municipality or region holds <paramref name="query"/>, at most <see cref="MaxFound"/>.</summary>
    public static IReadOnlyList<Experiment> Found(ContentCatalogue catalogue, string query) =>
        catalogue.Experiments.Where(e => Holds(e.Title, query) || Holds(e.Municipality, query) || Holds(e.Region, query))
            .OrderBy(e => e.Title, StringComparer.OrdinalIgnoreCase).Take(MaxFound).ToArray();

    /// <summary>The Dutch error for a search that found nothing; <c>null</c> when there was no search or it found something.</summary>
    public static string? NothingFound(ContentCatalogue catalogue, string? query) =>
        query is not null && Found(catalogue, query).Count == 0 ? CohortText.SearchNothing(query) : null;

    /// <summary>The search as typed, trimmed and cut to a sensible length; <c>null</c> when there is none.</summary>
    public static string? Query(string? search)
    {
        var query = search?.Trim() ?? "";
        return query.Length == 0 ? null : query[..Math.Min(query.Length, 100)];
    }

    private static bool Holds(string text, string query) => text.Contains(query, StringComparison.OrdinalIgnoreCase);
}
