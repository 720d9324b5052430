using TransitionLab.Core.Catalogue;
using TransitionLab.Core.Experiments;
using TransitionLab.Site.Generation;
using TransitionLab.Site.Text;

namespace TransitionLab.Site.Forms;

/// <summary>
/// The reflection form on a page of its own, as the API answers a post with errors: the same fields,
/// the posted values, and each error next to its field.
/// </summary>
/// <param name="Experiment">The experiment reflected on.</param>
/// <param name="State">Posted values and errors.</param>
/// <param name="NextCycle">Cycle number to suggest.</param>
public sealed record ReflectionFormPage(Experiment Experiment, FormState State, int NextCycle)
    : SitePage(SiteUrls.Experiment(Experiment.Slug) + "reflectie/", $"{FormText.FormPageTitle}: {Experiment.Title}", Experiment.Summary)
{
    /// <inheritdoc />
    public override Type Component => typeof(ReflectionFormView);
}
