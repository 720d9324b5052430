using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Site.Forms;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Course;

/// <summary>
/// The catalogue experiment a module's practice form is set to, and the short list of experiments the form to choose
/// another offers (<see cref="ExperimentChoices"/>). The practice form asks for the chosen experiment's goals, so a
/// different experiment is chosen first, and the API shows the module page again with that experiment's form.
/// </summary>
/// <param name="Experiment">The experiment the practice reflection is about.</param>
/// <param name="Options">The experiments the choice offers, by heading.</param>
/// <param name="State">The choice and the search as asked, with a Dutch error next to the field that went wrong.</param>
public sealed record PracticeChoice(Experiment Experiment, IReadOnlyList<OptionGroup> Options, FormState State)
{
    /// <summary>The field of the search for another experiment.</summary>
    public const string SearchField = "zoek";

    /// <summary>The field that names the chosen experiment; the practice form posts it too.</summary>
    public const string ExperimentField = "experimentSlug";

    /// <summary>The practice form's field that names the cohort's own case practised on, instead of an experiment.</summary>
    public const string CaseField = "caseId";

    /// <summary>
    /// The choice for <paramref name="requested"/> (a slug, as asked) and <paramref name="search"/>: an unknown slug falls
    /// back to the module's first case, with an error. <paramref name="posted"/> brings the errors of a practice form
    /// that came back, so a refused experiment is marked where it is chosen. <c>null</c> when the catalogue is empty.
    /// </summary>
    public static PracticeChoice? For(ContentCatalogue catalogue, CourseModule module, string? requested, string? search, FormState? posted = null)
    {
        var slug = requested?.Trim() ?? "";
        var found = slug.Length == 0 ? null : catalogue.FindExperiment(slug);
        if ((found ?? ModuleCase(catalogue, module)) is not { } experiment) return null;

        var query = ExperimentChoices.Query(search);
        var errors = new Dictionary<string, string[]>();
        if (posted?.ErrorsOf(ExperimentField) is { Count: > 0 } refused) errors[ExperimentField] = [.. refused];
        else if (found is null && slug.Length > 0) errors[ExperimentField] = [CourseText.PracticeUnknownExperiment];
        if (ExperimentChoices.NothingFound(catalogue, query) is { } nothing) errors[SearchField] = [nothing];

        var values = new Dictionary<string, string[]> { [ExperimentField] = [experiment.Slug] };
        if (query is not null) values[SearchField] = [query];
        return new PracticeChoice(experiment, ExperimentChoices.For(catalogue, module, [], experiment.Slug, query), new FormState(values, errors));
    }

    /// <summary>
    /// The experiment the module's page practises on unless another is chosen: the module's first case, which the course
    /// text discusses, or for a module without one the catalogue's first experiment.
    /// </summary>
    public static Experiment? ModuleCase(ContentCatalogue catalogue, CourseModule module) =>
        module.Cases.Select(catalogue.FindExperiment).OfType<Experiment>().FirstOrDefault() ?? (catalogue.Experiments.Count > 0 ? catalogue.Experiments[0] : null);
}
